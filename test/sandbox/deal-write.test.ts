/**
 * crm.deal.add / update / delete with the stage rules of CCrmDeal (docs/bitrix24/parity.md#deal-write),
 * so that a consultant can put deals on stages over HTTP and rehearse the data guards.
 */
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/sandbox/emulator.js';
import { call, emulator, fail, NOW, ok, type Json } from './helpers.js';

const getDeal = async (em: Emulator, id: number) =>
  ((await ok(em, 'crm.deal.list', { filter: { ID: id }, select: ['*'] })) as Json[])[0];

async function pipeline(em: Emulator): Promise<number> {
  const res = await ok(em, 'crm.category.add', { entityTypeId: 2, fields: { name: 'B2B' } });
  return res.category.id as number;
}

describe('crm.deal.add (parity.md#deal-write)', () => {
  it('puts the deal on the stage sent when it belongs to the pipeline', async () => {
    const em = emulator();
    const p = await pipeline(em);
    const id: number = await ok(em, 'crm.deal.add', {
      fields: { TITLE: 'Поставка', CATEGORY_ID: p, STAGE_ID: `C${p}:EXECUTING`, OPPORTUNITY: 5000 },
    });
    expect(await getDeal(em, id)).toMatchObject({
      TITLE: 'Поставка',
      CATEGORY_ID: String(p),
      STAGE_ID: `C${p}:EXECUTING`,
      STAGE_SEMANTIC_ID: 'P',
      CLOSED: 'N',
    });
  });

  it('a stage of another pipeline, or none, puts it on the first stage; an unknown pipeline is pipeline 0', async () => {
    const em = emulator();
    const p = await pipeline(em);
    const foreign: number = await ok(em, 'crm.deal.add', { fields: { CATEGORY_ID: p, STAGE_ID: 'WON' } });
    const unknown: number = await ok(em, 'crm.deal.add', { fields: { CATEGORY_ID: 99, STAGE_ID: 'WON' } });
    expect(await getDeal(em, foreign)).toMatchObject({ STAGE_ID: `C${p}:NEW`, IS_NEW: 'Y' });
    expect(await getDeal(em, unknown)).toMatchObject({ CATEGORY_ID: '0', STAGE_ID: 'WON', CLOSED: 'Y' });
    expect((await getDeal(em, foreign)).TITLE).toBe(`Сделка #${foreign}`);
  });

  it('a deal added on a final stage is closed today (CLOSEDATE is a date in portal time)', async () => {
    const em = emulator();
    const id: number = await ok(em, 'crm.deal.add', { fields: { STAGE_ID: 'LOSE' } });
    const d = await getDeal(em, id);
    expect(d).toMatchObject({ CLOSED: 'Y', STAGE_SEMANTIC_ID: 'F' });
    expect(d.CLOSEDATE).toBe('2026-01-15T00:00:00+03:00');
    expect(Date.parse(d.CLOSEDATE as string)).toBeLessThanOrEqual(NOW);
  });
});

describe('crm.deal.update and delete (parity.md#deal-write)', () => {
  it('moves a deal within its pipeline; CATEGORY_ID and a stage of another pipeline are ignored', async () => {
    const em = emulator();
    const p = await pipeline(em);
    const id: number = await ok(em, 'crm.deal.add', { fields: { CATEGORY_ID: p } });
    expect(await ok(em, 'crm.deal.update', { id, fields: { CATEGORY_ID: 0, STAGE_ID: 'WON' } })).toBe(true);
    expect(await getDeal(em, id)).toMatchObject({ CATEGORY_ID: String(p), STAGE_ID: `C${p}:NEW` });
    await ok(em, 'crm.deal.update', { id, fields: { STAGE_ID: `C${p}:WON` } });
    expect(await getDeal(em, id)).toMatchObject({
      STAGE_ID: `C${p}:WON`,
      CLOSED: 'Y',
      STAGE_SEMANTIC_ID: 'S',
    });
    const history = (await ok(em, 'crm.stagehistory.list', { entityTypeId: 2, filter: { OWNER_ID: id } }))
      .items;
    expect(history.map((h: Json) => h.STAGE_ID)).toEqual([`C${p}:NEW`, `C${p}:WON`]);
  });

  it('a deal on a stage keeps the stage from being deleted, until the deal is deleted', async () => {
    const em = emulator();
    const id: number = await ok(em, 'crm.deal.add', { fields: { STAGE_ID: 'PREPARATION' } });
    const stage = ((await ok(em, 'crm.status.list', { filter: { ENTITY_ID: 'DEAL_STAGE' } })) as Json[]).find(
      (s) => s.STATUS_ID === 'PREPARATION',
    );
    expect((await fail(em, 'crm.status.delete', { id: stage.ID })).description).toBe(
      'There are active items in this status.',
    );
    expect(await ok(em, 'crm.deal.delete', { id })).toBe(true);
    expect(await ok(em, 'crm.status.delete', { id: stage.ID })).toBe(true);
  });

  it('a missing deal is "Not found"; a bad id "ID is not defined or invalid."', async () => {
    const em = emulator();
    expect(await fail(em, 'crm.deal.update', { id: 404, fields: { TITLE: 'x' } })).toEqual({
      status: 400,
      error: '',
      description: 'Not found',
    });
    expect((await call(em, 'crm.deal.delete', { id: 0 })).body.error_description).toBe(
      'ID is not defined or invalid.',
    );
  });
});
