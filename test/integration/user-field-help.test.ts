import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { executePlan } from '../../src/apply/execute-plan.js';
import { planAgainstPortal, type SpecInput } from '../../src/plan/against-portal.js';
import { openSandboxWire } from '../../src/portal/sandbox-adapter.js';
import { createTransport } from '../../src/portal/transport.js';
import type { Spec } from '../../src/spec/spec.generated.js';
import { freshPortalState, saveSandboxState } from '../../src/sandbox/index.js';
import { createEmulator } from '../../src/sandbox/emulator.js';
import type { SbUserField } from '../../src/sandbox/state.js';
import { Workspace } from '../helpers/workspace.js';

/**
 * A user field's help written on create used to be never read back: changing it in the spec planned
 * nothing. Now it is read per language with the labels, compared, written and exported
 * (docs/bitrix24/user-fields.md#help).
 */
const spec = (help: string) => `version: 1
client: Help test
fields:
  deal:
    - code: SOURCE_NOTE
      type: string
      label: Откуда узнал
      help: ${help}
`;

async function field(ws: Workspace, name: string): Promise<SbUserField> {
  const f = (await ws.portalState()).userFields.find((x) => x.fieldName === name);
  if (!f) throw new Error(`no field ${name}`);
  return f;
}

describe('the sandbox answers help as a portal does (docs/bitrix24/parity.md#uf-labels)', () => {
  const call = async (em: ReturnType<typeof createEmulator>, method: string, params: object) => {
    const r = await em.handle({
      method,
      params: JSON.parse(JSON.stringify(params)) as Record<string, unknown>,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return (r.body as { result: unknown }).result;
  };
  const helpIn = async (em: ReturnType<typeof createEmulator>, lang: string) =>
    (
      (await call(em, 'crm.deal.userfield.list', { filter: { LANG: lang } })) as Array<
        Record<string, unknown>
      >
    )[0]?.HELP_MESSAGE;

  it('list with filter.LANG gives HELP_MESSAGE of that language; add fills it with LABEL; update writes it', async () => {
    const em = createEmulator({ state: freshPortalState() });
    const id = await call(em, 'crm.deal.userfield.add', {
      fields: { FIELD_NAME: 'CITY', USER_TYPE_ID: 'string', LABEL: 'Город' },
    });
    const plain = (await call(em, 'crm.deal.userfield.list', {})) as Array<Record<string, unknown>>;
    expect(plain[0]?.HELP_MESSAGE).toBeUndefined();
    expect(await helpIn(em, 'ru')).toBe('Город');
    await call(em, 'crm.deal.userfield.update', { id, fields: { HELP_MESSAGE: 'Где живёт' } });
    expect([await helpIn(em, 'ru'), await helpIn(em, 'de')]).toEqual(['Где живёт', 'Где живёт']);
    await call(em, 'crm.deal.userfield.update', { id, fields: { HELP_MESSAGE: { en: 'City' } } });
    expect([await helpIn(em, 'en'), await helpIn(em, 'ru')]).toEqual(['City', '']);
    // A language the portal does not have: the LEFT JOIN gives null.
    expect(await helpIn(em, 'xx')).toBeNull();
  });
});

describe('user field help, end to end on the sandbox', () => {
  it('apply a, plan b shows the help change (exit 2), apply b, plan again clean, export keeps the help', async () => {
    const ws = new Workspace('b24cfg-help-');
    await saveSandboxState(freshPortalState(), ws.portalFile);
    ws.write('a.yaml', spec('Спросите клиента'));
    ws.write('b.yaml', spec('Уточните у клиента'));
    const a = await ws.run(['apply', 'a.yaml', '--portal', ws.portal, '--yes', '--no-color']);
    expect(a.code, a.stdout + a.stderr).toBe(0);

    const plan = await ws.run(['plan', 'b.yaml', '--portal', ws.portal, '--detailed-exitcode', '--no-color']);
    expect(plan.code, plan.stdout + plan.stderr).toBe(2);
    expect(plan.stdout).toContain('~ field UF_CRM_SOURCE_NOTE');
    expect(plan.stdout).toContain('HELP_MESSAGE.ru: "Спросите клиента" → "Уточните у клиента"');
    expect(plan.stdout).toContain('HELP_MESSAGE.en: "Спросите клиента" → "Уточните у клиента"');

    const b = await ws.run(['apply', 'b.yaml', '--portal', ws.portal, '--yes', '--no-color']);
    expect(b.code, b.stdout + b.stderr).toBe(0);
    expect(b.stdout).toContain('verified by reading the portal back');
    // Every language of the portal, not only those read: a string goes to all of them.
    expect(new Set(Object.values((await field(ws, 'UF_CRM_SOURCE_NOTE')).labels.HELP_MESSAGE))).toEqual(
      new Set(['Уточните у клиента']),
    );

    const again = await ws.run([
      'plan',
      'b.yaml',
      '--portal',
      ws.portal,
      '--detailed-exitcode',
      '--no-color',
    ]);
    expect(again.code, again.stdout).toBe(0);

    const exported = await ws.run([
      'export',
      '--portal',
      ws.portal,
      '--sections',
      'fields',
      '--out',
      'c.yaml',
    ]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(ws.read('c.yaml')).toContain('help: Уточните у клиента');
    const round = await ws.run([
      'plan',
      'c.yaml',
      '--portal',
      ws.portal,
      '--detailed-exitcode',
      '--no-color',
    ]);
    expect(round.code, round.stdout).toBe(0);
  });

  it('restore brings back the help a snapshot holds', async () => {
    const ws = new Workspace('b24cfg-help-');
    await saveSandboxState(freshPortalState(), ws.portalFile);
    ws.write('a.yaml', spec('Спросите клиента'));
    ws.write('b.yaml', spec('Уточните у клиента'));
    expect((await ws.run(['apply', 'a.yaml', '--portal', ws.portal, '--yes'])).code).toBe(0);
    const b = await ws.run(['apply', 'b.yaml', '--portal', ws.portal, '--yes', '--format', 'json']);
    expect(b.code, b.stderr).toBe(0);
    const snapshot = (JSON.parse(b.stdout) as { snapshot: string }).snapshot;
    const r = await ws.run(['restore', snapshot, '--portal', ws.portal, '--yes', '--no-color']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(new Set(Object.values((await field(ws, 'UF_CRM_SOURCE_NOTE')).labels.HELP_MESSAGE))).toEqual(
      new Set(['Спросите клиента']),
    );
  });

  it('a field someone added over REST without help holds its label there: exported so, and plans clean', async () => {
    const ws = new Workspace('b24cfg-help-');
    const state = freshPortalState();
    const em = createEmulator({ state });
    const added = await em.handle({
      method: 'crm.deal.userfield.add',
      params: { fields: { FIELD_NAME: 'CITY', USER_TYPE_ID: 'string', LABEL: 'Город' } },
    });
    expect(added.status).toBe(200);
    await saveSandboxState(state, ws.portalFile);

    const exported = await ws.run([
      'export',
      '--portal',
      ws.portal,
      '--sections',
      'fields',
      '--out',
      'c.yaml',
    ]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(ws.read('c.yaml')).toMatch(/code: CITY\n\s+type: string\n\s+label: Город\n\s+help: Город\n/);
    const plan = await ws.run(['plan', 'c.yaml', '--portal', ws.portal, '--detailed-exitcode', '--no-color']);
    expect(plan.code, plan.stdout).toBe(0);
  });

  it('a help per language changes the languages it lists and keeps every other language', async () => {
    const ws = new Workspace('b24cfg-help-');
    await saveSandboxState(freshPortalState(), ws.portalFile);
    ws.write('a.yaml', spec('Спросите клиента'));
    await ws.run(['apply', 'a.yaml', '--portal', ws.portal, '--yes']);
    ws.write(
      'b.yaml',
      spec('Спросите клиента').replace(
        'help: Спросите клиента',
        'help:\n        ru: Уточните у клиента\n        de: Fragen Sie den Kunden',
      ),
    );
    const plan = await ws.run(['plan', 'b.yaml', '--portal', ws.portal, '--no-color']);
    expect(plan.stdout).toContain('HELP_MESSAGE.ru');
    expect(plan.stdout).toContain('HELP_MESSAGE.de');
    expect(plan.stdout).not.toContain('HELP_MESSAGE.en');
    const r = await ws.run(['apply', 'b.yaml', '--portal', ws.portal, '--yes', '--no-color']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const help = (await field(ws, 'UF_CRM_SOURCE_NOTE')).labels.HELP_MESSAGE;
    expect([help.ru, help.de, help.en]).toEqual([
      'Уточните у клиента',
      'Fragen Sie den Kunden',
      'Спросите клиента',
    ]);
    // The languages b24cfg did not read are sent back as the field's get gave them, not emptied.
    expect([help.ua, help.kz, help.fr]).toEqual(['Спросите клиента', 'Спросите клиента', 'Спросите клиента']);
    const again = await ws.run(['plan', 'b.yaml', '--portal', ws.portal, '--detailed-exitcode']);
    expect(again.code, again.stdout).toBe(0);
  });
});

describe('the read-back after apply sees the help', () => {
  it('a help the portal did not take is reported as not applied, not as done', async () => {
    const state = freshPortalState();
    const em = createEmulator({ state });
    const add = await em.handle({
      method: 'crm.deal.userfield.add',
      params: { fields: { FIELD_NAME: 'SOURCE_NOTE', USER_TYPE_ID: 'string', LABEL: 'Откуда узнал' } },
    });
    await em.handle({
      method: 'crm.deal.userfield.update',
      params: { id: (add.body as { result: number }).result, fields: { HELP_MESSAGE: 'Спросите клиента' } },
    });
    const client = createTransport(await openSandboxWire({ emulator: em }), {
      sleep: () => Promise.resolve(),
      now: () => 0,
    });
    const spec: Spec = {
      version: 1,
      fields: {
        deal: [{ code: 'SOURCE_NOTE', type: 'string', label: 'Откуда узнал', help: 'Уточните у клиента' }],
      },
    };
    const input: SpecInput = {
      spec,
      specFile: 'spec.yaml',
      specHash: 'h',
      stateDir: mkdtempSync(join(tmpdir(), 'b24cfg-help-verify-')),
    };
    const planned = await planAgainstPortal(
      input,
      client,
      { prune: false, allowDataLoss: false },
      new Date(),
    );
    const change = planned.plan.changes.find((c) => c.id === 'userField:deal.SOURCE_NOTE');
    expect(change?.op).toBe('update');
    // As a portal that keeps the old text would: the update goes out with the help it already has.
    if (change?.kind === 'userField' && change.op === 'update') change.desired.help = 'Спросите клиента';
    const r = await executePlan(planned, input, client, () => new Date());
    expect(r.verified).toBe(true);
    expect(r.notApplied.map((c) => c.id)).toEqual(['userField:deal.SOURCE_NOTE']);
  });
});
