import { describe, expect, it } from 'vitest';
import { phpCompare, phpGreaterThanZero, phpTruthy, isNumericString } from '../../src/sandbox/php.js';

/** docs/bitrix24/parity.md#php-comparison: the sandbox reads values the way PHP 8 compares them. */
describe('PHP 8 comparison (parity.md#php-comparison)', () => {
  it.each([
    ['false', true],
    ['true', true],
    ['N', true],
    ['Y', true],
    ['abc', true],
    ['1', true],
    [' 1', true],
    ['1abc', true],
    ['0', false],
    ['', false],
    ['-1', false],
    ['0.0', false],
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    [null, false],
    [undefined, false],
    [['x'], true],
  ])('%j > 0 is %s', (v, expected) => {
    expect(phpGreaterThanZero(v)).toBe(expected);
  });

  it.each([
    ['N', true],
    ['false', true],
    ['0', false],
    ['', false],
    [0, false],
    [1, true],
    ['Y', true],
    [[], false],
    [{}, false],
    [null, false],
  ])('%j is truthy: %s', (v, expected) => {
    expect(phpTruthy(v)).toBe(expected);
  });

  it('compares numeric strings as numbers and other strings as bytes', () => {
    expect(phpCompare('10', '9')).toBe(1);
    expect(phpCompare('10', '9a')).toBe(-1);
    expect(phpCompare(50, '60')).toBe(-1);
    expect(phpCompare('abc', 50)).toBe(1);
    expect(phpCompare(null, 0)).toBe(0);
    expect(phpCompare(null, '')).toBe(0);
    expect(isNumericString(' 12 ')).toBe(true);
    expect(isNumericString('1e3')).toBe(true);
    expect(isNumericString('0x1A')).toBe(false);
  });
});
