import { describe, expect, it } from 'vitest';
import { fleetSizes, renderFleet, type FleetBenchResult } from '../../bench/fleet.js';
import { markdownTable } from '../../bench/report.js';

const portal = (name: string, deals: number, aloneMs: number) => ({
  name,
  deals,
  aloneMs,
  aloneHttp: 3,
  fleetHttp: 3,
});

function result(fleetMs: number): FleetBenchResult {
  const slowest = portal('portal-01', 60_000, 10_000);
  return {
    portals: 20,
    concurrency: 20,
    latencyMs: 80,
    processingMs: 250,
    fleetCpuMs: 6000,
    fleetServerCpuMs: 2000,
    cores: 2,
    scored: 17,
    failed: { auth: 2, 'not-a-portal': 1 },
    exitCode: 5,
    fleetMs,
    httpRequests: 180,
    refused: 0,
    slowest,
    ratio: fleetMs / slowest.aloneMs,
    sequentialMs: 40_000,
    load: 1.2,
    each: [slowest, portal('portal-02', 0, 400)],
  };
}

describe('the fleet bench', () => {
  it('17 scored portals of mixed sizes, the largest past one burst of requests; --quick a tenth of them', () => {
    const full = fleetSizes(false);
    expect(full).toHaveLength(17);
    expect(Math.max(...full)).toBeGreaterThanOrEqual(50_000);
    expect(full.filter((d) => d === 0).length).toBeGreaterThan(0);
    expect(fleetSizes(true)).toEqual(full.map((d) => Math.round(d / 10)));
  });

  it.each([
    [12_000, '1.20×', 'yes'],
    [14_000, '1.40×', 'NO'],
  ])('a fleet of %i ms against a slowest portal of 10 s: %s, within 1.3: %s', (ms, ratio, verdict) => {
    const text = renderFleet(result(ms), markdownTable);
    expect(text).toContain(`| ${ratio} | ${verdict} |`);
    expect(text).toContain('2 auth, 1 not-a-portal');
    expect(text).toContain('| portal-01 | 60000 | 10.0 s |');
    expect(text).toContain('250 ms of server time a REST call');
    expect(text).toContain(
      'CPU: the fleet run took 6.0 s of the CLI and 2.0 s of the portals, 4.0 s a core on 2 cores',
    );
  });
});
