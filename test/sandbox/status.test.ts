import { describe, expect, it } from 'vitest';
import { call, dealStub, emulator, fail, ok, type Json } from './helpers.js';

async function withPipeline() {
  const em = emulator();
  const { category } = await ok(em, 'crm.category.add', { entityTypeId: 2, fields: { name: 'B2B' } });
  return { em, id: category.id as number };
}

function add(fields: Record<string, unknown>) {
  return { fields };
}

// docs/bitrix24/stages.md, docs/bitrix24/dictionaries.md
describe('crm.status.*', () => {
  // docs/bitrix24/stages.md#row-shape
  it('list rows have string IDs and SORTs, SYSTEM Y/N, SEMANTICS S/F/null and EXTRA', async () => {
    const em = emulator();
    const rows = await ok(em, 'crm.status.list', { filter: { ENTITY_ID: 'DEAL_STAGE' } });
    expect(rows).toHaveLength(8);
    expect(rows[0]).toEqual({
      ID: expect.any(String),
      ENTITY_ID: 'DEAL_STAGE',
      STATUS_ID: 'NEW',
      NAME: 'Новая',
      NAME_INIT: 'Новая',
      SORT: '10',
      SYSTEM: 'Y',
      CATEGORY_ID: null,
      COLOR: '#39A8EF',
      SEMANTICS: null,
      EXTRA: { SEMANTICS: 'process', COLOR: '#39A8EF' },
    });
  });

  // docs/bitrix24/stages.md#computed-semantics
  it('EXTRA.SEMANTICS is computed: success only for WON, failure only for LOSE, apology after the final stage', async () => {
    const em = emulator();
    const rows = await ok(em, 'crm.status.list', { filter: { ENTITY_ID: 'DEAL_STAGE' } });
    const extra = Object.fromEntries(rows.map((r: Json) => [r.STATUS_ID, r.EXTRA.SEMANTICS]));
    expect(extra).toMatchObject({
      NEW: 'process',
      EXECUTING: 'process',
      WON: 'success',
      LOSE: 'failure',
      APOLOGY: 'apology',
    });
    await ok(
      em,
      'crm.status.add',
      add({ ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'PRICE', NAME: 'Дорого', SORT: 90, SEMANTICS: 'F' }),
    );
    const price = (
      await ok(em, 'crm.status.list', { filter: { ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'PRICE' } })
    )[0];
    expect(price.SEMANTICS).toBe('F');
    expect(price.EXTRA.SEMANTICS).toBe('apology');
  });

  // docs/bitrix24/stages.md#whole-list
  it('crm.status.list returns the whole list in one response (no paging), ordered by SORT', async () => {
    const em = emulator();
    for (let i = 0; i < 60; i++) {
      await ok(
        em,
        'crm.status.add',
        add({ ENTITY_ID: 'SOURCE', STATUS_ID: `SRC_${i}`, NAME: `Источник ${i}`, SORT: 1000 - i }),
      );
    }
    const a = await call(em, 'crm.status.list', { filter: { ENTITY_ID: 'SOURCE' } });
    expect(a.body.result.length).toBe(74);
    expect(a.body.total).toBe(74);
    expect(a.body.next).toBeUndefined();
    const sorts = a.body.result.map((r: Json) => Number(r.SORT));
    expect([...sorts].sort((x, y) => x - y)).toEqual(sorts);
  });

  it.each(['ENTITY_ID', 'STATUS_ID', 'SORT', 'SEMANTICS'])(
    // docs/bitrix24/stages.md#string-filters
    'filter by %s must be a string (arrays are rejected)',
    async (key) => {
      const em = emulator();
      expect(await fail(em, 'crm.status.list', { filter: { [key]: ['A', 'B'] } })).toEqual({
        status: 400,
        error: '',
        description: `Filter by ${key} must be a string`,
      });
    },
  );

  // docs/bitrix24/stages.md#code-prefix
  it('add prefixes C{id}: unless the value already carries it, and returns the new numeric ID', async () => {
    const { em, id } = await withPipeline();
    const a = await ok(
      em,
      'crm.status.add',
      add({ ENTITY_ID: `DEAL_STAGE_${id}`, STATUS_ID: 'DECISION', NAME: 'Решение', SORT: 55 }),
    );
    expect(typeof a).toBe('number');
    const b = await ok(
      em,
      'crm.status.add',
      add({ ENTITY_ID: `DEAL_STAGE_${id}`, STATUS_ID: `C${id}:OFFER`, NAME: 'КП', SORT: 45 }),
    );
    const byId = (x: number) => em.state.statuses.find((s) => s.id === x)?.statusId;
    expect(byId(a)).toBe(`C${id}:DECISION`);
    expect(byId(b)).toBe(`C${id}:OFFER`);
  });

  it.each([
    ['DEAL_STAGE', 22, 'A'.repeat(22), 'A'.repeat(23)],
    ['DEAL_STAGE_1', 19, 'B'.repeat(19), 'B'.repeat(20)],
    ['STATUS', 21, 'C'.repeat(21), 'C'.repeat(22)],
    ['SOURCE', 50, 'D'.repeat(50), 'D'.repeat(51)],
    // docs/bitrix24/stages.md#code-length
  ])('STATUS_ID length limit for %s is %i', async (entityId, _max, okId, longId) => {
    const { em } = await withPipeline();
    const sort = entityId === 'SOURCE' ? 500 : 15;
    await ok(em, 'crm.status.add', add({ ENTITY_ID: entityId, STATUS_ID: okId, NAME: 'ok', SORT: sort }));
    const f = await fail(
      em,
      'crm.status.add',
      add({ ENTITY_ID: entityId, STATUS_ID: longId, NAME: 'long', SORT: sort }),
    );
    expect(f.error).toBe('ERROR_CORE');
    expect(f.description).toContain(String(_max));
  });

  // docs/bitrix24/stages.md#code-characters
  it('lead and deal stage codes allow only [0-9A-Z_-]; other dictionaries allow Json characters', async () => {
    const em = emulator();
    const f = await fail(
      em,
      'crm.status.add',
      add({ ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'ЭТАП 1', NAME: 'x', SORT: 15 }),
    );
    expect(f.error).toBe('ERROR_CORE');
    expect(f.description).toMatch(/invalid characters/);
    await ok(
      em,
      'crm.status.add',
      add({ ENTITY_ID: 'CONTACT_TYPE', STATUS_ID: 'Постоянный клиент!', NAME: 'ok' }),
    );
  });

  it('parity.md#status-add: a duplicate STATUS_ID gives ERROR_CORE with the CAdminException text', async () => {
    const em = emulator();
    expect(
      await fail(
        em,
        'crm.status.add',
        add({ ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'NEW', NAME: 'x', SORT: 5 }),
      ),
    ).toEqual({
      status: 400,
      error: 'ERROR_CORE',
      description: 'The specified status ID already exists.<br>',
    });
  });

  // docs/bitrix24/stages.md#duplicate-and-empty-codes
  it('an empty STATUS_ID gives "The field STATUS_ID is required." with an empty code and HTTP 400', async () => {
    const em = emulator();
    expect(await fail(em, 'crm.status.add', add({ ENTITY_ID: 'DEAL_STAGE', NAME: 'x' }))).toEqual({
      status: 400,
      error: '',
      description: 'The field STATUS_ID is required.',
    });
  });

  // docs/bitrix24/stages.md#one-success-status
  it('only one S stage per ENTITY_ID (CRM_STATUS_MORE_THAN_ONE_SUCCESS_ERROR)', async () => {
    const em = emulator();
    const f = await fail(
      em,
      'crm.status.add',
      add({ ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'WON2', NAME: 'x', SORT: 65, SEMANTICS: 'S' }),
    );
    expect(f.error).toBe('');
    expect(f.description).toMatch(/only one successful/);
  });

  // docs/bitrix24/stages.md#sort-rules
  it('an F stage needs a sort greater than the success stage (CRM_STATUS_INCORRECT_SEMANTIC_SORT_ERROR)', async () => {
    const em = emulator();
    const f = await fail(
      em,
      'crm.status.add',
      add({ ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'EARLY_LOSS', NAME: 'x', SORT: 60, SEMANTICS: 'F' }),
    );
    expect(f).toEqual({
      status: 400,
      error: '',
      description: 'Cannot add semantics with the specified sort order',
    });
    await ok(
      em,
      'crm.status.add',
      add({ ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'LATE_LOSS', NAME: 'x', SORT: 61, SEMANTICS: 'F' }),
    );
  });

  // docs/bitrix24/stages.md#sort-rules
  it('a process stage needs a sort less than the success stage (CRM_STATUS_INCORRECT_PROCESS_SEMANTIC_SORT_ERROR)', async () => {
    const em = emulator();
    const f = await fail(
      em,
      'crm.status.add',
      add({ ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'AFTER', NAME: 'x', SORT: 60 }),
    );
    expect(f.error).toBe('');
    expect(f.description).toMatch(/^Cannot create more stages after the final stage/);
  });

  // docs/bitrix24/stages.md#semantics
  it('an invalid SEMANTICS value is refused (CRM_STATUS_UNSUPPORTED_SEMANTIC_ERROR); empty means process', async () => {
    const em = emulator();
    const f = await fail(
      em,
      'crm.status.add',
      add({ ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'Q', NAME: 'x', SORT: 15, SEMANTICS: 'X' }),
    );
    expect(f.error).toBe('');
    const id = await ok(
      em,
      'crm.status.add',
      add({ ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'P1', NAME: 'x', SORT: 15, SEMANTICS: '' }),
    );
    expect(em.state.statuses.find((s) => s.id === id)?.semantics).toBeNull();
  });

  // docs/bitrix24/stages.md#add-defaults
  it('stages created over REST are never SYSTEM and get SORT 10 when none is given', async () => {
    const em = emulator();
    const id = await ok(
      em,
      'crm.status.add',
      add({ ENTITY_ID: 'SOURCE', STATUS_ID: 'FAIR', NAME: 'Ярмарка', SYSTEM: 'Y' }),
    );
    const row = await ok(em, 'crm.status.get', { id });
    expect(row.SYSTEM).toBe('N');
    expect(row.SORT).toBe('10');
    expect(row.EXTRA).toBeUndefined();
  });

  // docs/bitrix24/stages.md#update-fields
  it('update changes only NAME/SORT/COLOR; STATUS_ID, ENTITY_ID and SEMANTICS are immutable (silently ignored)', async () => {
    const em = emulator();
    const prep = em.state.statuses.find((s) => s.entityId === 'DEAL_STAGE' && s.statusId === 'PREPARATION')!;
    const r = await ok(em, 'crm.status.update', {
      id: prep.id,
      fields: {
        NAME: 'КП',
        SORT: 25,
        COLOR: 'ABCDEF',
        STATUS_ID: 'OFFER',
        ENTITY_ID: 'STATUS',
        SEMANTICS: 'F',
      },
    });
    expect(r).toBe(true);
    const row = await ok(em, 'crm.status.get', { id: prep.id });
    expect(row).toMatchObject({
      NAME: 'КП',
      SORT: '25',
      COLOR: '#ABCDEF',
      STATUS_ID: 'PREPARATION',
      ENTITY_ID: 'DEAL_STAGE',
      SEMANTICS: null,
    });
  });

  // docs/bitrix24/stages.md#update-reports-true
  it('update returns true even when nothing was written; a NAME-only update keeps the SORT', async () => {
    const em = emulator();
    const exec = em.state.statuses.find((s) => s.entityId === 'DEAL_STAGE' && s.statusId === 'EXECUTING')!;
    expect(await ok(em, 'crm.status.update', { id: exec.id, fields: { SEMANTICS: 'S' } })).toBe(true);
    expect(await ok(em, 'crm.status.update', { id: exec.id, fields: { NAME: 'В работе!' } })).toBe(true);
    expect(exec).toMatchObject({ name: 'В работе!', sort: 40, semantics: null });
  });

  // docs/bitrix24/stages.md#delete-rules
  it('SYSTEM stages are deleted only with params.FORCED=Y', async () => {
    const em = emulator();
    const lose = em.state.statuses.find((s) => s.entityId === 'DEAL_STAGE' && s.statusId === 'LOSE')!;
    expect(await fail(em, 'crm.status.delete', { id: lose.id })).toEqual({
      status: 400,
      error: '',
      description: 'CRM System Status can be deleted only if parameter FORCED is specified and equal to "Y".',
    });
    expect(await ok(em, 'crm.status.delete', { id: lose.id, params: { FORCED: 'Y' } })).toBe(true);
  });

  // docs/bitrix24/stages.md#delete-rules
  it('a stage with deals cannot be deleted ("There are active items in this status.")', async () => {
    const em = emulator();
    const exec = em.state.statuses.find((s) => s.entityId === 'DEAL_STAGE' && s.statusId === 'EXECUTING')!;
    em.state.deals.push({ ...dealStub(), id: 1, stageId: 'EXECUTING' });
    expect(await fail(em, 'crm.status.delete', { id: exec.id })).toEqual({
      status: 400,
      error: '',
      description: 'There are active items in this status.',
    });
  });

  // docs/bitrix24/stages.md#delete-rules
  it('a missing status gives "Status is not found." on update/delete and "CRM Status is not found." on get', async () => {
    const em = emulator();
    expect((await fail(em, 'crm.status.update', { id: 99999, fields: { NAME: 'x' } })).description).toBe(
      'Status is not found.',
    );
    expect((await fail(em, 'crm.status.delete', { id: 99999 })).description).toBe('Status is not found.');
    expect((await fail(em, 'crm.status.get', { id: 99999 })).description).toBe('CRM Status is not found.');
    expect((await fail(em, 'crm.status.get', {})).description).toBe('ID is not defined or invalid.');
  });

  // docs/bitrix24/stages.md#lead-statuses
  it('lead statuses NEW, CONVERTED (S) and JUNK (F) are system; STATUS_ID is at most 21 characters', async () => {
    const em = emulator();
    const rows = await ok(em, 'crm.status.list', { filter: { ENTITY_ID: 'STATUS' } });
    expect(rows.map((r: Json) => [r.STATUS_ID, r.SYSTEM, r.SEMANTICS])).toEqual([
      ['NEW', 'Y', null],
      ['IN_PROCESS', 'N', null],
      ['PROCESSED', 'N', null],
      ['CONVERTED', 'Y', 'S'],
      ['JUNK', 'Y', 'F'],
    ]);
  });

  // docs/bitrix24/dictionaries.md#system-items
  it('sources include CALL, WEBFORM, CALLBACK, RC_GENERATOR, STORE as SYSTEM items needing FORCED', async () => {
    const em = emulator();
    const rows = await ok(em, 'crm.status.list', { filter: { ENTITY_ID: 'SOURCE' } });
    const system = rows.filter((r: Json) => r.SYSTEM === 'Y').map((r: Json) => r.STATUS_ID);
    expect(system).toEqual(expect.arrayContaining(['CALL', 'WEBFORM', 'CALLBACK', 'RC_GENERATOR', 'STORE']));
    expect(rows.find((r: Json) => r.STATUS_ID === 'EMAIL').SYSTEM).toBe('N');
    const call = rows.find((r: Json) => r.STATUS_ID === 'CALL');
    expect((await fail(em, 'crm.status.delete', { id: Number(call.ID) })).description).toMatch(/FORCED/);
  });

  // docs/bitrix24/dictionaries.md#code-rules
  it('contact and company types are crm.status dictionaries with Json characters up to 50', async () => {
    const em = emulator();
    const types = await ok(em, 'crm.status.entity.items', { entityId: 'CONTACT_TYPE' });
    expect(types.map((t: Json) => t.STATUS_ID)).toEqual(['CLIENT', 'SUPPLIER', 'PARTNER', 'OTHER']);
    expect(types[0]).toEqual({ NAME: 'Клиенты', SORT: 10, STATUS_ID: 'CLIENT' });
    const companyTypes = await ok(em, 'crm.status.list', { filter: { ENTITY_ID: 'COMPANY_TYPE' } });
    expect(companyTypes.map((t: Json) => t.STATUS_ID)).toEqual([
      'CUSTOMER',
      'SUPPLIER',
      'COMPETITOR',
      'PARTNER',
      'OTHER',
    ]);
  });

  // docs/bitrix24/stages.md#status-lists
  it('entity.types lists DEAL_STAGE_n with PREFIX, FIELD_ATTRIBUTE_SCOPE and SEMANTIC_INFO', async () => {
    const { em, id } = await withPipeline();
    const types = await ok(em, 'crm.status.entity.types');
    expect(types.find((t: Json) => t.ID === `DEAL_STAGE_${id}`)).toEqual({
      ID: `DEAL_STAGE_${id}`,
      NAME: 'Стадии сделки (B2B)',
      PARENT_ID: 'DEAL_STAGE',
      SEMANTIC_INFO: {
        START_FIELD: `C${id}:NEW`,
        FINAL_SUCCESS_FIELD: `C${id}:WON`,
        FINAL_UNSUCCESS_FIELD: `C${id}:LOSE`,
        FINAL_SORT: 0,
      },
      PREFIX: `C${id}`,
      FIELD_ATTRIBUTE_SCOPE: `category_${id}`,
      ENTITY_TYPE_ID: 2,
      CATEGORY_ID: String(id),
    });
    expect(types.find((t: Json) => t.ID === 'DEAL_STAGE')).toMatchObject({
      FIELD_ATTRIBUTE_SCOPE: '',
      CATEGORY_ID: 0,
    });
  });

  // docs/bitrix24/stages.md#status-lists
  it('an unknown ENTITY_ID is refused ("Specified entity type is not supported.")', async () => {
    const em = emulator();
    expect(
      (await fail(em, 'crm.status.add', add({ ENTITY_ID: 'DEAL_STAGE_77', STATUS_ID: 'X', NAME: 'x' })))
        .description,
    ).toBe('Specified entity type is not supported.');
  });
});
