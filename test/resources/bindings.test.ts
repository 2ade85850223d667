import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/resources/plan.js';
import { bindingsAfterApply, recordExecuted } from '../../src/resources/bindings.js';
import { numeratorSettings } from '../../src/resources/numerators/index.js';
import type { Spec } from '../../src/spec/spec.generated.js';
import { binding, PortalBuilder } from '../helpers/portal-state.js';

const changes: Change[] = [
  {
    id: 'numerator:Договоры',
    kind: 'numerator',
    key: 'Договоры',
    path: [],
    op: 'create',
    desired: {
      name: 'Договоры',
      template: '{NUMBER}',
      settings: numeratorSettings({ name: 'Договоры', template: '{NUMBER}' }),
    },
  },
  {
    id: 'documentTemplate:Договор',
    kind: 'documentTemplate',
    key: 'Договор',
    path: [],
    op: 'create',
    desired: {
      name: 'Договор',
      fileName: 'contract.docx',
      fileHash: 'aaa',
      fileBase64: '',
      numerator: { newName: 'Договоры' },
      entityTypeIds: ['2'],
      region: 'ru',
      active: true,
      withStamps: false,
      users: ['UA'],
    },
  },
  {
    id: 'documentTemplate:Счёт',
    kind: 'documentTemplate',
    key: 'Счёт',
    path: [],
    op: 'update',
    portalId: 41,
    diffs: [],
    desired: { name: 'Счёт', fileHash: 'bbb' },
  },
  {
    id: 'openLine:Чат',
    kind: 'openLine',
    key: 'Чат',
    path: [],
    op: 'create',
    desired: { name: 'Чат', params: { LINE_NAME: 'Чат' } },
  },
];

const call = (method: string, changeId: string, params: Record<string, unknown> = {}) => ({
  method,
  params,
  changeIds: [changeId],
});

describe('state-file bindings b24cfg alone can know', () => {
  it('records uploaded file hashes and REST-made numerators from the calls that succeeded', () => {
    const before = binding();
    before.documentTemplates['Счёт (старый)'] = { id: 41, lastName: 'Счёт (старый)', fileHash: 'old' };
    const after = recordExecuted(before, changes, [
      {
        call: call('crm.documentgenerator.numerator.add', 'numerator:Договоры'),
        status: 'ok',
        result: { numerator: { id: 7 } },
      },
      {
        call: call('crm.documentgenerator.template.add', 'documentTemplate:Договор', {
          fields: { file: ['x.docx', 'AA=='] },
        }),
        status: 'ok',
        result: { template: { id: '40' } },
      },
      {
        call: call('crm.documentgenerator.template.update', 'documentTemplate:Счёт', {
          id: 41,
          fields: { file: ['y.docx', 'AA=='] },
        }),
        status: 'ok',
        result: { template: { id: '41' } },
      },
      { call: call('imopenlines.config.add', 'openLine:Чат'), status: 'unknown' },
    ]);
    expect(after.numerators).toEqual({ Договоры: { id: 7, lastName: 'Договоры', viaRest: true } });
    expect(after.documentTemplates).toEqual({
      Договор: { id: 40, lastName: 'Договор', fileHash: 'aaa' },
      // The binding moves to the spec name; the hash is the one just uploaded.
      Счёт: { id: 41, lastName: 'Счёт', fileHash: 'bbb' },
    });
    // An unknown outcome records nothing: the next plan will find the line by name.
    expect(after.openLines).toEqual({});
    expect(before.documentTemplates['Счёт (старый)']?.fileHash).toBe('old');
  });

  it('an update that did not upload keeps the recorded hash; deletes drop the binding', () => {
    const before = binding();
    before.documentTemplates['Счёт'] = { id: 41, lastName: 'Счёт', fileHash: 'keep' };
    before.openLines['Чат'] = { id: 3, lastName: 'Чат' };
    const after = recordExecuted(before, changes, [
      {
        call: call('crm.documentgenerator.template.update', 'documentTemplate:Счёт', {
          id: 41,
          fields: { numeratorId: 2 },
        }),
        status: 'ok',
      },
      { call: call('imopenlines.config.delete', 'openLine-delete:3', { CONFIG_ID: 3 }), status: 'ok' },
    ]);
    expect(after.documentTemplates['Счёт']?.fileHash).toBe('keep');
    expect(after.openLines).toEqual({});
  });

  it('after an apply every matched object is bound under its spec name, keeping what the old binding knew', () => {
    const p = new PortalBuilder();
    p.state.openLines.push({
      id: 5,
      name: 'Новый чат',
      active: true,
      crm: true,
      crmCreate: 'deal',
      crmSource: '',
      crmForward: true,
      queueType: 'evenly',
      queue: [],
      queueTime: 60,
      noAnswerTime: 60,
      checkAvailable: true,
      kpiFirstAnswerTime: 0,
      kpiFurtherAnswerTime: 0,
      kpiFirstAnswerAlert: false,
      kpiFurtherAnswerAlert: false,
      kpiCheckOperatorActivity: false,
      welcomeMessage: '',
    });
    p.state.numerators.push({
      id: 7,
      name: 'Договоры',
      template: '',
      start: 1,
      step: 1,
      length: 0,
      padString: '0',
      periodicBy: null,
    });
    const prev = binding();
    prev.openLines['Старый чат'] = { id: 5, lastName: 'Старый чат' };
    prev.openLines['Удалённый'] = { id: 99, lastName: 'Удалённый' };
    prev.numerators['Договоры'] = { id: 7, lastName: 'Договоры', viaRest: true };
    const spec: Spec = {
      version: 1,
      open_lines: [{ name: 'Новый чат', renamed_from: ['Старый чат'] }],
      numerators: [{ name: 'Договоры', template: 'Д-{NUMBER}' }],
    };
    const next = bindingsAfterApply(p.build(), spec, prev);
    expect(next.openLines).toEqual({ 'Новый чат': { id: 5, lastName: 'Новый чат' } });
    expect(next.numerators).toEqual({ Договоры: { id: 7, lastName: 'Договоры', viaRest: true } });
  });

  it('bindings of a section the webhook could not read are kept as they were', () => {
    const p = new PortalBuilder();
    p.state.unreadable.openLines = 'insufficient_scope';
    const prev = binding();
    prev.openLines['Чат'] = { id: 3, lastName: 'Чат' };
    expect(bindingsAfterApply(p.build(), { version: 1 }, prev).openLines).toEqual({
      Чат: { id: 3, lastName: 'Чат' },
    });
  });
});
