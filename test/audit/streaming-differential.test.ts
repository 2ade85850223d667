/**
 * Issue #18: the streaming audit (rows handed to each standard's gatherer as they arrive, nothing kept)
 * gives the same report as the audit that collected every row and then checked — scores, findings,
 * evidence, samples, every output format — on generated portals of several seeds and sizes, with and
 * without a spec. The "before" checks are the row-based ones as they were (test/audit/legacy/).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { afterAll, describe, expect, it } from 'vitest';
import {
  auditContext,
  auditPortal,
  auditSettings,
  auditSnapshot,
  scoreAudited,
  type AuditedSpec,
} from '../../src/audit/audit.js';
import { runAudit } from '../../src/audit/engine.js';
import { readAuditSnapshot, snapshotHash, type AuditSnapshot } from '../../src/audit/snapshot-io.js';
import { exportPortal, saveExportBindings } from '../../src/export/export-portal.js';
import { loadStateFile } from '../../src/portal/state-file.js';
import { openSandboxWire } from '../../src/portal/sandbox-adapter.js';
import { createTransport } from '../../src/portal/transport.js';
import { formatAudit } from '../../src/report/audit/index.js';
import { readPortalState } from '../../src/resources/read-state.js';
import { bindingSections } from '../../src/resources/registry.js';
import {
  createEmulator,
  createVirtualClock,
  generatePortal,
  type SandboxState,
} from '../../src/sandbox/index.js';
import type { Spec } from '../../src/spec/spec.generated.js';
import { ROW_FAMILIES, type RowFamily } from '../../src/standards/audit-data.js';
import { rowFromJson } from '../../src/standards/audit-rows.js';
import { STANDARDS } from '../../src/standards/registry.js';
import type { Standard } from '../../src/standards/types.js';
import { collectInMemory } from './in-memory.js';
import { sd04 } from './legacy/sd-04-stage-tasks.js';
import { sd05 } from './legacy/sd-05-task-deadlines.js';
import { sd07 } from './legacy/sd-07-overdue-tasks.js';
import { sd09 } from './legacy/sd-09-nps.js';
import { sd10 } from './legacy/sd-10-repeat-tunnel.js';
import { sd12 } from './legacy/sd-12-loss-review.js';
import { sd16 } from './legacy/sd-16-call-recording.js';
import { sd17 } from './legacy/sd-17-email-in-crm.js';
import { sd18 } from './legacy/sd-18-planned-calls.js';

const NOW = Date.UTC(2026, 0, 15, 9, 0, 0);
const LEGACY_BY_ID = new Map(
  [sd04, sd05, sd07, sd09, sd10, sd12, sd16, sd17, sd18].map((s) => [s.meta.id, s] as const),
);
const LEGACY: Standard[] = STANDARDS.map((s) => LEGACY_BY_ID.get(s.meta.id) ?? s);

async function clientOn(state: SandboxState, scopes?: string[]) {
  const em = createEmulator({
    state: structuredClone(state),
    clock: createVirtualClock(NOW),
    ...(scopes ? { webhook: { userId: 1, secret: 's', scopes } } : {}),
  });
  let waited = 0;
  return createTransport(await openSandboxWire({ emulator: em }), {
    sleep: (ms) => {
      waited += ms;
      return Promise.resolve();
    },
    now: () => NOW + waited,
  });
}

/**
 * The portal's own configuration as a spec (export), with what the data checks read from a spec: a task
 * with a deadline on every stage, a supervisor's review task for losses given to a role, an NPS task.
 */
async function specFor(state: SandboxState, dir: string): Promise<AuditedSpec> {
  const client = await clientOn(state);
  const exported = await exportPortal(client, { stateDir: dir, now: () => new Date(NOW) });
  await saveExportBindings(dir, exported, new Date(NOW));
  const spec = structuredClone<Spec>(exported.result.spec);
  const head = state.users[1] ?? state.users[0];
  spec.users = { head: { email: head?.email ?? 'nobody@example.com', name: 'Head' } };
  (spec.directions ?? []).forEach((d, i) => {
    (d.stages ?? []).forEach((s, j) => {
      s.task = {
        title: 'Следующий шаг',
        responsible: 'deal.responsible',
        deadline: { days_after_entry: 1 + ((i + j) % 5) * 20 },
      };
    });
    d.lost = {
      ...d.lost,
      supervisor_task: { title: 'Разбор отказа', responsible: 'head' },
    };
    d.won = {
      ...d.won,
      task: { title: 'Позвонить клиенту', responsible: 'deal.responsible' },
    } as NonNullable<typeof d.won>;
  });
  return { spec, locate: () => undefined, file: 'spec.yaml', hash: 'sha256:spec', dir };
}

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const FORMATS = ['pretty', 'json', 'markdown', 'junit', 'sarif', 'html'] as const;

describe('streaming audit = collect-then-check (issue #18)', () => {
  it.each([
    { seed: 1, deals: 400, withSpec: false },
    { seed: 2, deals: 3000, withSpec: true },
    { seed: 3, deals: 20_000, withSpec: false },
    { seed: 4, deals: 20_000, withSpec: true },
    { seed: 5, deals: 1500, withSpec: true, scopes: ['crm', 'user', 'department', 'imopenlines'] },
  ])(
    'seed $seed, $deals deals, spec: $withSpec, scopes: $scopes',
    async ({ seed, deals, withSpec, scopes }) => {
      const dir = await mkdtemp(join(tmpdir(), 'b24cfg-diff-'));
      dirs.push(dir);
      const { state } = generatePortal({ seed, deals, now: NOW });
      const spec = withSpec ? await specFor(state, dir) : undefined;
      const settings = await auditSettings(spec, dir);
      const snapPath = join(dir, 'snap.json');

      // After: streamed, with the snapshot written as the rows stream.
      const streamed = await auditPortal(settings, await clientOn(state, scopes), {
        now: () => new Date(NOW),
        saveSnapshot: { path: snapPath, shownAs: 'snap.json' },
      });
      const after = scoreAudited(settings, streamed, dir);

      // Before: every row collected, then the row-based checks.
      const client = await clientOn(state, scopes);
      const readStart = { httpRequests: 0, restCalls: 0 };
      const ps = await readPortalState(client, { now: () => new Date(NOW) });
      const now = new Date(ps.info.readAt);
      const binding = await loadStateFile(dir, ps.info, bindingSections);
      const data = await collectInMemory(
        client,
        {
          spec: spec?.spec,
          state: ps,
          binding,
          thresholds: settings.thresholds,
          windowDays: settings.windowDays,
          now,
        },
        readStart,
      );
      const before = runAudit(auditContext(settings, { state: ps, data, binding, now }), {
        source: streamed.source,
        cwd: dir,
        standards: LEGACY,
      });

      expect(after).toEqual(before);
      const chalk = new Chalk({ level: 0 });
      for (const format of FORMATS)
        for (const lang of ['ru', 'en'] as const)
          expect(formatAudit(format, after, { lang, chalk, cwd: dir })).toBe(
            formatAudit(format, before, { lang, chalk, cwd: dir }),
          );

      // The snapshot written as the rows streamed holds the rows the collecting audit kept, and its
      // fingerprint computed from the whole file is the one the live audit computed row by row.
      const snap = await readAuditSnapshot(snapPath);
      expect(snap.audit).toEqual(data);
      expect(snapshotHash(snap)).toBe(streamed.source.hash);
      // The same file read whole with JSON.parse, as audit --snapshot read it before issue #18.
      const whole = JSON.parse(await readFile(snapPath, 'utf8')) as AuditSnapshot;
      const rows = whole.audit as unknown as Record<RowFamily, unknown[]>;
      for (const f of ROW_FAMILIES) rows[f] = rows[f].map((r) => rowFromJson(f, r));
      expect(whole.audit).toEqual(data);
      expect(snapshotHash(whole)).toBe(streamed.source.hash);
      // The audit of the saved snapshot, read front to back (src/audit/snapshot-read.ts), is the live
      // audit but for the source's kind, in every format and language.
      const replayed = scoreAudited(settings, await auditSnapshot(settings, snapPath, 'snap.json'), dir);
      expect(replayed.source).toEqual({ ...after.source, kind: 'snapshot' });
      expect(replayed).toEqual({ ...after, source: replayed.source });
      for (const format of FORMATS)
        for (const lang of ['ru', 'en'] as const)
          expect(formatAudit(format, replayed, { lang, chalk, cwd: dir })).toBe(
            formatAudit(format, { ...after, source: replayed.source }, { lang, chalk, cwd: dir }),
          );
      if (scopes) expect(Object.keys(data.errors)).toEqual(['calls', 'overdue', 'tasks']);
    },
    240_000,
  );
});
