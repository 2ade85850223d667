import { describe, expect, it } from 'vitest';
import { parseRequestSummary } from '../../bench/cli-child.js';
import { auditFloor, floorOfLog, parseArgs } from '../../bench/main.js';
import {
  combine,
  markdownTable,
  rowNotes,
  textTable,
  verdicts,
  type CommandRow,
} from '../../bench/report.js';
import type { LoggedCall } from '../../bench/sandbox-host.js';

const row = (b24: number, floor: number, naive?: number): CommandRow => ({
  size: 'medium',
  command: 'apply',
  b24: { runs: 3, httpRequests: b24, restCalls: 10 * b24, refused: 0, wallMs: 1000, load: 1 },
  floor: { phases: [{ cls: 'write', calls: floor * 50 }], requests: floor },
  naive:
    naive === undefined
      ? undefined
      : { httpRequests: naive, restCalls: naive, wallMs: 1, modeled: true, retries: 0 },
});

describe('verdicts', () => {
  it.each([
    [7, 7, 335, true, 1, 335 / 7],
    [8, 5, 100, true, 1.6, 12.5],
    [9, 5, undefined, false, 1.8, undefined],
  ])('b24cfg %i requests, floor %i, naive %s', (b24, floor, naive, ok, vsFloor, vsB24) => {
    const v = verdicts(row(b24, floor, naive));
    expect(v.floorOk).toBe(ok);
    expect(v.b24VsFloor).toBeCloseTo(vsFloor);
    if (vsB24 === undefined) expect(v.naiveVsB24).toBeUndefined();
    else expect(v.naiveVsB24).toBeCloseTo(vsB24);
  });

  it('adds plan and apply into one row', () => {
    const both = combine('medium', row(1, 1, 18), row(7, 7, 335));
    expect(both?.command).toBe('plan+apply');
    expect(both?.b24?.httpRequests).toBe(8);
    expect(both?.floor?.requests).toBe(8);
    expect(both?.naive?.httpRequests).toBe(353);
  });
});

describe('rowNotes', () => {
  it('names refusals by the bucket, naive retries and errors; nothing for a clean row', () => {
    expect(rowNotes(row(7, 7, 335))).toEqual([]);
    const r = row(81, 79, 3905);
    r.b24!.refused = 1;
    r.naive!.retries = 2;
    r.errors = ['exit 1: boom'];
    const notes = rowNotes(r);
    expect(notes).toHaveLength(3);
    expect(notes[0]).toMatch(/refused 1 time\(s\) with 503/);
    expect(notes[1]).toMatch(/retried 2 time/);
    expect(notes[2]).toBe('ERROR exit 1: boom');
  });
});

describe('floors from a call log', () => {
  const calls = (
    request: number,
    method: string,
    n: number,
    params: Record<string, unknown> = {},
  ): LoggedCall[] => Array.from({ length: n }, () => ({ request, method, params }));

  it('sums ceil(calls / 50) over the phases of an apply', () => {
    const log = [
      ...calls(0, 'crm.status.list', 18),
      ...calls(1, 'crm.status.add', 50),
      ...calls(2, 'crm.status.add', 50),
      ...calls(3, 'crm.category.add', 27),
      ...calls(4, 'crm.category.list', 18),
    ];
    const f = floorOfLog(log);
    expect(f.phases).toEqual([
      { cls: 'config', calls: 18 },
      { cls: 'write', calls: 127 },
      { cls: 'config', calls: 18 },
    ]);
    expect(f.requests).toBe(5);
  });

  it('counts an audit as its configuration read, then the counts and ceil(rows / 50) pages of each scan', () => {
    const page = { start: -1, filter: { '>id': 0 } };
    const log = [
      ...calls(0, 'crm.category.list', 18),
      ...calls(1, 'crm.item.list', 20, { start: 0 }),
      ...calls(2, 'crm.item.list', 50, page),
    ];
    const f = auditFloor(log, [{ total: 100_000 }, { total: 49 }, { total: 0 }]);
    expect(f.phases).toEqual([
      { cls: 'config', calls: 18 },
      { cls: 'data', calls: 20 + 2000 + 1 },
    ]);
    expect(f.requests).toBe(1 + 41);
  });
});

describe('parseRequestSummary', () => {
  it.each([
    ['Portal requests: 7 HTTP, 263 REST calls\n', { httpRequests: 7, restCalls: 263 }],
    ['x\nPortal requests: 1 HTTP, 1 REST call, 2 retries, waited 3.0 s\n', { httpRequests: 1, restCalls: 1 }],
    ['Запросов к порталу: 1 HTTP, 18 вызовов REST', undefined],
  ])('%j', (stderr, want) => {
    expect(parseRequestSummary(stderr)).toEqual(want);
  });
});

describe('parseArgs', () => {
  it('runs once with --quick, three times otherwise, 80 ms latency, every part', () => {
    const q = parseArgs(['--quick']);
    expect([q.quick, q.runs, q.latencyMs, q.naiveReal.size]).toEqual([true, 1, 80, 0]);
    const f = parseArgs([]);
    expect([f.quick, f.runs, [...f.naiveReal]]).toEqual([false, 3, ['small']]);
    expect([...f.only].sort()).toEqual(['cold', 'data', 'fleet', 'large', 'local', 'medium', 'small']);
  });

  it.each([
    [
      ['--runs', '5', '--latency=20', '--only', 'small,data'],
      { runs: 5, latencyMs: 20, only: ['small', 'data'] },
    ],
    [['--data-scale', '0.1'], { dataScale: 0.1 }],
    [['--only', 'fleet'], { processingMs: 245 }],
    [['--only', 'fleet', '--processing', '0'], { processingMs: 0 }],
    [['--quick'], { processingMs: 24.5 }],
    [['--quick', '--processing', '245'], { processingMs: 245 }],
  ])('%j', (argv, want) => {
    const o = parseArgs(argv);
    if ('runs' in want) expect(o.runs).toBe(want.runs);
    if ('latencyMs' in want) expect(o.latencyMs).toBe(want.latencyMs);
    if ('only' in want) expect([...o.only]).toEqual(want.only);
    if ('dataScale' in want) expect(o.dataScale).toBe(want.dataScale);
    if ('processingMs' in want) expect(o.processingMs).toBe(want.processingMs);
  });

  it.each([[['--runs', '0']], [['--latency', '-1']], [['--data-scale', '2']], [['--processing', 'x']]])(
    'refuses %j',
    (argv) => {
      expect(() => parseArgs(argv)).toThrow();
    },
  );
});

describe('tables', () => {
  it('pads the text table and escapes pipes in markdown', () => {
    expect(textTable(['a', 'bb'], [['ccc', 'd']])).toBe('a    bb\n---  --\nccc  d');
    expect(markdownTable(['x'], [['a|b']])).toBe('| x |\n|---|\n| a\\|b |');
  });
});
