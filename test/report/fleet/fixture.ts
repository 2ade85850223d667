import { EXIT } from '../../../src/core/exit-codes.js';
import { summarizeFleet } from '../../../src/fleet/summary.js';
import {
  FLEET_RESULT_SCHEMA,
  FLEET_RESULT_VERSION,
  type FleetPortalResult,
  type FleetResult,
  type StandardState,
} from '../../../src/report/fleet/types.js';
import { gradeOf } from '../../../src/standards/score.js';
import { STANDARDS } from '../../../src/standards/registry.js';
import { CATEGORIES } from '../../../src/standards/types.js';

const AT = '2026-11-20T09:00:00.000Z';

function standards(score: number): Record<string, StandardState> {
  return Object.fromEntries(
    STANDARDS.map((s, i): [string, StandardState] => [
      s.meta.id,
      i % 11 === 5 ? 'not-applicable' : (i * 37) % 100 < score ? 'pass' : i % 4 === 0 ? 'partial' : 'fail',
    ]),
  );
}

function scored(i: number, value: number): FleetPortalResult {
  return {
    name: `client-${String(i).padStart(2, '0')}`,
    labels: {
      client: `Client ${i}`,
      manager: i % 2 === 0 ? 'ivanov' : 'petrov',
      region: ['msk', 'spb', 'nsk'][i % 3] ?? 'msk',
    },
    host: `client${i}.bitrix24.ru`,
    startedAt: AT,
    finishedAt: AT,
    requests: { http: 3 + (i % 4), calls: 60 + i },
    exitCode: EXIT.ok,
    score: {
      value,
      grade: gradeOf(value).id,
      counted: 30,
      weightCounted: 70,
      byCategory: CATEGORIES.map((category, k) => ({
        category,
        value:
          k === 4 && i % 5 === 0
            ? null
            : Math.max(0, Math.min(100, Math.round(value + ((k * 13 + i * 7) % 40) - 20))),
        counted: 4,
      })),
    },
    standards: standards(value),
    report: `reports/client-${String(i).padStart(2, '0')}.html`,
  };
}

/** A fleet audit of 20 portals as `fleet audit` would give it: 17 scored (one below a gate), 3 failed, changes. */
export function sampleFleet(): FleetResult {
  const portals: FleetPortalResult[] = [];
  for (let i = 1; i <= 20; i++) {
    const base = { name: `client-${String(i).padStart(2, '0')}`, startedAt: AT, finishedAt: AT };
    if (i === 4 || i === 11) {
      portals.push({
        ...base,
        labels: { client: `Client ${i}`, manager: 'ivanov', region: 'msk' },
        host: `client${i}.bitrix24.ru`,
        exitCode: EXIT.auth,
        error: {
          code: 'B24_AUTH',
          reason: 'auth',
          message: `the portal client${i}.bitrix24.ru refused the webhook (INVALID_CREDENTIALS)`,
          hint: `b24cfg doctor --portal client-${i}`,
        },
      });
      continue;
    }
    if (i === 16) {
      portals.push({
        ...base,
        labels: { client: 'Not a portal\u001b[31m', manager: 'petrov', region: 'spb' },
        exitCode: EXIT.findings,
        error: {
          code: 'B24_MALFORMED_RESPONSE',
          reason: 'not-a-portal',
          message: 'the portal answered batch in an undocumented way (HTTP 200): not JSON: Welcome to nginx!',
        },
      });
      continue;
    }
    const p = scored(i, Math.round(((i * 41) % 97) * 10) / 10 + 3);
    if (i % 3 === 0)
      p.change = {
        since: '2026-10-20T09-00-00.000Z',
        previousScore: p.score ? p.score.value - 4.5 : 0,
        delta: 4.5,
        newlyFailing: [],
        fixed: ['SD-03'],
      };
    if (i === 7)
      p.change = {
        since: '2026-10-20T09-00-00.000Z',
        previousScore: 80,
        delta: -12.5,
        newlyFailing: ['SD-04', 'SD-11'],
        fixed: [],
      };
    if (i === 9) {
      p.gateFailed = ['the score 20.4 is below --min-score 50'];
      p.exitCode = EXIT.gateFailed;
    }
    portals.push(p);
  }
  return {
    schema: FLEET_RESULT_SCHEMA,
    version: FLEET_RESULT_VERSION,
    tool: 'b24cfg@0.1.0',
    kind: 'audit',
    pack: 'sales-dept@1',
    lang: 'en',
    run: { id: '2026-11-20T09-00-00.000Z', startedAt: AT, finishedAt: AT },
    fleet: {
      file: 'fleet.yaml',
      hash: 'sha256:0123456789abcdef0123456789abcdef',
      names: portals.map((p) => p.name),
    },
    portals,
    summary: summarizeFleet('audit', portals),
  };
}
