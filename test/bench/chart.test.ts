import { describe, expect, it } from 'vitest';
import { fmtDuration, renderChart } from '../../bench/chart.js';
import { auditRuns, dealsName, parseArgs } from '../../bench/main.js';
import type { BenchResult, CommandRow } from '../../bench/report.js';

const audit = (deals: number, latencyMs: number, requests: number, rss: number): CommandRow => ({
  size: `data ${dealsName(deals)}`,
  command: 'audit',
  b24: {
    runs: 1,
    httpRequests: requests,
    restCalls: requests * 50,
    refused: 0,
    wallMs: 1000,
    peakRssMb: rss,
    load: 1,
  },
  floor: { phases: [], requests },
  pace: { floorMs: 900, dependent: 10 },
  naive: { httpRequests: requests * 50, restCalls: requests * 50, wallMs: 60_000, modeled: true, retries: 0 },
  data: { deals, latencyMs, limits: deals <= 100_000 },
});

const result = (rows: CommandRow[]): BenchResult => ({
  version: 1,
  startedAt: '',
  finishedAt: '',
  mode: 'full',
  options: { runs: 1, latencyMs: 80, burst: 50, perSecond: 2 },
  machine: { nproc: 2, cpuModel: 'x', memoryGb: 1, node: 'v20', platform: 'linux' },
  rows,
  sizes: {},
});

describe('the chart of BENCHMARKS.md', () => {
  it('draws requests, wall time and RSS of the audits at the bench latency, by portal size', () => {
    const svg = renderChart(
      result([
        audit(10_000, 80, 13, 110),
        audit(100_000, 80, 110, 200),
        audit(100_000, 100, 110, 210),
        audit(1_000_000, 80, 867, 400),
      ]),
    );
    expect(svg).toMatch(/^<svg /);
    for (const title of [
      'HTTP requests',
      'wall time',
      'peak RSS of the CLI',
      'target 500 MB',
      '1M: b24cfg measured without the rate limit',
    ])
      expect(svg).toContain(title);
    // Three series of three sizes on the first two panels, one on the third: the 100 ms row is not drawn.
    expect(svg?.match(/<polyline /g)).toHaveLength(7);
    expect(svg?.match(/<circle /g)).toHaveLength(3 * 3 * 2 + 3);
  });

  it('is not written when no data portal was audited', () => {
    expect(renderChart(result([]))).toBeUndefined();
  });

  it.each([
    [100, '100 ms'],
    [1000, '1 s'],
    [100_000, '100 s'],
    [1_000_000, '17 min'],
    [10_000_000, '2.8 h'],
  ])('%i ms reads %s', (ms, text) => expect(fmtDuration(ms)).toBe(text));
});

describe('the data audits of a bench run (issue #18)', () => {
  it.each([
    [[], ['data 10k@80', 'data 100k@80', 'data 100k@100', 'data 1M@80 no limits, 1 run, naive modelled']],
    [['--quick'], ['data 100k@80']],
    [['--audit-deals', '5000', '--audit-latency', '80'], ['data 5k@80']],
  ])('%j', (argv, expected) => {
    const runs = auditRuns(parseArgs(argv));
    expect(
      runs.map(
        (r) =>
          `data ${dealsName(r.deals)}@${r.latencyMs}${r.limits ? '' : ' no limits'}${r.runs === 1 && !r.limits ? ', 1 run' : ''}${r.naive === 'model' && !r.limits ? ', naive modelled' : ''}`,
      ),
    ).toEqual(expected);
  });
});
