import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { faultRun, emptyFaultCount, type FaultRunOptions, type FaultRunResult } from './helpers/fault-run.js';

vi.mock('../../src/portal/open-portal.js', async (importOriginal) =>
  (await import('./helpers/route-open-portal.js')).routedOpenPortal(await importOriginal()),
);

/**
 * Issue 9, part 1: seeded applies under injected faults, each finished by `apply --resume last`.
 * CI size by default; the full size is `npm run test:faults` (FAULT_RUNS=200 FAULT_HEAVY_RUNS=100).
 * Runs alternate the template and generated specs; every fifth goes over real HTTP (dropped sockets,
 * stalled answers); the heavy runs use a 35 % fault rate to force chains of resumes, started within
 * one second of each other.
 */
const RUNS = Number(process.env.FAULT_RUNS ?? 20);
const HEAVY_RUNS = Number(process.env.FAULT_HEAVY_RUNS ?? 6);
/** Heavy runs start every CLI invocation 5 ms after the last: a failure and its resume share a second. */
const SAME_SECOND_MS = 5;
const REPORT = process.env.FAULT_REPORT;

function plan(count: number, rate: number, firstSeed: number, stepMs?: number): FaultRunOptions[] {
  return Array.from({ length: count }, (_, i) => ({
    seed: firstSeed + i,
    rate,
    spec: i % 2 === 0 ? 'template' : 'generated',
    via: i % 5 === 4 ? 'http' : 'wire',
    stepMs,
  }));
}

const results: FaultRunResult[] = [];

function summary(rs: FaultRunResult[]) {
  const faults = emptyFaultCount();
  for (const r of rs) for (const [k, v] of Object.entries(r.faults)) faults[k as keyof typeof faults] += v;
  const rounds = rs.map((r) => r.rounds);
  return {
    runs: rs.length,
    converged: rs.filter((r) => r.converged && r.problems.length === 0).length,
    http: rs.filter((r) => r.via === 'http').length,
    requests: rs.reduce((a, r) => a + r.requests, 0),
    writeRequests: rs.reduce((a, r) => a + r.writeRequests, 0),
    faults,
    faultsTotal: Object.values(faults).reduce((a, b) => a + b, 0),
    faultsOnWrites: rs.reduce((a, r) => a + r.faultsOnWrites, 0),
    appliedButLost: rs.reduce((a, r) => a + r.appliedButLost, 0),
    roundsMax: Math.max(0, ...rounds),
    roundsMean: rounds.length ? Number((rounds.reduce((a, b) => a + b, 0) / rounds.length).toFixed(2)) : 0,
    roundsHistogram: rounds.reduce<Record<number, number>>((h, n) => ({ ...h, [n]: (h[n] ?? 0) + 1 }), {}),
  };
}

describe('fault suite: seeded applies under faults converge with --resume', () => {
  const started = Date.now();
  afterAll(() => {
    const report = {
      at: new Date().toISOString(),
      seconds: Math.round((Date.now() - started) / 100) / 10,
      normal: summary(results.filter((r) => r.rate < 0.2)),
      heavy: summary(results.filter((r) => r.rate >= 0.2)),
    };
    if (REPORT) writeFileSync(REPORT, `${JSON.stringify(report, null, 2)}\n`);
  });

  it.each(plan(RUNS, 0.1, 1))('10 %% faults · seed $seed · $spec over $via', async (o) => {
    const r = await faultRun(o);
    results.push(r);
    expect(r.problems, r.problems.join('\n')).toEqual([]);
    expect(r.converged).toBe(true);
  });

  it.each(plan(HEAVY_RUNS, 0.35, 10_001, SAME_SECOND_MS))(
    '35 %% faults · seed $seed · $spec over $via',
    async (o) => {
      const r = await faultRun(o);
      results.push(r);
      expect(r.problems, r.problems.join('\n')).toEqual([]);
      expect(r.converged).toBe(true);
    },
  );

  it('the runs above really met faults of every kind, some of them after the portal applied a write', () => {
    const s = summary(results);
    for (const [kind, n] of Object.entries(s.faults)) expect(n, kind).toBeGreaterThan(0);
    expect(s.appliedButLost).toBeGreaterThan(0);
    expect(s.roundsMax).toBeGreaterThan(1);
  });
});
