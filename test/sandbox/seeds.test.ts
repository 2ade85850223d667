import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PortalState } from '../../src/resources/state.js';
import { createVirtualClock } from '../../src/sandbox/clock.js';
import { createEmulator } from '../../src/sandbox/emulator.js';
import { sandboxStateFromPortalState } from '../../src/sandbox/from-portal-state.js';
import { loadSandboxState, saveSandboxState } from '../../src/sandbox/persistence.js';
import { freshPortalState } from '../../src/sandbox/seeds.js';
import { NOW, ok } from './helpers.js';

describe('freshPortalState', () => {
  it('is a new ru portal: pipeline 0 «Общее» with 8 stages, lead statuses, sources, types; no fields, lines, templates or data', () => {
    const s = freshPortalState();
    expect(s.settings.defaultPipelineName).toBe('Общее');
    expect(s.pipelines).toEqual([]);
    const stages = s.statuses.filter((x) => x.entityId === 'DEAL_STAGE').map((x) => [x.statusId, x.name]);
    expect(stages).toEqual([
      ['NEW', 'Новая'],
      ['PREPARATION', 'Подготовка документов'],
      ['PREPAYMENT_INVOICE', 'Счёт на предоплату'],
      ['EXECUTING', 'В работе'],
      ['FINAL_INVOICE', 'Финальный счёт'],
      ['WON', 'Сделка успешна'],
      ['LOSE', 'Сделка провалена'],
      ['APOLOGY', 'Анализ причины провала'],
    ]);
    expect(s.statuses.filter((x) => x.entityId === 'STATUS').map((x) => x.statusId)).toEqual([
      'NEW',
      'IN_PROCESS',
      'PROCESSED',
      'CONVERTED',
      'JUNK',
    ]);
    expect(s.statuses.filter((x) => x.entityId === 'SOURCE').map((x) => x.statusId)).toEqual(
      expect.arrayContaining([
        'CALL',
        'EMAIL',
        'WEB',
        'ADVERTISING',
        'PARTNER',
        'RECOMMENDATION',
        'TRADE_SHOW',
        'WEBFORM',
        'CALLBACK',
        'RC_GENERATOR',
        'STORE',
        'OTHER',
      ]),
    );
    expect([s.userFields, s.openLines, s.documentTemplates, s.numerators, s.deals, s.tasks]).toEqual([
      [],
      [],
      [],
      [],
      [],
      [],
    ]);
  });

  it('has the five documented users and two departments with heads', () => {
    const s = freshPortalState();
    expect(s.users.map((u) => [u.id, u.email, u.departments, u.isAdmin])).toEqual([
      [1, 'admin@example.com', [1], true],
      [2, 'head@example.com', [2], false],
      [3, 'manager1@example.com', [2], false],
      [4, 'manager2@example.com', [2], false],
      [5, 'operator@example.com', [2], false],
    ]);
    expect(s.departments).toEqual([
      { id: 1, name: 'Компания', sort: 500, parent: null, head: 1 },
      { id: 2, name: 'Отдел продаж', sort: 500, parent: 1, head: 2 },
    ]);
    expect(s.users.find((u) => u.id === 2)?.position).toBe('Руководитель продаж');
  });

  it('two fresh states are equal and independent', () => {
    const a = freshPortalState();
    const b = freshPortalState();
    expect(a).toEqual(b);
    a.statuses[0]!.name = 'changed';
    expect(b.statuses[0]!.name).toBe('Новая');
  });
});

describe('persistence', () => {
  it('saves and loads a state file; a damaged or foreign file is refused with a message naming it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'b24cfg-sb-'));
    try {
      const path = join(dir, 'state.json');
      const s = freshPortalState();
      s.settings.pipelineLimit = 3;
      await saveSandboxState(s, path);
      expect(await loadSandboxState(path)).toEqual(s);
      await writeFile(path, '{"version": 99}');
      await expect(loadSandboxState(path)).rejects.toMatchObject({
        code: 'SANDBOX_STATE_INVALID',
        where: path,
      });
      await writeFile(path, 'not json');
      await expect(loadSandboxState(path)).rejects.toMatchObject({ code: 'SANDBOX_STATE_INVALID' });
      await expect(loadSandboxState(join(dir, 'missing.json'))).rejects.toMatchObject({
        code: 'SANDBOX_STATE_UNREADABLE',
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('sandboxStateFromPortalState', () => {
  const ps: PortalState = {
    info: { host: 'acme.bitrix24.ru', kind: 'http', readAt: '2026-01-10T10:00:00+03:00', crmMode: 2 },
    pipelines: [
      { id: 0, name: 'Основная', sort: 10, isDefault: true },
      { id: 3, name: 'Опт', sort: 200, isDefault: false },
    ],
    statuses: [
      {
        id: 501,
        entityId: 'DEAL_STAGE_3',
        statusId: 'C3:NEW',
        name: 'Новая',
        sort: 10,
        color: '#39A8EF',
        semantics: null,
        system: true,
        categoryId: 3,
      },
      {
        id: 502,
        entityId: 'DEAL_STAGE_3',
        statusId: 'C3:WON',
        name: 'Успех',
        sort: 60,
        color: null,
        semantics: 'S',
        system: true,
        categoryId: 3,
      },
    ],
    userFields: {
      deal: [
        {
          id: 77,
          entity: 'deal',
          fieldName: 'UF_CRM_NPS',
          type: 'enumeration',
          multiple: false,
          mandatory: false,
          showFilter: true,
          showInList: true,
          sort: 100,
          xmlId: null,
          labels: { ru: 'NPS' },
          settings: {},
          list: [{ id: 900, xmlId: 'NPS_10', value: '10', sort: 10, def: false }],
        },
      ],
      lead: [],
      contact: [],
      company: [],
    },
    openLines: [],
    documentTemplates: [],
    numerators: [],
    departments: [{ id: 1, name: 'Acme', sort: 500, parentId: null, headUserId: 1 }],
    users: [
      {
        id: 1,
        email: 'boss@acme.ru',
        name: 'Иван',
        lastName: 'Петров',
        active: true,
        departmentIds: [1],
        position: 'CEO',
        isAdmin: true,
      },
    ],
    unreadable: {},
    fingerprint: 'sha256:x',
  };

  it('rebuilds the configuration so that the same REST reads give it back', async () => {
    const em = createEmulator({ state: sandboxStateFromPortalState(ps), clock: createVirtualClock(NOW) });
    const cats = await ok(em, 'crm.category.list', { entityTypeId: 2 });
    expect(cats.categories.map((c: { id: number; name: string }) => [c.id, c.name])).toEqual([
      [0, 'Основная'],
      [3, 'Опт'],
    ]);
    const field = (await ok(em, 'crm.deal.userfield.list', { filter: { LANG: 'ru' } }))[0];
    expect(field).toMatchObject({ FIELD_NAME: 'UF_CRM_NPS', SHOW_FILTER: 'E', EDIT_FORM_LABEL: 'NPS' });
    expect(field.LIST).toEqual([{ ID: '900', SORT: '10', VALUE: '10', DEF: 'N', XML_ID: 'NPS_10' }]);
    expect(await ok(em, 'crm.settings.mode.get')).toBe(2);
    const next = await ok(em, 'crm.category.add', { entityTypeId: 2, fields: { name: 'Новая' } });
    expect(next.category.id).toBe(4);
  });

  it("keeps the fresh portal's people when the export could not read users", async () => {
    const state = sandboxStateFromPortalState({ ...ps, users: [], departments: [] });
    const em = createEmulator({ state, clock: createVirtualClock(NOW) });
    expect((await ok(em, 'profile')).ID).toBe('1');
    expect(em.state.departments).toHaveLength(2);
  });
});
