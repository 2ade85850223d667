import { describe, expect, it } from 'vitest';
import { combineFindings, gradeOf, pointsOf, scoreOf } from '../../src/standards/score.js';
import type { Finding, Part, Status } from '../../src/standards/types.js';

const f = (part: Part, status: Status, ratio?: number, scored = true): Finding => ({
  part,
  status,
  ...(ratio !== undefined ? { ratio } : {}),
  messageId: 'x',
  message: { ru: 'x', en: 'x' },
  data: {},
  evidence: { read: [], counts: [] },
  scored,
});

describe('points and the combined status of a standard', () => {
  it.each<[Status, number | undefined, number | undefined]>([
    ['pass', undefined, 1],
    ['partial', 0.4, 0.4],
    ['fail', undefined, 0],
    ['manual-attested', undefined, 1],
    ['manual-unattested', undefined, 0],
    ['manual-expired', undefined, 0],
    ['not-applicable', undefined, undefined],
    ['error', undefined, undefined],
  ])('%s earns %s', (status, ratio, points) => {
    expect(pointsOf(f('data', status, ratio))).toBe(points);
  });

  it.each<[string, Finding[], Status, number | undefined]>([
    ['all parts pass', [f('spec', 'pass'), f('config', 'pass')], 'pass', 1],
    ['pass and fail average to partial', [f('spec', 'pass'), f('config', 'fail')], 'partial', 0.5],
    ['partial ratios average', [f('spec', 'partial', 0.5), f('data', 'pass')], 'partial', 0.75],
    ['all fail', [f('spec', 'fail'), f('config', 'fail')], 'fail', 0],
    ['not applicable parts are left out', [f('spec', 'pass'), f('data', 'not-applicable')], 'pass', 1],
    [
      'unscored parts are left out',
      [f('data', 'pass'), f('manual', 'manual-unattested', undefined, false)],
      'pass',
      1,
    ],
    ['an error part is left out when others count', [f('config', 'fail'), f('data', 'error')], 'fail', 0],
    ['only errors: error', [f('data', 'error')], 'error', undefined],
    ['nothing: not applicable', [f('data', 'not-applicable')], 'not-applicable', undefined],
    ['manual alone keeps its manual status', [f('manual', 'manual-expired')], 'manual-expired', 0],
    [
      'manual next to the design averages',
      [f('spec', 'pass'), f('manual', 'manual-unattested')],
      'partial',
      0.5,
    ],
  ])('%s', (_name, findings, status, points) => {
    expect(combineFindings(findings)).toEqual(points === undefined ? { status } : { status, points });
  });
});

describe('the score', () => {
  it('is the weighted share of points, excluding what does not count', () => {
    const s = scoreOf([
      { category: 'structure', weight: 3, points: 1, excluded: false },
      { category: 'structure', weight: 1, points: 0, excluded: false },
      { category: 'discipline', weight: 2, points: 0.5, excluded: false },
      { category: 'discipline', weight: 3, points: 0, excluded: true },
      { category: 'control', weight: 2, excluded: true },
    ]);
    expect(s.value).toBe(66.7);
    expect(s.counted).toBe(3);
    expect(s.weightCounted).toBe(6);
    expect(s.grade).toBe('poor');
    expect(s.byCategory.find((c) => c.category === 'structure')).toEqual({
      category: 'structure',
      value: 75,
      counted: 2,
    });
    expect(s.byCategory.find((c) => c.category === 'control')?.value).toBeNull();
  });

  it('is 0 with nothing to count', () => {
    expect(scoreOf([]).value).toBe(0);
  });

  it.each([
    [100, 'excellent'],
    [90, 'excellent'],
    [89.9, 'very-good'],
    [80, 'very-good'],
    [70, 'good'],
    [55, 'poor'],
    [54.9, 'very-poor'],
    [0, 'very-poor'],
  ])('%s is %s', (v, grade) => {
    expect(gradeOf(v).id).toBe(grade);
  });
});
