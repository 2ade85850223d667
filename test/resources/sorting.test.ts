import { describe, expect, it } from 'vitest';
import { assignSorts } from '../../src/resources/sorting.js';

const sorts = (slots: Array<[string, number?]>, floor?: number) =>
  Object.fromEntries(
    assignSorts(
      slots.map(([key, current]) => ({ key, current })),
      10,
      floor,
    ),
  );

describe('assignSorts (minimal churn)', () => {
  it.each<[string, Array<[string, number?]>, Record<string, number>]>([
    ['all new: 10, 20, 30', [['a'], ['b'], ['c']], { a: 10, b: 20, c: 30 }],
    [
      'existing in order are kept as they are',
      [
        ['a', 100],
        ['b', 150],
        ['c', 400],
      ],
      { a: 100, b: 150, c: 400 },
    ],
    [
      'a new one between two existing gets the midpoint',
      [['a', 10], ['x'], ['b', 20]],
      { a: 10, x: 15, b: 20 },
    ],
    [
      'two new ones between existing are spread',
      [['a', 10], ['x'], ['y'], ['b', 40]],
      { a: 10, x: 20, y: 30, b: 40 },
    ],
    ['new ones at the end follow by the step', [['a', 10], ['x'], ['y']], { a: 10, x: 20, y: 30 }],
    ['new at the front fits below the first existing', [['x'], ['a', 50]], { x: 25, a: 50 }],
    [
      'a reorder renumbers everything',
      [
        ['b', 20],
        ['a', 10],
        ['c', 30],
      ],
      { b: 10, a: 20, c: 30 },
    ],
    ['no room between neighbours renumbers', [['a', 10], ['x'], ['b', 11]], { a: 10, x: 20, b: 30 }],
    [
      'ties are kept (the portal orders them by id)',
      [
        ['a', 200],
        ['b', 200],
      ],
      { a: 200, b: 200 },
    ],
    ['sort 0 of the default pipeline is kept', [['d', 0], ['x'], ['b', 200]], { d: 0, x: 100, b: 200 }],
    ['a new object cannot go below an existing 0', [['x'], ['d', 0]], { x: 10, d: 20 }],
  ])('%s', (_name, slots, expected) => {
    expect(sorts(slots)).toEqual(expected);
  });

  it('respects a floor: everything must sort strictly above it', () => {
    expect(sorts([['w', 5]], 10)).toEqual({ w: 20 });
    expect(sorts([['w', 15], ['x']], 10)).toEqual({ w: 15, x: 25 });
    expect(
      sorts(
        [
          ['w', 10],
          ['x', 20],
        ],
        10,
      ),
    ).toEqual({ w: 20, x: 30 });
  });
});
