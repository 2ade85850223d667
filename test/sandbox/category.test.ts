import { describe, expect, it } from 'vitest';
import { call, dealStub, emulator, fail, ok, type Json } from './helpers.js';

// docs/bitrix24/pipelines.md
describe('crm.category.*', () => {
  // docs/bitrix24/pipelines.md#default-pipeline
  it('a fresh portal has only the default pipeline 0 «Общее», isDefault Y, without originId keys', async () => {
    const em = emulator();
    const a = await call(em, 'crm.category.list', { entityTypeId: 2 });
    expect(a.status).toBe(200);
    expect(a.body.total).toBe(1);
    expect(a.body.result.categories).toEqual([
      { id: 0, name: 'Общее', sort: 0, entityTypeId: 2, isDefault: 'Y' },
    ]);
  });

  // docs/bitrix24/pipelines.md#default-stages
  it('add creates the 8 default stages C{id}:NEW … C{id}:APOLOGY with their semantics, sorts, colors and SYSTEM flags', async () => {
    const em = emulator();
    const res = await ok(em, 'crm.category.add', { entityTypeId: 2, fields: { name: 'B2B', sort: 100 } });
    expect(res.category).toEqual({
      id: 1,
      name: 'B2B',
      sort: 100,
      entityTypeId: 2,
      isDefault: 'N',
      originId: '',
      originatorId: '',
    });
    const stages = await ok(em, 'crm.status.list', { filter: { ENTITY_ID: 'DEAL_STAGE_1' } });
    expect(
      stages.map((s: Json) => [s.STATUS_ID, s.SORT, s.SEMANTICS, s.SYSTEM, s.COLOR, s.CATEGORY_ID]),
    ).toEqual([
      ['C1:NEW', '10', null, 'Y', '#39A8EF', '1'],
      ['C1:PREPARATION', '20', null, 'N', '#2FC6F6', '1'],
      ['C1:PREPAYMENT_INVOICE', '30', null, 'N', '#55D0E0', '1'],
      ['C1:EXECUTING', '40', null, 'N', '#47E4C2', '1'],
      ['C1:FINAL_INVOICE', '50', null, 'N', '#FFA900', '1'],
      ['C1:WON', '60', 'S', 'Y', '#7BD500', '1'],
      ['C1:LOSE', '70', 'F', 'Y', '#FF5752', '1'],
      ['C1:APOLOGY', '80', 'F', 'N', '#FF5752', '1'],
    ]);
  });

  // docs/bitrix24/pipelines.md#default-stages
  it('default stage codes are cut to 21 characters for pipelines 10+ (normalizeStatusIds)', async () => {
    const em = emulator();
    em.state.seq.pipelines = 9;
    const res = await ok(em, 'crm.category.add', { entityTypeId: 2, fields: { name: 'Десятая' } });
    expect(res.category.id).toBe(10);
    const stages = await ok(em, 'crm.status.list', { filter: { ENTITY_ID: 'DEAL_STAGE_10' } });
    expect(stages.map((s: Json) => s.STATUS_ID)).toContain('C10:PREPAYMENT_INVOIC');
  });

  // docs/bitrix24/pipelines.md#no-writable-key
  it('originId/originatorId are not writable (processFields reads only name, sort, isDefault)', async () => {
    const em = emulator();
    const res = await ok(em, 'crm.category.add', {
      entityTypeId: 2,
      fields: { name: 'X', originId: 'spec-key', originatorId: 'b24cfg', isDefault: 'Y' },
    });
    expect(res.category.originId).toBe('');
    expect(res.category.isDefault).toBe('N');
    const got = await ok(em, 'crm.category.update', {
      entityTypeId: 2,
      id: res.category.id,
      fields: { originId: 'k' },
    });
    expect(got.category.originId).toBe('');
  });

  // docs/bitrix24/pipelines.md#name-and-sort
  it('name is required (code "0" "Field \'NAME\' is required.") and a negative sort is ignored', async () => {
    const em = emulator();
    const f = await fail(em, 'crm.category.add', { entityTypeId: 2, fields: { name: '   ' } });
    expect(f).toEqual({ status: 400, error: '0', description: "Field 'NAME' is required." });
    const res = await ok(em, 'crm.category.add', { entityTypeId: 2, fields: { name: 'N', sort: -5 } });
    expect(res.category.sort).toBe(0);
  });

  // docs/bitrix24/pipelines.md#name-and-sort
  it('name is at most 255 characters', async () => {
    const em = emulator();
    await ok(em, 'crm.category.add', { entityTypeId: 2, fields: { name: 'Я'.repeat(255) } });
    const f = await fail(em, 'crm.category.add', { entityTypeId: 2, fields: { name: 'Я'.repeat(256) } });
    expect([f.status, f.error]).toEqual([400, '0']);
    expect(em.state.pipelines).toHaveLength(1);
  });

  // docs/bitrix24/pipelines.md#default-pipeline
  it('update works for id 0 and renames or re-sorts the default pipeline', async () => {
    const em = emulator();
    const res = await ok(em, 'crm.category.update', {
      entityTypeId: 2,
      id: 0,
      fields: { name: 'Продажи', sort: 300 },
    });
    expect(res.category).toEqual({ id: 0, name: 'Продажи', sort: 300, entityTypeId: 2, isDefault: 'Y' });
    const got = await ok(em, 'crm.category.get', { entityTypeId: 2, id: 0 });
    expect(got.category.name).toBe('Продажи');
  });

  // docs/bitrix24/pipelines.md#list-order
  it('list order puts the default pipeline before the first pipeline with a greater sort', async () => {
    const em = emulator();
    await ok(em, 'crm.category.update', { entityTypeId: 2, id: 0, fields: { sort: 300 } });
    await ok(em, 'crm.category.add', { entityTypeId: 2, fields: { name: 'A', sort: 200 } });
    await ok(em, 'crm.category.add', { entityTypeId: 2, fields: { name: 'B', sort: 400 } });
    const list = await ok(em, 'crm.category.list', { entityTypeId: 2 });
    expect(list.categories.map((c: Json) => c.name)).toEqual(['A', 'Общее', 'B']);
  });

  // docs/bitrix24/parity.md#category
  it('a pipeline with the default’s sort: list puts the default first, the status entity types after it', async () => {
    const em = emulator();
    await ok(em, 'crm.category.update', { entityTypeId: 2, id: 0, fields: { sort: 300 } });
    const { category } = await ok(em, 'crm.category.add', {
      entityTypeId: 2,
      fields: { name: 'A', sort: 300 },
    });
    const list = await ok(em, 'crm.category.list', { entityTypeId: 2 });
    expect(list.categories.map((c: Json) => c.name)).toEqual(['Общее', 'A']);
    const types = await ok(em, 'crm.status.entity.types', {});
    const deal = types.map((t: Json) => t.ID).filter((id: string) => id.startsWith('DEAL_STAGE'));
    expect(deal).toEqual([`DEAL_STAGE_${category.id as number}`, 'DEAL_STAGE']);
  });

  // docs/bitrix24/pipelines.md#delete-rules
  it('the default pipeline cannot be deleted (code "0")', async () => {
    const em = emulator();
    expect(await fail(em, 'crm.category.delete', { entityTypeId: 2, id: 0 })).toEqual({
      status: 400,
      error: '0',
      description: 'Default deal category cannot be deleted',
    });
  });

  // docs/bitrix24/pipelines.md#delete-rules
  it('a pipeline with deals cannot be deleted; an empty one is deleted with its stages and returns null', async () => {
    const em = emulator();
    const { category } = await ok(em, 'crm.category.add', { entityTypeId: 2, fields: { name: 'Опт' } });
    em.state.deals.push({ ...dealStub(), id: 1, categoryId: category.id, stageId: `C${category.id}:NEW` });
    const f = await fail(em, 'crm.category.delete', { entityTypeId: 2, id: category.id });
    expect(f.error).toBe('0');
    expect(f.description).toContain('Deals related to the funnel');
    expect(f.description).toContain('Опт');
    em.state.deals = [];
    expect(await ok(em, 'crm.category.delete', { entityTypeId: 2, id: category.id })).toBeNull();
    expect(em.state.statuses.some((s) => s.entityId === `DEAL_STAGE_${category.id}`)).toBe(false);
    expect((await fail(em, 'crm.category.get', { entityTypeId: 2, id: category.id })).error).toBe(
      'NOT_FOUND',
    );
  });

  it.each([
    ['crm.category.list', { entityTypeId: 1152 }, 'NOT_FOUND', 'Smart process not found'],
    ['crm.category.add', { entityTypeId: 1152, fields: { name: 'X' } }, 'NOT_FOUND', 'SPA not found'],
    [
      'crm.category.list',
      { entityTypeId: 1 },
      'ENTITY_TYPE_NOT_SUPPORTED',
      'Entity type LEAD is not supported',
    ],
  ])(
    // docs/bitrix24/pipelines.md#methods
    '%s with entityTypeId other than 2 gives the documented error',
    async (method, params, code, text) => {
      const em = emulator();
      expect(await fail(em, method, params)).toEqual({ status: 400, error: code, description: text });
    },
  );

  // docs/bitrix24/pipelines.md#plan-limit
  it('adding beyond the plan pipeline limit fails (CRM_FEATURE_RESTRICTION_ERROR)', async () => {
    const em = emulator();
    em.state.settings.pipelineLimit = 1;
    await ok(em, 'crm.category.add', { entityTypeId: 2, fields: { name: 'Первая' } });
    const f = await fail(em, 'crm.category.add', { entityTypeId: 2, fields: { name: 'Вторая' } });
    expect(f.error).toBe('0');
    expect(f.description).toMatch(/pipelines/);
    expect(em.state.pipelines).toHaveLength(1);
  });
});
