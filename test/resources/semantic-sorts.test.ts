import { describe, expect, it } from 'vitest';
import { semanticSorts } from '../../src/resources/semantic-sorts.js';

/**
 * process < success < failure (docs/bitrix24/stages.md#sort-rules), shared by deal stages and lead statuses.
 */
describe('semanticSorts', () => {
  const run = (input: Parameters<typeof semanticSorts>[0]) => {
    const r = semanticSorts(input);
    return { fits: r.fits, sorts: Object.fromEntries(r.sorts) };
  };

  it('keeps a portal that already satisfies the rule', () => {
    expect(
      run({
        process: [
          { key: 'NEW', current: 10 },
          { key: 'A', current: 20 },
        ],
        success: { key: 'WON', current: 30 },
        anchoredFailure: { key: 'LOSE', current: 40 },
        failures: [{ key: 'R1', current: 50 }],
        keptProcessSorts: [],
        keptFailureSorts: [],
      }),
    ).toEqual({ fits: true, sorts: { NEW: 10, A: 20, WON: 30, LOSE: 40, R1: 50 } });
  });

  it('moves success above new process statuses and failures above success', () => {
    const r = run({
      process: [{ key: 'NEW', current: 10 }, { key: 'A', current: 20 }, { key: 'B' }, { key: 'C' }],
      success: { key: 'WON', current: 30 },
      anchoredFailure: { key: 'LOSE', current: 40 },
      failures: [{ key: 'R1', current: 40 }],
      keptProcessSorts: [],
      keptFailureSorts: [],
    });
    expect(r.fits).toBe(true);
    const s = r.sorts;
    expect(Math.max(s.NEW!, s.A!, s.B!, s.C!)).toBeLessThan(s.WON!);
    expect(Math.min(s.LOSE!, s.R1!)).toBeGreaterThan(s.WON!);
  });

  it('fits success below a failure status kept outside the spec, or says it cannot', () => {
    const fits = run({
      process: [{ key: 'A', current: 70 }],
      success: { key: 'WON' },
      failures: [],
      keptProcessSorts: [],
      keptFailureSorts: [80],
    });
    expect(fits).toEqual({ fits: true, sorts: { A: 70, WON: 75 } });
    const blocked = run({
      process: [{ key: 'A', current: 79 }],
      success: { key: 'WON' },
      failures: [],
      keptProcessSorts: [],
      keptFailureSorts: [80],
    });
    expect(blocked.fits).toBe(false);
    expect(blocked.sorts.WON).toBeUndefined();
    expect(blocked.sorts.A).toBe(79);
  });

  it('puts new loss reasons after the system failure status', () => {
    expect(
      run({
        process: [{ key: 'NEW', current: 10 }],
        success: { key: 'WON', current: 60 },
        anchoredFailure: { key: 'LOSE', current: 70 },
        failures: [{ key: 'R1' }, { key: 'R2' }],
        keptProcessSorts: [],
        keptFailureSorts: [],
      }).sorts,
    ).toEqual({ NEW: 10, WON: 60, LOSE: 70, R1: 80, R2: 90 });
  });
});
