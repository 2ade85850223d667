import { describe, expect, it } from 'vitest';
import { verdicts, type CommandRow } from '../../bench/report.js';
import type { LoggedCall } from '../../bench/sandbox-host.js';
import { auditDependentRequests, paceFloorMs } from '../../bench/timing.js';

const standard = { burst: 50, perSecond: 2, latencyMs: 100 };

describe('paceFloorMs', () => {
  it.each([
    // Over the burst the bucket sets the floor: (R − 49) / 2 s.
    [80, 37, 15_500],
    [67, 20, 9_000],
    // Under it, the requests that wait for each other do.
    [25, 13, 1_300],
    [49, 3, 300],
    [0, 0, 0],
  ])('%i requests, %i of them one after another: %i ms', (requests, dependent, want) => {
    expect(paceFloorMs(requests, dependent, standard)).toBe(want);
  });
});

describe('auditDependentRequests', () => {
  const call = (request: number, method: string, params: Record<string, unknown> = {}): LoggedCall => ({
    request,
    method,
    params,
  });
  const page = (request: number, method: string, filter: Record<string, unknown>, cursor: unknown) =>
    call(request, method, { filter: { ...filter, '>ID': cursor }, order: { ID: 'ASC' }, start: -1 });

  it('the configuration read and the counts, then the longest chain of one scan', () => {
    const log = [
      call(0, 'crm.category.list'),
      call(0, 'crm.status.list'),
      call(1, 'crm.deal.list', { filter: {}, start: 0 }),
      // Scan A (open deals) runs over requests 2, 3, 5, 6; scan B (won deals) over 2 and 4.
      page(2, 'crm.deal.list', { CLOSED: 'N' }, 0),
      page(2, 'crm.deal.list', { CLOSED: 'N' }, '$result[s0p0][49][ID]'),
      page(2, 'crm.deal.list', { STAGE_SEMANTIC_ID: 'S' }, 0),
      page(3, 'crm.deal.list', { CLOSED: 'N' }, 100),
      page(4, 'crm.deal.list', { STAGE_SEMANTIC_ID: 'S' }, 50),
      page(5, 'crm.deal.list', { CLOSED: 'N' }, 150),
      page(6, 'crm.deal.list', { CLOSED: 'N' }, 200),
    ];
    expect(auditDependentRequests(log)).toBe(2 + 4);
  });

  it('without scan pages every request counts', () => {
    expect(auditDependentRequests([call(0, 'a'), call(1, 'b'), call(1, 'c')])).toBe(2);
  });
});

describe('network against the pace floor', () => {
  it('is the network phase over the floor, where both are known', () => {
    const row: CommandRow = {
      size: 'data',
      command: 'audit',
      b24: {
        runs: 1,
        httpRequests: 80,
        restCalls: 3899,
        refused: 0,
        wallMs: 18_000,
        networkMs: 15_810,
        load: 1,
      },
      pace: { floorMs: 15_500, dependent: 37 },
    };
    expect(verdicts(row).networkVsPace).toBeCloseTo(1.02, 2);
    delete row.pace;
    expect(verdicts(row).networkVsPace).toBeUndefined();
  });
});
