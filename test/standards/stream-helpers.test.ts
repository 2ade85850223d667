import { describe, expect, it } from 'vitest';
import { text } from '../../src/core/i18n.js';
import { samples } from '../../src/standards/define.js';
import { IdSet } from '../../src/standards/helpers/id-set.js';
import { SampleKeeper } from '../../src/standards/helpers/sample-keeper.js';
import type { Sample } from '../../src/standards/types.js';

describe('IdSet: one bit per portal id', () => {
  it.each([
    { ids: [], has: [], ascending: [] },
    { ids: [3, 1, 3, 2], has: [1, 2, 3], ascending: [1, 2, 3] },
    {
      ids: [0, 31, 32, 65_535, 65_536, 1_000_000],
      has: [0, 31, 32, 65_535, 65_536, 1_000_000],
      ascending: [0, 31, 32, 65_535, 65_536, 1_000_000],
    },
    { ids: [5, -1, 2.5], has: [5, -1, 2.5], ascending: [-1, 2.5, 5] },
  ])('$ids', ({ ids, has, ascending }) => {
    const s = new IdSet();
    for (const id of ids) s.add(id);
    for (const id of has) expect(s.has(id)).toBe(true);
    expect(s.has(4)).toBe(false);
    expect(s.has(65_537)).toBe(false);
    expect([...s.ascending()]).toEqual(ascending);
  });
});

describe('SampleKeeper = samples() of the whole list', () => {
  const sample = (id: number, note: string): Sample => ({ id, label: `#${id}`, note: text(note, note) });
  it.each([
    { name: 'none', ids: [] },
    { name: 'fewer than the limit', ids: [9, 3, 5] },
    { name: 'ascending, more than the limit', ids: Array.from({ length: 25 }, (_, i) => i + 1) },
    { name: 'descending, more than the limit', ids: Array.from({ length: 25 }, (_, i) => 100 - i) },
    { name: 'equal ids keep their order', ids: [4, 2, 4, 1, 4, 3, 2, 9, 8, 7, 6, 5, 4, 4] },
  ])('$name', ({ ids }) => {
    const keeper = new SampleKeeper();
    const all: Sample[] = [];
    ids.forEach((id, i) => {
      keeper.add(id, () => sample(id, String(i)));
      all.push(sample(id, String(i)));
    });
    const title = text('Т', 'T');
    expect(keeper.count).toBe(ids.length);
    expect(keeper.group(title)).toEqual(samples(title, all));
  });

  it('builds only the samples it keeps', () => {
    const keeper = new SampleKeeper(2);
    const built: number[] = [];
    for (const id of [5, 4, 3, 2, 1])
      keeper.add(id, () => {
        built.push(id);
        return sample(id, '');
      });
    keeper.group(text('Т', 'T'));
    expect(built).toEqual([1, 2]);
  });
});
