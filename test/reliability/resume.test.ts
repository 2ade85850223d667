import { mkdirSync, mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { findJournal, type JournalEvent } from '../../src/apply/journal.js';
import { createEmulator, createVirtualClock } from '../../src/sandbox/index.js';
import { cliIn, portalProblems, portalRef, project } from './helpers/harness.js';
import { scripted } from './helpers/scripted.js';
import { seededPortal } from './helpers/seed-portal.js';

vi.mock('../../src/portal/open-portal.js', async (importOriginal) =>
  (await import('./helpers/route-open-portal.js')).routedOpenPortal(await importOriginal()),
);

/**
 * Exact moments the seeded fault suite found by chance, pinned as scenarios: each failed before the
 * fix named in its title (src/apply/apply.ts, execute-plan.ts, resume.ts, journal.ts).
 */
async function scenario(decide: Parameters<typeof scripted>[1], stepMs?: number) {
  const state = await seededPortal(7);
  const before = structuredClone(state);
  const clock = createVirtualClock();
  const { em, log } = scripted(createEmulator({ state, clock }), decide);
  const portal = portalRef('scripted', em, clock);
  const { dir, spec } = project('b24cfg-resume-', 'template', 7);
  const run = cliIn(dir, clock, stepMs);
  const apply = (resume: boolean) =>
    run(['apply', spec, '--portal', portal.ref, '--yes', ...(resume ? ['--resume', 'last'] : [])]);
  const check = () => portalProblems({ kind: 'template', seed: 7, before, after: state, dir, spec, clock });
  const journals = () =>
    readdirSync(join(dir, '.b24cfg', 'journal'))
      .sort()
      .map((f) =>
        readFileSync(join(dir, '.b24cfg', 'journal', f), 'utf8')
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as JournalEvent),
      );
  return { apply, check, journals, log, dir, drop: portal.drop };
}

describe('resume: chains of interrupted runs', () => {
  it('a resume of a resume still removes the default stages of pipelines created two runs back (start.createdPipelineIds)', async () => {
    // Write request 1 creates the four pipelines; request 2 and the resume's first request are refused.
    const s = await scenario((r) => (r.isWrite && (r.write === 2 || r.write === 3) ? '500' : undefined));
    try {
      const exits = [(await s.apply(false)).code, (await s.apply(true)).code, (await s.apply(true)).code];
      expect(exits).toEqual([4, 4, 0]);
      const second = s.journals()[1]?.find((e) => e.type === 'start');
      expect(second?.type === 'start' && second.createdPipelineIds?.length).toBe(4);
      expect(await s.check()).toEqual([]);
    } finally {
      s.drop();
    }
  });

  it('a resume with nothing left to write saves the bindings a failed verification could not (saveBindingsIfChanged)', async () => {
    // Every write lands; the verification read right after the last write fails past its 3 retries.
    let failedReads = 0;
    const s = await scenario((r) => {
      if (r.isWrite || r.write < 3 || failedReads >= 4) return undefined;
      failedReads += 1;
      return '500';
    });
    try {
      const first = await s.apply(false);
      // Every write ran; only the read-back failed: reported as sent but not verified (exit 4, resumable).
      expect(first.code, first.stderr).toBe(4);
      expect(`${first.stdout ?? ''}${first.stderr}`).toContain(
        'reading the portal back to verify them failed',
      );
      const resumed = await s.apply(true);
      expect(resumed.code, resumed.stderr).toBe(0);
      const binding = JSON.parse(readFileSync(join(s.dir, '.b24cfg', 'sandbox.state.json'), 'utf8')) as {
        pipelines: Record<string, unknown>;
      };
      expect(Object.keys(binding.pipelines).sort()).toEqual([
        'b2b-repeat',
        'b2c-new',
        'b2c-repeat',
        'nurture',
      ]);
      expect(await s.check()).toEqual([]);
    } finally {
      s.drop();
    }
  });

  it('a chain of resumes started within one second of each other converges (run ids share their prefix)', async () => {
    // As in the first case, but 5 ms apart: "last" must be told apart by the start record, not the name
    // (the deterministic ordering cases are in the table below).
    const s = await scenario((r) => (r.isWrite && (r.write === 2 || r.write === 3) ? '500' : undefined), 5);
    try {
      const exits = [(await s.apply(false)).code, (await s.apply(true)).code, (await s.apply(true)).code];
      expect(exits).toEqual([4, 4, 0]);
      expect(new Set(s.journals().map((j) => j[0]?.type === 'start' && j[0].runId.slice(0, 16))).size).toBe(
        1,
      );
      expect(await s.check()).toEqual([]);
    } finally {
      s.drop();
    }
  });
});

describe('resume: the journal belongs to one portal', () => {
  it('--resume last against another portal is refused and changes nothing there (RESUME_OTHER_PORTAL)', async () => {
    const s = await scenario((r) => (r.isWrite && r.write === 2 ? '500' : undefined));
    const clock = createVirtualClock();
    const other = createEmulator({ state: await seededPortal(8), clock });
    const otherPortal = portalRef('other', other, clock, undefined, 'other.bitrix24.test');
    try {
      expect((await s.apply(false)).code).toBe(4);
      const before = other.revision;
      const r = await cliIn(
        s.dir,
        clock,
      )(['apply', 'b24cfg.yaml', '--portal', otherPortal.ref, '--yes', '--resume', 'last']);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain('[RESUME_OTHER_PORTAL]');
      expect(r.stderr).toContain('not on other.bitrix24.test');
      // The hint is a command to paste: a plain apply of the portal named.
      expect(r.stderr).toContain(`b24cfg apply b24cfg.yaml --portal ${otherPortal.ref}`);
      expect(other.revision).toBe(before);
    } finally {
      s.drop();
      otherPortal.drop();
    }
  });
});

describe('findJournal("last")', () => {
  it.each([
    {
      what: 'the later start time wins over a larger random suffix in the same second',
      files: [
        ['20260115-090000Z-ffff', '2026-01-15T09:00:00.001Z', 100],
        ['20260115-090000Z-0000', '2026-01-15T09:00:00.900Z', 100],
      ],
      last: '20260115-090000Z-0000',
    },
    {
      what: 'equal start times: the file written last wins',
      files: [
        ['20260115-090000Z-ffff', '2026-01-15T09:00:00.001Z', 100],
        ['20260115-090000Z-0000', '2026-01-15T09:00:00.001Z', 200],
      ],
      last: '20260115-090000Z-0000',
    },
    {
      what: 'a journal cut before its start record loses to one that has it',
      files: [
        ['20260115-100000Z-aaaa', undefined, 300],
        ['20260115-090000Z-bbbb', '2026-01-15T09:00:00.000Z', 100],
      ],
      last: '20260115-090000Z-bbbb',
    },
  ] as const)('$what', async ({ files, last }) => {
    const dir = mkdtempSync(join(tmpdir(), 'b24cfg-journals-'));
    const jdir = join(dir, '.b24cfg', 'journal');
    mkdirSync(jdir, { recursive: true });
    for (const [name, at, mtime] of files) {
      const p = join(jdir, `${name}.jsonl`);
      writeFileSync(p, at === undefined ? '{"type":"call"\n' : `${JSON.stringify({ type: 'start', at })}\n`);
      utimesSync(p, mtime, mtime);
    }
    expect(await findJournal(dir, 'last')).toBe(join(jdir, `${last}.jsonl`));
  });
});
