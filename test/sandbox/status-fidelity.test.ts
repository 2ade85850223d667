/**
 * crm.status rows as a portal stores and lists them (docs/bitrix24/parity.md#status-add,
 * #status-list, #status-entity-types).
 */
import { describe, expect, it } from 'vitest';
import { call, emulator, ok, type Json } from './helpers.js';

describe('CATEGORY_ID of a row added over REST (parity.md#status-add)', () => {
  it('is "0" for lead statuses, sources and pipeline 0, the pipeline id for its stages, null for installed rows', async () => {
    const em = emulator();
    const p = await ok(em, 'crm.category.add', { entityTypeId: 2, fields: { name: 'B2B' } });
    const pid = p.category.id as number;
    const add = async (entityId: string, code: string, sort: number) =>
      (await ok(em, 'crm.status.add', {
        fields: { ENTITY_ID: entityId, STATUS_ID: code, NAME: code, SORT: sort },
      })) as number;
    const ids = {
      lead: await add('STATUS', 'CALLED', 25),
      source: await add('SOURCE', 'FAIR', 90),
      deal0: await add('DEAL_STAGE', 'MEET', 25),
      dealN: await add(`DEAL_STAGE_${pid}`, 'MEET', 25),
    };
    const cat = async (id: number) => (await ok(em, 'crm.status.get', { id })).CATEGORY_ID as unknown;
    expect(await cat(ids.lead)).toBe('0');
    expect(await cat(ids.source)).toBe('0');
    expect(await cat(ids.deal0)).toBe('0');
    expect(await cat(ids.dealN)).toBe(String(pid));
    const installed = ((await ok(em, 'crm.status.list', { filter: { ENTITY_ID: 'STATUS' } })) as Json[]).find(
      (r) => r.STATUS_ID === 'NEW',
    );
    expect(installed.CATEGORY_ID).toBeNull();
    const pipelineDefault = (
      (await ok(em, 'crm.status.list', { filter: { ENTITY_ID: `DEAL_STAGE_${pid}` } })) as Json[]
    )[0];
    expect(pipelineDefault.CATEGORY_ID).toBe(String(pid));
  });

  it('a CATEGORY_ID sent on add is kept', async () => {
    const em = emulator();
    const id = await ok(em, 'crm.status.add', {
      fields: { ENTITY_ID: 'SOURCE', STATUS_ID: 'FAIR', NAME: 'Ярмарка', CATEGORY_ID: 7 },
    });
    expect((await ok(em, 'crm.status.get', { id })).CATEGORY_ID).toBe('7');
  });
});

describe('stage lists of other entities (parity.md#status-list, #status-entity-types)', () => {
  it('crm.status.list without a filter also returns the smart-invoice and signed-document stages', async () => {
    const em = emulator();
    const rows = (await ok(em, 'crm.status.list')) as Json[];
    const entities = new Set(rows.map((r) => r.ENTITY_ID as string));
    expect(entities).toContain('SMART_INVOICE_STAGE_2');
    expect(entities).toContain('SMART_DOCUMENT_STAGE_3');
    const paid = rows.find((r) => r.STATUS_ID === 'DT31_2:P');
    expect(paid).toMatchObject({ ENTITY_ID: 'SMART_INVOICE_STAGE_2', CATEGORY_ID: '2', SEMANTICS: 'S' });
  });

  it('crm.status.entity.types lists them where the portal does, and crm.status.add accepts them with their prefix', async () => {
    const em = emulator();
    const types = ((await ok(em, 'crm.status.entity.types')) as Json[]).map((t) => t.ID as string);
    expect(types.indexOf('SMART_INVOICE_STAGE_2')).toBe(types.indexOf('DEAL_TYPE') + 1);
    expect(types.indexOf('SMART_DOCUMENT_STAGE_3')).toBe(types.indexOf('CALL_LIST') + 1);
    const id = await ok(em, 'crm.status.add', {
      fields: { ENTITY_ID: 'SMART_INVOICE_STAGE_2', STATUS_ID: 'CHECK', NAME: 'Проверка', SORT: 120 },
    });
    expect((await ok(em, 'crm.status.get', { id })).STATUS_ID).toBe('DT31_2:CHECK');
  });
});

describe('the dictionaries a new portal has (parity.md#status-list)', () => {
  it('sources end with the booking source, a system row', async () => {
    const em = emulator();
    const rows = (await ok(em, 'crm.status.list', { filter: { ENTITY_ID: 'SOURCE' } })) as Json[];
    expect(rows.at(-1)).toMatchObject({ STATUS_ID: 'BOOKING', SORT: '81', SYSTEM: 'Y' });
  });
});

describe('refusals of crm.status.add (parity.md#status-add, #batch-process-exception)', () => {
  it('a bad STATUS_ID is ERROR_CORE (the exception CheckFields leaves for processException); a missing field has an empty code', async () => {
    const em = emulator();
    const bad = await call(em, 'crm.status.add', {
      fields: { ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'НОВАЯ', NAME: 'x' },
    });
    expect([bad.status, bad.body.error]).toEqual([400, 'ERROR_CORE']);
    const missing = await call(em, 'crm.status.add', { fields: { ENTITY_ID: 'DEAL_STAGE', NAME: 'x' } });
    expect([missing.status, missing.body.error, missing.body.error_description]).toEqual([
      400,
      '',
      'The field STATUS_ID is required.',
    ]);
  });
});
