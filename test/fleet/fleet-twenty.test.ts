/**
 * The fleet: 20 emulated portals over HTTP, each with the standard plan's rate limit, of mixed
 * sizes; two named with a wrong webhook secret, one pointing at a web server that is not Bitrix24. One
 * command audits them all: 17 scored, 3 reported with the right reason, and no portal's bucket refused a
 * request. Then the same fleet in three shards, merged, gives the same result as one run. (The wall-time
 * target is measured in bench/fleet.ts, BENCHMARKS.md#many-portals-issue-19.)
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FleetResult } from '../../src/report/fleet/types.js';
import { cli } from '../helpers/run-cli.js';
import { mixedState, notAPortal, serveCounted, withoutTimes, type CountedSandbox } from './helpers.js';

const N = 20;
const WRONG_SECRET = new Set([4, 11]);
const NOT_A_PORTAL = 16;

let dir = '';
const env: Record<string, string> = {};
const portals: CountedSandbox[] = [];
let closeOther: (() => Promise<void>) | undefined;

const name = (i: number) => `client-${String(i).padStart(2, '0')}`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'b24cfg-fleet-20-'));
  cpSync(join(import.meta.dirname, '../../templates'), join(dir, 'specs'), { recursive: true });
  const lines = ['version: 1', 'portals:'];
  for (let i = 1; i <= N; i++) {
    const key = `CLIENT_${String(i).padStart(2, '0')}_WEBHOOK`;
    if (i === NOT_A_PORTAL) {
      const other = await notAPortal();
      closeOther = () => other.close();
      env[key] = other.url;
    } else {
      const p = await serveCounted(mixedState(i, 600));
      portals.push(p);
      env[key] = WRONG_SECRET.has(i) ? p.url.replace(/\/rest\/1\/[^/]+\//, '/rest/1/wrongsecret000/') : p.url;
    }
    lines.push(`  - name: ${name(i)}`, `    portal: \${env:${key}}`);
    // Some portals are audited against the starter spec too (design + configuration + data).
    if (i % 5 === 0) lines.push('    spec: specs/b2b-b2c.yaml');
    lines.push(`    labels: { manager: ${i % 2 === 0 ? 'ivanov' : 'petrov'}, region: r${i % 3} }`);
  }
  writeFileSync(join(dir, 'fleet.yaml'), `${lines.join('\n')}\n`);
}, 120_000);

afterAll(async () => {
  await Promise.all(portals.map((p) => p.close()));
  await closeOther?.();
});

async function audit(args: string[]): Promise<{ code: number; result: FleetResult; stderr: string }> {
  const r = await cli(
    ['fleet', 'audit', 'fleet.yaml', '--no-history', '--format', 'json', '--lang', 'en', ...args],
    {
      cwd: dir,
      env,
    },
  );
  if (r.stdout.trim() === '') throw new Error(`no result (exit ${r.code}):\n${r.stderr}`);
  return { code: r.code, result: JSON.parse(r.stdout) as FleetResult, stderr: r.stderr };
}

describe('a fleet of 20 portals', () => {
  let whole: FleetResult;

  it('audits in one command: 17 scored, 2 refused credentials, 1 not a portal, no request refused by a bucket', async () => {
    const before = portals.reduce((n, p) => n + p.counts.requests, 0);
    const r = await audit(['--concurrency', '20']);
    whole = r.result;
    expect(whole.portals.map((p) => p.name)).toEqual(Array.from({ length: N }, (_, i) => name(i + 1)));
    const scored = whole.portals.filter((p) => p.score !== undefined);
    expect(scored).toHaveLength(17);
    for (const p of scored) {
      expect(p.score?.byCategory).toHaveLength(7);
      expect(Object.keys(p.standards ?? {})).toHaveLength(33);
      expect(p.requests?.http).toBeGreaterThan(0);
    }
    const failed = Object.fromEntries(whole.portals.filter((p) => p.error).map((p) => [p.name, p.error]));
    expect(Object.keys(failed).sort()).toEqual([name(4), name(11), name(16)]);
    expect(failed[name(4)]).toMatchObject({ code: 'B24_AUTH', reason: 'auth' });
    expect(failed[name(11)]).toMatchObject({ code: 'B24_AUTH', reason: 'auth' });
    expect(failed[name(16)]).toMatchObject({ code: 'B24_NOT_REST_ENDPOINT', reason: 'not-a-portal' });
    expect(whole.summary).toMatchObject({
      portals: 20,
      done: 17,
      failed: 3,
      byReason: { auth: 2, 'not-a-portal': 1 },
    });
    // Authentication outranks everything else that happened (README.md#many-portals).
    expect(r.code).toBe(5);
    expect(whole.summary.exitCode).toBe(5);
    // Every portal was asked, and none refused a request: each has a bucket of its own in the fleet.
    expect(portals.reduce((n, p) => n + p.counts.requests, 0)).toBeGreaterThan(before);
    for (const p of portals) expect(p.counts.refused).toBe(0);
    expect(whole.summary.requests.http).toBe(scored.reduce((n, p) => n + (p.requests?.http ?? 0), 0));
    // Neither the wrong secrets nor the right ones are printed anywhere.
    const all = JSON.stringify(whole) + r.stderr;
    expect(all).not.toContain('wrongsecret000');
    expect(all).not.toContain('sandboxsecret0000');
  }, 240_000);

  it('--shard 1/3, 2/3, 3/3 then `fleet merge` gives the same result as one run', async () => {
    const files: string[] = [];
    const seen = new Set<string>();
    for (const i of [1, 2, 3]) {
      const r = await audit(['--shard', `${i}/3`, '--concurrency', '10']);
      expect(r.result.run.shard).toEqual({ index: i, count: 3 });
      for (const p of r.result.portals) {
        expect(seen.has(p.name)).toBe(false);
        seen.add(p.name);
      }
      writeFileSync(join(dir, `shard-${i}.json`), JSON.stringify(r.result));
      files.push(`shard-${i}.json`);
    }
    expect(seen.size).toBe(N);
    const m = await cli(['fleet', 'merge', ...files.reverse(), '--format', 'json', '--lang', 'en'], {
      cwd: dir,
      env,
    });
    expect(m.code).toBe(5);
    const merged = JSON.parse(m.stdout) as FleetResult;
    expect(merged.run.merged).toHaveLength(3);
    // Portal by portal first, so that a difference names its portal.
    for (const [i, p] of merged.portals.entries())
      expect({ [p.name]: withoutTimes(p) }).toEqual({ [p.name]: withoutTimes(whole.portals[i]) });
    expect(withoutTimes(merged)).toEqual(withoutTimes(whole));
    // And rendered, the merged result is one dashboard and one JUnit file.
    const out = await cli(['fleet', 'merge', ...files, '--out', 'fleet.html', '--out', 'fleet.xml'], {
      cwd: dir,
      env,
    });
    expect(out.code).toBe(5);
    expect(readFileSync(join(dir, 'fleet.html'), 'utf8')).toContain('data-portal="client-20"');
    expect(readFileSync(join(dir, 'fleet.xml'), 'utf8').match(/<testsuite /g)).toHaveLength(N);
  }, 240_000);
});
