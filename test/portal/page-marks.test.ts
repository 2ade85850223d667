import { describe, expect, it } from 'vitest';
import { numeric, pageMarks } from '../../src/portal/page-marks.js';

describe('numeric', () => {
  it.each([
    [50, 50],
    ['50', 50],
    [' 7 ', 7],
    ['1.5', 1.5],
    ['', undefined],
    ['  ', undefined],
    ['abc', undefined],
    [null, undefined],
    [undefined, undefined],
    [Number.NaN, undefined],
    [Number.POSITIVE_INFINITY, undefined],
    [true, undefined],
    [{}, undefined],
  ] as const)('%j → %j', (v, expected) => {
    expect(numeric(v)).toBe(expected);
  });
});

describe('pageMarks', () => {
  it('keeps the numeric marks and leaves out the others (no undefined keys)', () => {
    expect(pageMarks(120, '50')).toEqual({ total: 120, next: 50 });
    expect(pageMarks('120', undefined)).toStrictEqual({ total: 120 });
    expect(pageMarks(undefined, null)).toStrictEqual({});
    expect(Object.keys(pageMarks('', 100))).toEqual(['next']);
  });
});
