import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { JournalEvent } from '../../src/apply/journal.js';
import { createEmulator, createVirtualClock, type SandboxState } from '../../src/sandbox/index.js';
import { cliIn, portalProblems, portalRef, project } from './helpers/harness.js';
import { scripted, type RequestInfo, type ScriptedFault } from './helpers/scripted.js';
import { seededPortal } from './helpers/seed-portal.js';

vi.mock('../../src/portal/open-portal.js', async (importOriginal) =>
  (await import('./helpers/route-open-portal.js')).routedOpenPortal(await importOriginal()),
);

/**
 * Issue 15, items 8 and 9: what an apply that stopped on the portal says it did, and what a plain apply
 * after an interrupted run (whose spec changed since) leaves behind.
 */
async function scenario(decide: (r: RequestInfo) => ScriptedFault) {
  const state = await seededPortal(7);
  const before = structuredClone(state);
  const clock = createVirtualClock();
  const { em } = scripted(createEmulator({ state, clock }), decide);
  const portal = portalRef('truth', em, clock);
  const { dir, spec } = project('b24cfg-truth-', 'template', 7);
  const run = cliIn(dir, clock);
  const apply = (...more: string[]) => run(['apply', spec, '--portal', portal.ref, '--yes', ...more]);
  const journal = (): JournalEvent[] => {
    const jdir = join(dir, '.b24cfg', 'journal');
    const last = readdirSync(jdir).sort().at(-1) as string;
    return readFileSync(join(jdir, last), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as JournalEvent);
  };
  return { state, before, clock, dir, spec, run, apply, journal, drop: portal.drop };
}

/** The change ids of the journal's calls by how they went. */
function journalChanges(events: JournalEvent[]) {
  const by = { ok: new Set<string>(), other: new Set<string>() };
  for (const e of events) {
    if (e.type !== 'call') continue;
    for (const id of e.changeIds ?? []) (e.status === 'ok' ? by.ok : by.other).add(id);
  }
  return { ok: [...by.ok].filter((id) => !by.other.has(id)), notOk: [...by.other] };
}

interface JsonReport {
  exitCode: number;
  counts: { planned: number; applied: number; notApplied: number; notVerified: number };
  applied: string[];
  notApplied: string[];
  notVerified: string[];
  verified: boolean;
  next?: string;
}

describe('apply reports what ran (issue 15, item 8)', () => {
  it('every write request after the first refused with 503: exit 6, and neither report claims the rest', async () => {
    const refuse = (r: RequestInfo): ScriptedFault => (r.isWrite && r.write >= 2 ? '503' : undefined);
    const pretty = await scenario(refuse);
    const json = await scenario(refuse);
    try {
      const p = await pretty.apply();
      expect(p.code, p.stderr).toBe(6);
      const m = /Applied (\d+) of (\d+) changes\./.exec(p.stdout);
      expect(m, p.stdout).not.toBeNull();
      const [ok, all] = [Number(m?.[1]), Number(m?.[2])];
      expect(ok).toBeLessThan(all);
      const notApplied = Number(/Not applied: (\d+)/.exec(p.stdout)?.[1]);
      expect(ok + notApplied).toBe(all);
      // The journal agrees: the changes of the first request ran, the rest did not.
      const ran = journalChanges(pretty.journal());
      expect(ran.ok.length).toBe(ok);
      expect(p.stdout).toMatch(/Continue with: b24cfg apply \S+ --portal reliability-truth-\d+ --resume \S+/);

      const j = await json.apply('--format', 'json');
      expect(j.code, j.stderr).toBe(6);
      const r = JSON.parse(j.stdout) as JsonReport;
      expect(r.counts).toEqual({
        planned: all,
        applied: ok,
        notApplied: all - ok,
        notVerified: 0,
      });
      expect(r.verified).toBe(true);
      expect(new Set(r.applied)).toEqual(new Set(journalChanges(json.journal()).ok));
      expect(r.notApplied.length + r.applied.length).toBe(all);
      expect(r.next).toMatch(/^b24cfg apply \S+ --portal reliability-truth-\d+ --resume \S+$/);
    } finally {
      pretty.drop();
      json.drop();
    }
  });

  it('the portal unreachable for reading back too: counts come from the journal, nothing claimed as verified', async () => {
    // The second write request and everything after it is refused, reads included.
    let broken = false;
    const s = await scenario((r) => {
      if (r.isWrite && r.write >= 2) broken = true;
      return broken ? '503' : undefined;
    });
    try {
      const j = await s.apply('--format', 'json');
      expect(j.code, j.stderr).toBe(6);
      const r = JSON.parse(j.stdout) as JsonReport;
      expect(r.verified).toBe(false);
      const ran = journalChanges(s.journal());
      expect(new Set(r.applied)).toEqual(new Set(ran.ok));
      expect(r.counts.applied).toBeGreaterThan(0);
      expect(r.counts.notApplied).toBeGreaterThan(0);
      expect(r.counts.applied + r.counts.notApplied + r.counts.notVerified).toBe(r.counts.planned);
    } finally {
      s.drop();
    }
  });
});

describe('a plain apply after an interrupted run whose spec changed (issue 15, item 9)', () => {
  it('finishes the run: no default stages left in the pipelines it created', async () => {
    // Write request 1 creates the four pipelines (with Bitrix24's default stages); request 2 fails.
    const s = await scenario((r) => (r.isWrite && r.write === 2 ? '500' : undefined));
    try {
      expect((await s.apply()).code).toBe(4);
      const created = s.state.pipelines.filter((p) => !s.before.pipelines.some((b) => b.id === p.id));
      expect(created.length).toBe(4);
      // The consultant edits the spec before going on: --resume refuses, and says what to run.
      writeFileSync(
        s.spec,
        readFileSync(s.spec, 'utf8').replace(
          'description: >-',
          'description: >-\n  Правка после прерванного запуска.',
        ),
      );
      const resumed = await s.apply('--resume', 'last');
      expect(resumed.code).toBe(1);
      expect(resumed.stderr).toContain('[RESUME_SPEC_CHANGED]');
      expect(resumed.stderr).toMatch(/b24cfg apply \S+ --portal reliability-truth-\d+/);
      const plain = await s.apply();
      expect(plain.code, plain.stderr).toBe(0);
      expect(plain.stderr).toMatch(
        /Run \S+ was interrupted: the default stages of the pipelines it created \(4\)/,
      );
      expect(
        defaultStagesOf(
          s.state,
          created.map((p) => p.id),
        ),
      ).toEqual([]);
      expect(
        await portalProblems({
          kind: 'template',
          seed: 7,
          before: s.before,
          after: s.state,
          dir: s.dir,
          spec: s.spec,
          clock: s.clock,
        }),
      ).toEqual([]);
    } finally {
      s.drop();
    }
  });
});

const DEFAULT_CODES = ['PREPARATION', 'PREPAYMENT_INVOICE', 'EXECUTING', 'FINAL_INVOICE', 'APOLOGY'];

function defaultStagesOf(state: SandboxState, pipelines: number[]): string[] {
  return state.statuses
    .filter(
      (st) =>
        st.categoryId !== null &&
        pipelines.includes(st.categoryId) &&
        DEFAULT_CODES.includes(st.statusId.replace(/^C\d+:/, '')),
    )
    .map((st) => st.statusId);
}
