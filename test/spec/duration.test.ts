import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/core/errors.js';
import { formatDuration, parseDuration, tryParseDuration } from '../../src/spec/duration.js';

describe('parseDuration', () => {
  it.each([
    ['15m', 900],
    ['2h', 7200],
    ['3d', 259_200],
    ['90s', 90],
    [900, 900],
    [0, 0],
    ['1h30m', 5400],
    ['1d2h3m4s', 93_784],
    [' 15m ', 900],
  ] as const)('%j → %i seconds', (input, seconds) => {
    expect(parseDuration(input)).toBe(seconds);
  });

  it.each(['', '15', '15 m', '1w', '15min', '-5m', 'm', '30m1h', '1.5h'])(
    'refuses %j with a clear error',
    (input) => {
      expect(() => parseDuration(input)).toThrow(CliError);
      try {
        parseDuration(input);
      } catch (e) {
        const err = e as CliError;
        expect(err.code).toBe('SPEC_BAD_DURATION');
        expect(err.render('en').message).toContain(`"${input}"`);
        expect(err.render('ru').hint).toContain('15m');
      }
    },
  );

  it.each([-1, 1.5, Number.NaN, Infinity])('refuses the number %d', (n) => {
    expect(tryParseDuration(n)).toBeUndefined();
  });

  it('formats seconds back into the same notation', () => {
    expect([900, 5400, 0, 86_461].map(formatDuration)).toEqual(['15m', '1h30m', '0s', '1d1m1s']);
  });
});
