import { describe, expect, it } from 'vitest';
import { applyWriteChain } from '../../bench/timing.js';

describe('applyWriteChain (the apply rows of the pace floor)', () => {
  it.each([
    ['one request', [{ index: 0, after: [] }], 1],
    [
      'independent requests go side by side',
      [
        { index: 0, after: [] },
        { index: 1, after: [] },
        { index: 2, after: [] },
      ],
      1,
    ],
    [
      'the longest chain of waits, not the number of requests',
      [
        { index: 0, after: [] },
        { index: 1, after: [0] },
        { index: 2, after: [] },
        { index: 3, after: [0, 1] },
        { index: 4, after: [2] },
      ],
      3,
    ],
    ['no requests', [], 0],
  ])('%s', (_name, requests, want) => {
    expect(applyWriteChain(requests)).toBe(want);
  });

  it('is unknown for a journal of a build that did not record its waits', () => {
    expect(applyWriteChain([{ index: 0 }, { index: 1 }])).toBeUndefined();
  });
});
