import { describe, expect, it } from 'vitest';
import { assignSorts } from '../../src/resources/sorting.js';

const sorts = (slots: Array<[string, number?]>) =>
  Object.fromEntries(assignSorts(slots.map(([key, current]) => ({ key, current }))));

describe('assignSorts (minimal churn)', () => {
  it.each([
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
      'equal sorts renumber',
      [
        ['a', 10],
        ['b', 10],
      ],
      { a: 10, b: 20 },
    ],
  ] as const)('%s', (_name, slots, expected) => {
    expect(sorts(slots as unknown as Array<[string, number?]>)).toEqual(expected);
  });
});
