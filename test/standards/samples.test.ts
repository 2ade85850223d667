import { describe, expect, it } from 'vitest';
import { dealSample, portalDate } from '../../src/standards/helpers/data.js';
import { PortalBuilder } from '../helpers/portal-state.js';
import { ctx, deal } from './tester.js';

/** Issue 16.10: sample deals in the report showed raw stage codes (C1:STAGE_5) and ISO timestamps. */
describe('report samples', () => {
  it('a sample deal is labelled with its stage name when the portal was read, else its code', () => {
    const state = new PortalBuilder().pipeline(1, 'B2B').build();
    const present = state.statuses.find((s) => s.statusId === 'C1:PREPARATION');
    if (!present) throw new Error('no C1:PREPARATION in the builder');
    present.name = 'Подготовка документов';
    // A lead status with the same code must not lend its name to a deal stage.
    state.statuses.push({ ...present, id: 9999, entityId: 'STATUS', statusId: 'NEW', name: 'Лид: новый' });
    const c = ctx({ state, portalBase: 'http://127.0.0.1:8090' });
    const s = dealSample(c, deal(7, { category: 1, stage: 'C1:PREPARATION' }));
    expect(s.label).toBe('#7 · Подготовка документов');
    expect(s.url).toBe('http://127.0.0.1:8090/crm/deal/details/7/');
    expect(dealSample(c, deal(8, { stage: 'NEW' })).label).toBe('#8 · NEW');
    expect(dealSample(ctx({}), deal(9, { stage: 'C2:X' })).label).toBe('#9 · C2:X');
  });

  it.each([
    ['2026-11-20T14:05:00+03:00', { ru: '20.11.2026 14:05', en: '2026-11-20 14:05' }],
    ['2026-11-20', { ru: '20.11.2026', en: '2026-11-20' }],
    [null, { ru: '?', en: '?' }],
    ['soon', { ru: 'soon', en: 'soon' }],
  ] as const)('portalDate(%s)', (iso, expected) => {
    expect(portalDate(iso)).toEqual(expected);
  });
});
