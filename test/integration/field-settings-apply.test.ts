import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshPortalState, saveSandboxState } from '../../src/sandbox/index.js';
import type { SbUserField } from '../../src/sandbox/state.js';
import { Workspace } from '../helpers/workspace.js';

/**
 * A spec with every SETTINGS key the schema allows, a boolean default false and list defaults,
 * applied to the sandbox (which keeps what a portal keeps: docs/bitrix24/parity.md#uf-settings-rest,
 * #uf-settings-type, #uf-labels, #uf-list) and planned again: no changes, and the values read back are
 * the ones a portal stores.
 */
const SPEC = readFileSync('test/fixtures/specs/kept-settings.yaml', 'utf8');

async function workspace(): Promise<Workspace> {
  const ws = new Workspace('b24cfg-settings-');
  await saveSandboxState(freshPortalState(), ws.portalFile);
  ws.write('b24cfg.yaml', SPEC);
  return ws;
}

async function field(ws: Workspace, name: string): Promise<SbUserField> {
  const f = (await ws.portalState()).userFields.find((x) => x.fieldName === name);
  if (!f) throw new Error(`no field ${name}`);
  return f;
}

describe('apply of every kept setting, then plan (issue 14)', () => {
  it('converges: exit 0, then no changes; the portal holds what a real one stores', async () => {
    const ws = await workspace();
    const r = await ws.run(['apply', 'b24cfg.yaml', '--portal', ws.portal, '--yes', '--no-color']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('verified by reading the portal back');
    const again = await ws.run(['plan', 'b24cfg.yaml', '--portal', ws.portal, '--no-color']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No changes: the portal matches the spec.');

    // false went over the wire as 0, not as the text "false" PHP reads as more than 0.
    expect((await field(ws, 'UF_CRM_VIP')).settings).toMatchObject({ DEFAULT_VALUE: 0, DISPLAY: 'RADIO' });
    expect((await field(ws, 'UF_CRM_CALLED')).settings).toMatchObject({
      DEFAULT_VALUE: 1,
      DISPLAY: 'DROPDOWN',
    });
    expect((await field(ws, 'UF_CRM_ANYWHERE')).settings).toMatchObject({ LEAD: 'Y', DEAL: 'N' });
    expect((await field(ws, 'UF_CRM_PRIORITY')).list.map((i) => [i.xmlId, i.def])).toEqual([
      ['HIGH', true],
      ['LOW', false],
    ]);
    expect((await field(ws, 'UF_CRM_CHANNELS')).list.map((i) => i.def)).toEqual([true, true, false]);
  });

  it('writes labels, and an empty error and help text unless the spec gives help: never the field code', async () => {
    const ws = await workspace();
    await ws.run(['apply', 'b24cfg.yaml', '--portal', ws.portal, '--yes']);
    const need = await field(ws, 'UF_CRM_NEED');
    for (const key of ['EDIT_FORM_LABEL', 'LIST_COLUMN_LABEL', 'LIST_FILTER_LABEL'] as const)
      expect(new Set(Object.values(need.labels[key]))).toEqual(new Set(['Потребность']));
    expect(new Set(Object.values(need.labels.ERROR_MESSAGE))).toEqual(new Set(['']));
    expect(new Set(Object.values(need.labels.HELP_MESSAGE))).toEqual(new Set(['']));
    const vip = await field(ws, 'UF_CRM_VIP');
    expect(new Set(Object.values(vip.labels.HELP_MESSAGE))).toEqual(new Set(['Клиент из списка VIP']));
    // A label per language: the languages it does not list get LABEL (its Russian text).
    const called = (await field(ws, 'UF_CRM_CALLED')).labels.EDIT_FORM_LABEL;
    expect([called.ru, called.en, called.de]).toEqual(['Звонок был', 'Called', 'Звонок был']);
  });

  it('a date default changed later is an item for a person, not an update that never lands', async () => {
    const ws = await workspace();
    await ws.run(['apply', 'b24cfg.yaml', '--portal', ws.portal, '--yes']);
    ws.write('b24cfg.yaml', SPEC.replace('2026-12-31', '2027-01-31'));
    const plan = await ws.run(['plan', 'b24cfg.yaml', '--portal', ws.portal, '--no-color']);
    expect(plan.stdout).toContain(
      '! Field UF_CRM_DUE: in the field settings, change the default value from “2026-12-31” to “2027-01-31”',
    );
    expect(plan.stdout).toContain('No changes: the portal matches the spec. By hand: 1.');
    const r = await ws.run(['apply', 'b24cfg.yaml', '--portal', ws.portal, '--yes', '--no-color']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect((await field(ws, 'UF_CRM_DUE')).settings.DEFAULT_VALUE).toEqual({
      TYPE: 'FIXED',
      VALUE: '2026-12-31',
    });
  });

  it('a single-value list left without a default is an item for a person; the plan stays the same after apply', async () => {
    const ws = await workspace();
    await ws.run(['apply', 'b24cfg.yaml', '--portal', ws.portal, '--yes']);
    ws.write('b24cfg.yaml', SPEC.replace('value: Высокий, default: true', 'value: Высокий, default: false'));
    const r = await ws.run(['apply', 'b24cfg.yaml', '--portal', ws.portal, '--yes', '--no-color']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const plan = await ws.run(['plan', 'b24cfg.yaml', '--portal', ws.portal, '--no-color']);
    expect(plan.stdout).toContain(
      '! Field UF_CRM_PRIORITY: untick “default” on item “Высокий” in the field settings',
    );
    expect(plan.stdout).toContain('No changes: the portal matches the spec. By hand: 1.');
  });
});
