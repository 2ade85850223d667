import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/spec/suggest.js';

describe('did-you-mean suggestions', () => {
  it.each([
    ['stges', 'stages', 1],
    ['satges', 'stages', 1],
    ['stages', 'stages', 0],
    ['kitten', 'sitting', 3],
  ])('edit distance %s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it('suggests the closest key and nothing for unrelated words', () => {
    const keys = ['stages', 'won', 'lost', 'name', 'key'];
    expect(closest('stges', keys)).toBe('stages');
    expect(closest('Stages', keys)).toBe('stages');
    expect(closest('budget', keys)).toBeUndefined();
    expect(closest('x', [])).toBeUndefined();
  });
});
