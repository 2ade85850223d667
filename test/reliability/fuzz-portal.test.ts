import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Wire } from '../../src/portal/wire.js';
import { createTransport } from '../../src/portal/transport.js';
import { createEmulator, createVirtualClock, type SandboxState } from '../../src/sandbox/index.js';
import { holds } from './helpers/fuzz-check.js';
import { cliIn, hasStackTrace, portalRef, project } from './helpers/harness.js';
import { injectPortal } from './helpers/injected-portal.js';
import {
  answerDamage,
  damagingWire,
  editingWire,
  rowDamage,
  type Applied,
  type Damage,
} from './helpers/response-fuzz.js';
import { seededPortal } from './helpers/seed-portal.js';
import { openSandboxWire } from '../../src/portal/sandbox-adapter.js';

vi.mock('../../src/portal/open-portal.js', async (importOriginal) =>
  (await import('./helpers/route-open-portal.js')).routedOpenPortal(await importOriginal()),
);

/**
 * Issue 9, part 2, the portal side: `plan` reads a portal whose answer is damaged — an HTML page, JSON
 * cut off, a body or a result of the wrong type, a row missing a key or holding a value of another
 * kind. Either b24cfg stops with an error that names the method (exit ≠ 0, never 70, no stack trace),
 * or — when the damage hit something it does not read — it plans exactly what it plans from the
 * intact answer. A different plan from a broken answer is the one outcome that must never happen.
 */
const RUNS = Number(process.env.FUZZ_PORTAL_RUNS ?? 120);
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);

const clock = createVirtualClock();
let state: SandboxState;
let dir: string;
let spec: string;
let baseline: unknown;
const measured = { cases: 0, refused: 0, tolerated: 0, untouched: 0 };

/** The plan's changes and kept objects: what would be written; the rest (times, fingerprint) varies. */
function planOf(stdout: string): unknown {
  const p = JSON.parse(stdout) as { changes: unknown; kept: unknown };
  return { changes: p.changes, kept: p.kept };
}

/** Plans through `wrap(wire)` with retries off: a damaged read sent again would hide what the reader does. */
async function planThrough(wrap: (w: Wire) => Wire) {
  const em = createEmulator({ state, clock });
  const ref = `fuzz-portal-${++measured.cases}`;
  const drop = injectPortal(ref, async () =>
    createTransport(wrap(await openSandboxWire({ emulator: em })), {
      tier: 'standard',
      retry: { transientRetries: 0, rateLimitRetries: 0, operatingRetries: 0 },
      sleep: () => Promise.resolve(),
      now: () => clock.now(),
    }),
  );
  try {
    return await cliIn(dir, clock)(['plan', spec, '--portal', ref, '--format', 'json']);
  } finally {
    drop();
  }
}

/**
 * Refused with an error naming the method, or the intact plan: anything else throws. Not `strict`: the
 * damage only made a value absent (an optional field may be absent: the plan may then differ).
 */
function judge(r: { code: number; stdout: string; stderr: string }, what: string, strict = true): void {
  expect(hasStackTrace(r.stdout + r.stderr), what).toBe(false);
  expect(r.code, `${what}\n${r.stderr}`).not.toBe(70);
  if (r.code === 0) {
    measured.tolerated += 1;
    if (strict) expect(planOf(r.stdout), `a different plan after: ${what}`).toEqual(baseline);
    return;
  }
  measured.refused += 1;
  expect(r.stderr, what).toMatch(/\[B24_[A-Z_]+\]/);
  expect(r.stderr, what).toMatch(/[a-z]+\.[a-z.]+|batch\[/);
}

async function damaged(d: Damage): Promise<void> {
  let applied: Applied[] = [];
  const r = await planThrough((w) => {
    const dw = damagingWire(w, d);
    applied = dw.applied;
    return dw.wire;
  });
  if (applied.length === 0) {
    measured.untouched += 1;
    expect(r.code, r.stderr).toBe(0);
    return;
  }
  judge(
    r,
    applied.map((a) => a.where).join('; '),
    applied.some((a) => a.strict),
  );
}

describe('fuzz: a malformed portal answer is an error naming the method, never a wrong plan', () => {
  beforeAll(async () => {
    // A portal the template was applied to, then changed by hand: the plan has a few changes to make.
    state = await seededPortal(3);
    const portal = portalRef('fuzz-setup', createEmulator({ state, clock }), clock);
    ({ dir, spec } = project('b24cfg-fuzz-portal-', 'template', 3));
    const run = cliIn(dir, clock);
    try {
      expect((await run(['apply', spec, '--portal', portal.ref, '--yes'])).code).toBe(0);
      const stage = state.statuses.find((s) => s.statusId === 'QUALIFY');
      if (stage) stage.name = 'Переименовано вручную';
      state.userFields.find((f) => f.fieldName === 'UF_CRM_NPS')?.list.pop();
      const r = await run(['plan', spec, '--portal', portal.ref, '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      baseline = planOf(r.stdout);
    } finally {
      portal.drop();
    }
  }, 60_000);

  afterAll(() => {
    const out = process.env.FUZZ_REPORT_PORTAL;
    if (out) writeFileSync(out, `${JSON.stringify({ seed: SEED, ...measured }, null, 2)}\n`);
  });

  it('whole answers and command results: HTML, JSON cut off, bodies and results of the wrong type', async () => {
    await holds(fc.asyncProperty(answerDamage, damaged), { numRuns: RUNS, seed: SEED });
  }, 600_000);

  it('rows: a value of another kind is refused or read the same; a missing key never crashes', async () => {
    await holds(fc.asyncProperty(rowDamage, damaged), { numRuns: RUNS, seed: SEED + 2 });
  }, 600_000);

  // Cases the row fuzzing found, pinned one by one: each was once read with a fallback (the kinds'
  // readers, src/resources/<kind>/read.ts, refuse them now) and planned something the portal does not hold.
  it.each([
    ['pipelines', 'sort', 'drop'],
    ['statuses', 'NAME', 'drop'],
    ['statuses', 'SORT', 'drop'],
    ['openLines', 'CRM', 'drop'],
    ['openLines', 'ACTIVE', 'drop'],
    ['openLines', 'KPI_FIRST_ANSWER_TIME', 'drop'],
    ['openLines', 'QUEUE', 'drop'],
    ['documentTemplates', 'numeratorId', true],
    ['documentTemplates', 'entityTypeId', null],
    ['numerators', 'settings', []],
    ['departments', 'UF_HEAD', {}],
    ['uf_deal_ru', 'SORT', 'drop'],
    ['uf_deal_en', 'SETTINGS', false],
  ] as const)('%s: every row with %s → %j is refused or changes nothing', async (key, field, value) => {
    const r = await planThrough((w) =>
      editingWire(w, key, (rows) => {
        for (const row of rows) {
          if (value === 'drop') delete row[field];
          else row[field] = structuredClone(value);
        }
      }),
    );
    judge(r, `${key}: ${field} → ${JSON.stringify(value)}`);
  });

  it('an open line row without LINE_NAME is read whole with imopenlines.config.get: the same plan as undamaged', async () => {
    const clean = await planThrough((w) => w);
    const r = await planThrough((w) =>
      editingWire(w, 'openLines', (rows) => {
        for (const row of rows) delete row.LINE_NAME;
      }),
    );
    expect(r.code, r.stderr).toBe(clean.code);
    const planOf = (out: string) => {
      const p = JSON.parse(out) as { changes: unknown; kept: unknown; portal: { fingerprint: string } };
      return { changes: p.changes, kept: p.kept, fingerprint: p.portal.fingerprint };
    };
    expect(planOf(r.stdout)).toEqual(planOf(clean.stdout));
  });

  it.each([
    ['documentTemplates', 'name'],
    ['numerators', 'name'],
    ['departments', 'NAME'],
  ] as const)(
    '%s without %s (the name it is matched by) is refused, not planned anew',
    async (key, field) => {
      const r = await planThrough((w) =>
        editingWire(w, key, (rows) => {
          for (const row of rows) delete row[field];
        }),
      );
      expect(r.code, r.stdout).toBe(1);
      expect(r.stderr).toContain('[B24_MALFORMED_RESPONSE]');
      expect(r.stderr).toContain(field);
    },
  );

  it('a server.time that is not a date is a malformed answer, not an internal error', async () => {
    const r = await planThrough(
      (w) => damagingWire(w, { request: 0, item: { index: 0, damage: { kind: 'result', value: 'x' } } }).wire,
    );
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('[B24_MALFORMED_RESPONSE]');
    expect(r.stderr).toContain('server.time');
  });

  it.each([['departments'], ['users'], ['numerators'], ['documentTemplates']])(
    'a %s result that is not a list is refused (read as empty it would plan every row anew)',
    async (key) => {
      const r = await planThrough((w) => {
        let n = 0;
        return {
          ...w,
          send: async (method, params, opts) => {
            const res = await w.send(method, params, opts);
            const body = res.body as { result?: { result?: Record<string, unknown> } } | undefined;
            if (n++ === 0 && body?.result?.result && key in body.result.result)
              body.result.result[key] = true;
            return res;
          },
        };
      });
      expect(r.code, r.stdout).toBe(1);
      expect(r.stderr).toContain('[B24_MALFORMED_RESPONSE]');
    },
  );
});
