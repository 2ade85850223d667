import { describe, expect, it } from 'vitest';
import { stableStringify } from '../../src/core/hash.js';
import type { RowFamily } from '../../src/standards/audit-data.js';
import {
  activityRow,
  BadRow,
  callRow,
  dealRow,
  rowFromJson,
  taskRow,
} from '../../src/standards/audit-rows.js';

const DEAL = {
  stage: 'C1:NEW',
  id: 7,
  nps: false,
  category: 1,
  assigned: 3,
  contact: null,
  created: '2026-01-01T00:00:00Z',
  entered: null,
  closed: null,
};
const ACTIVITY = { type: 2, owner: 7, id: 11, provider: 'CALL', deadline: null };
const TASK = {
  title: 'Звонок',
  status: 2,
  id: 5,
  deadline: '2026-01-02T00:00:00Z',
  deals: [7, 9],
  responsible: 3,
  created: null,
};
const CALL = { user: 3, id: 1, start: '2026-01-01T10:00:00Z', duration: 60, recorded: true };

describe('audit rows in canonical form (the streamed fingerprint hashes JSON.stringify of a row)', () => {
  it.each([
    ['deal', dealRow(DEAL)],
    ['activity', activityRow(ACTIVITY)],
    ['task', taskRow(TASK)],
    ['call', callRow(CALL)],
  ])('JSON.stringify of a %s row is its stable form', (_name, row) => {
    expect(JSON.stringify(row)).toBe(stableStringify(row));
  });

  it.each<[RowFamily, unknown]>([
    ['openDeals', DEAL],
    ['wonDeals', { ...DEAL, closed: '2026-01-03T00:00:00Z', nps: true }],
    ['openActivities', ACTIVITY],
    ['tasks', TASK],
    ['calls', CALL],
    ['recentDeals', 42],
    ['emailDeals', 43],
  ])('a %s row read back from a snapshot is rebuilt in canonical form', (family, row) => {
    const back = rowFromJson(family, row);
    expect(back).toEqual(row);
    expect(JSON.stringify(back)).toBe(stableStringify(row));
  });

  it.each<[RowFamily, unknown]>([
    ['openDeals', { ...DEAL, id: '7' }],
    ['openDeals', { ...DEAL, nps: 'N' }],
    ['lostDeals', [DEAL]],
    ['openActivities', { ...ACTIVITY, provider: null }],
    ['tasks', { ...TASK, deals: ['D_7'] }],
    ['calls', { ...CALL, recorded: 1 }],
    ['recentDeals', 1.5],
    ['emailDeals', null],
  ])('a %s row that b24cfg does not write is refused: %j', (family, row) => {
    expect(() => rowFromJson(family, row)).toThrow(BadRow);
  });
});
