import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePlanValidator } from '../../scripts/gen-plan-validator.mjs';
import { CliError } from '../../src/core/errors.js';
import { readPlanFile } from '../../src/plan/plan-file.js';
import { Workspace } from '../helpers/workspace.js';

const GOLDEN = join(import.meta.dirname, '../integration/__golden__');
/** The golden plans of test/integration/plan-golden.test.ts (the folder holds other golden files too). */
const goldens = readdirSync(GOLDEN).filter(
  (f) => f.endsWith('.json') && readFileSync(join(GOLDEN, f), 'utf8').includes('"formatVersion": 1'),
);

/** The smallest plan `plan --out` could write: nothing to change. */
function plan(extra: (p: Record<string, unknown>) => void = () => undefined): string {
  const p: Record<string, unknown> = {
    formatVersion: 1,
    tool: 'b24cfg@0.1.0',
    createdAt: '2026-11-24T10:00:00.000Z',
    spec: { file: 'spec.yaml', hash: 'sha256:1' },
    portal: { host: 'sandbox', kind: 'sandbox', fingerprint: 'sha256:2' },
    options: { prune: false, allowDataLoss: false, pruneInSpec: false },
    changes: [
      {
        id: 'stage:default/NEW',
        kind: 'stage',
        key: 'default/NEW',
        path: ['Продажи', 'Новая'],
        op: 'update',
        portalId: 4,
        diffs: [{ field: 'NAME', before: 'Новая', after: 'Новая заявка' }],
        desired: { name: 'Новая заявка' },
      },
    ],
    kept: [],
    summary: { create: 0, update: 1, rename: 0, delete: 0, blocked: 0, manual: 0 },
  };
  extra(p);
  return `${JSON.stringify(p, null, 2)}\n`;
}

const change = (p: Record<string, unknown>) => (p.changes as Array<Record<string, unknown>>)[0]!;

function refusal(text: string): { code: string; where?: string; message: string; hint?: string } {
  try {
    readPlanFile(text, 'plan.json');
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    return { code: e.code, where: e.where, ...e.render('en') };
  }
  throw new Error('the plan was accepted');
}

describe('readPlanFile', () => {
  it('plan-file-validator.generated.ts is what `npm run gen:validator` makes from plan-file.schema.json', async () => {
    const committed = readFileSync(
      new URL('../../src/plan/plan-file-validator.generated.ts', import.meta.url),
      'utf8',
    );
    expect(await generatePlanValidator()).toBe(committed);
  });

  it.each(goldens)('reads the golden plan %s back as it was written', (name) => {
    const text = readFileSync(join(GOLDEN, name), 'utf8');
    expect(readPlanFile(text, name)).toEqual(JSON.parse(text));
  });

  it('reads what `plan --out` writes for the full template (every kind of change)', async () => {
    const ws = new Workspace('b24cfg-plan-file-');
    expect((await ws.run(['init', '--out', 'spec.yaml'])).code).toBe(0);
    const r = await ws.run(['plan', 'spec.yaml', '--portal', ws.portal, '--out', 'plan.json']);
    expect(r.code, r.stderr).toBe(0);
    const read = readPlanFile(ws.read('plan.json'), 'plan.json');
    expect([...new Set(read.changes.map((c) => c.op))]).toEqual(
      expect.arrayContaining(['create', 'update', 'delete', 'manual']),
    );
    expect(read.summary.create).toBeGreaterThan(0);
  });

  const cases: Array<[string, string, { where: string; message: RegExp; hint?: RegExp }]> = [
    ['not JSON', 'nope', { where: 'plan.json', message: /^the plan file cannot be read: / }],
    ['a JSON list', '[]', { where: 'plan.json', message: /^plan\.json is not a b24cfg plan/ }],
    ['no formatVersion', '{"tool": "x"}', { where: 'plan.json', message: /is not a b24cfg plan/ }],
    [
      'another format version',
      plan((p) => (p.formatVersion = 2)),
      {
        where: 'plan.json:2:20',
        message: /^the plan file is of format 2; this b24cfg reads format 1$/,
        hint: /b24cfg plan spec\.yaml --portal <portal> --out plan\.json$/,
      },
    ],
    [
      'an unknown field',
      plan((p) => (p.approvedBy = 'me')),
      { where: 'plan.json:51:3', message: /does not know: approvedBy$/ },
    ],
    [
      'an unknown field in a change',
      plan((p) => (change(p).force = true)),
      { where: 'plan.json:40:7', message: /does not know: changes\[0\]\.force$/ },
    ],
    [
      'a change without its portal id',
      plan((p) => delete change(p).portalId),
      { where: 'plan.json:20:5', message: /lacks the field changes\[0\]\.portalId$/ },
    ],
    [
      'a portal id of the wrong type',
      plan((p) => (change(p).portalId = '4')),
      { where: 'plan.json:29:19', message: /changes\[0\]\.portalId must be of type integer$/ },
    ],
    [
      'an operation b24cfg does not have',
      plan((p) => (change(p).op = 'drop')),
      { where: 'plan.json:28:13', message: /changes\[0\]\.op has a value .*allowed: "create", "update"/ },
    ],
    [
      // The schema says only "a string": the kinds come from the resource registry.
      'a change kind no resource kind owns',
      plan((p) => (change(p).kind = 'robot')),
      { where: 'plan.json:22:15', message: /changes\[0\]\.kind .*allowed: "pipeline", "stage", .*"manual"$/ },
    ],
    [
      'a portal kind b24cfg does not have',
      plan((p) => ((p.portal as Record<string, unknown>).kind = 'ftp')),
      { where: 'plan.json:11:13', message: /portal\.kind .*allowed: "http", "sandbox"$/ },
    ],
    [
      'a time that is not a time',
      plan((p) => (p.createdAt = 'yesterday')),
      { where: 'plan.json:4:16', message: /createdAt has a value b24cfg does not accept$/ },
    ],
    [
      'a summary that no longer matches the changes',
      plan((p) => (p.summary = { create: 0, update: 0, rename: 0, delete: 0, blocked: 0, manual: 0 })),
      { where: 'plan.json:43:14', message: /summary does not match its changes/ },
    ],
    [
      'a change listed twice',
      plan((p) => {
        p.changes = [change(p), change(p)];
        p.summary = { create: 0, update: 2, rename: 0, delete: 0, blocked: 0, manual: 0 };
      }),
      { where: 'plan.json:42:13', message: /lists the change stage:default\/NEW twice/ },
    ],
  ];

  it.each(cases)('refuses %s with PLAN_FILE_INVALID at its place', (_name, text, want) => {
    const r = refusal(text);
    expect(r.code).toBe('PLAN_FILE_INVALID');
    expect(r.where).toBe(want.where);
    expect(r.message).toMatch(want.message);
    expect(r.hint).toMatch(want.hint ?? /^.*b24cfg plan /);
  });

  it('speaks Russian too', () => {
    try {
      readPlanFile(
        plan((p) => (p.approvedBy = 'me')),
        'plan.json',
      );
      throw new Error('accepted');
    } catch (e) {
      expect((e as CliError).render('ru').message).toBe(
        'в файле плана есть поле, которого b24cfg не знает: approvedBy',
      );
    }
  });
});
