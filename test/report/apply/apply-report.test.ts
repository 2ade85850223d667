import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { EXIT, type ExitCode } from '../../../src/core/exit-codes.js';
import type { Change, Plan } from '../../../src/resources/plan.js';
import { formatApplyJson, formatNothingToApplyJson } from '../../../src/report/apply/json.js';
import { formatApplyPretty } from '../../../src/report/apply/pretty.js';
import type { AppliedRun } from '../../../src/report/apply/types.js';

const rename: Change = {
  id: 'pipeline:default',
  kind: 'pipeline',
  key: 'default',
  path: ['Продажи'],
  op: 'update',
  portalId: 0,
  diffs: [{ field: 'NAME', before: 'Общее', after: 'Продажи' }],
  desired: { name: 'Продажи', sort: 10 },
};
const manual: Change = {
  id: 'manual:robot',
  kind: 'manual',
  key: 'robot',
  path: ['Продажи'],
  op: 'manual',
  reason: { ru: 'вручную', en: 'by hand' },
  summary: { ru: 'робот', en: 'a robot' },
};
const plan: Plan = {
  formatVersion: 1,
  tool: 'b24cfg@0.1.0',
  createdAt: '2026-11-24T10:00:00.000Z',
  spec: { file: 'spec.yaml', hash: 'h' },
  portal: { host: 'sandbox', kind: 'sandbox', fingerprint: 'f' },
  options: { prune: false, allowDataLoss: false, pruneInSpec: false },
  changes: [rename, manual],
  kept: [],
  summary: { create: 0, update: 1, rename: 0, delete: 0, blocked: 0, manual: 1 },
};
const files = { runId: 'R1', journalPath: 'j.jsonl', snapshotPath: 's.json' };
const ran = {
  status: 'ok' as const,
  call: { method: 'crm.category.update', changeIds: ['pipeline:default'] },
};
const noColour = new Chalk({ level: 0 });
const next = (runId: string) => `b24cfg apply spec.yaml --portal acme --resume ${runId}`;
const tally = (applied: string[], notApplied: string[] = [], notVerified: string[] = []) => ({
  tally: { applied, notApplied, notVerified },
});

const runs: Array<[string, AppliedRun, ExitCode, string[]]> = [
  [
    'applied and verified',
    {
      ...files,
      execute: { outcomes: [] },
      notApplied: [],
      remaining: [],
      ...tally(['pipeline:default']),
      verified: true,
    },
    EXIT.ok,
    [
      '✓ Applied 1 change(s), verified by reading the portal back.',
      'By hand (REST cannot do these): 1 item — b24cfg checklist spec.yaml',
    ],
  ],
  [
    'sent but not read back',
    {
      ...files,
      execute: { outcomes: [] },
      notApplied: [],
      remaining: [],
      verifyError: new Error('socket hang up'),
      ...tally(['pipeline:default']),
      verified: false,
    },
    EXIT.partial,
    [
      'All changes were sent (1), but reading the portal back to verify them failed: socket hang up',
      'Verify and finish: b24cfg apply spec.yaml --portal acme --resume R1',
    ],
  ],
  [
    'stopped by a failed call',
    {
      ...files,
      execute: {
        outcomes: [
          {
            status: 'error',
            call: { method: 'crm.category.update' },
            error: { code: '', description: 'Not found' },
          },
        ],
        stopped: { reason: 'call-failed' },
      },
      notApplied: [rename],
      remaining: [rename],
      ...tally([], ['pipeline:default']),
      verified: true,
    },
    EXIT.partial,
    [
      'Applied 0 of 1 changes.',
      'Not applied: 1 (never sent, or refused by the portal).',
      '— not applied',
      'crm.category.update: Not found',
      'Continue with: b24cfg apply spec.yaml --portal acme --resume R1',
    ],
  ],
  [
    'run through, but the portal kept another value',
    {
      ...files,
      execute: { outcomes: [ran] },
      notApplied: [rename],
      remaining: [rename],
      ...tally([], ['pipeline:default']),
      verified: true,
    },
    EXIT.partial,
    [
      'Applied 0 of 1 changes.',
      'the portal ignored NAME: sent "Продажи", read back "Общее"',
      'The portal did not keep these values',
    ],
  ],
  [
    'an open line update the portal refused with false',
    {
      ...files,
      execute: {
        outcomes: [
          {
            status: 'error',
            call: { method: 'imopenlines.config.update', changeIds: ['pipeline:default'] },
            error: { code: 'ANSWERED_FALSE', description: '' },
          },
        ],
        stopped: { reason: 'call-failed' },
      },
      notApplied: [rename],
      remaining: [rename],
      ...tally([], ['pipeline:default']),
      verified: true,
    },
    EXIT.partial,
    [
      'imopenlines.config.update: the portal answered false: it refused the write and kept nothing of it',
      // Nothing was written, so nothing was ignored: the field is what the portal holds and the spec wants.
      'NAME: the portal holds "Общее", the spec wants "Продажи"',
      'Continue with: b24cfg apply spec.yaml --portal acme --resume R1',
    ],
  ],
];

/** Whether the runs above wrote the rename, for the JSON's `ignored`. */
const ignoredOf = (run: AppliedRun) =>
  run.execute.outcomes.some((o) => o === ran)
    ? [{ change: 'pipeline:default', field: 'NAME', sent: 'Продажи', read: 'Общее' }]
    : [];

describe('apply report', () => {
  it.each(runs)('pretty: %s', (_name, run, exitCode, lines) => {
    const text = formatApplyPretty({ plan, run, exitCode }, { lang: 'en', chalk: noColour, next });
    for (const l of lines) expect(text).toContain(l);
    expect(text.trimEnd().split('\n').at(-1)).toBe('Journal: j.jsonl · snapshot to roll back: s.json');
  });

  it.each(runs)('json: %s', (_name, run, exitCode) => {
    const out = JSON.parse(formatApplyJson({ plan, run, exitCode }, { next })) as Record<string, unknown>;
    expect(out).toEqual({
      ok: exitCode === EXIT.ok,
      exitCode,
      runId: 'R1',
      counts: {
        planned: 1,
        applied: run.tally.applied.length,
        notApplied: run.tally.notApplied.length,
        notVerified: 0,
      },
      applied: run.tally.applied,
      notApplied: run.tally.notApplied,
      notVerified: [],
      ignored: ignoredOf(run),
      verified: run.verified,
      interrupted: false,
      ...(exitCode === EXIT.ok ? {} : { next: next('R1') }),
      manual: ['manual:robot'],
      journal: 'j.jsonl',
      snapshot: 's.json',
      summary: plan.summary,
    });
  });

  it('counts by-hand items with the right Russian plural (a test for "1 пунктов")', () => {
    const text = formatApplyPretty(
      { plan, run: runs[0]![1], exitCode: EXIT.ok },
      { lang: 'ru', chalk: noColour, next },
    );
    expect(text).toContain('Вручную (REST этого не умеет): 1 пункт — b24cfg checklist spec.yaml');
  });

  it('json when there is nothing to write: the plan summary', () => {
    expect(JSON.parse(formatNothingToApplyJson(plan))).toEqual({ ok: true, applied: 0, plan: plan.summary });
  });
});
