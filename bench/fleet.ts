/**
 * `npm run bench -- --only fleet` (issue 19, BENCHMARKS.md#many-portals-issue-19): a fleet of 20 sandbox
 * portals over HTTP, each with the standard plan's bucket and the bench's latency: 17 of mixed sizes, two
 * named with a wrong webhook secret, one a web server that is not Bitrix24. `b24cfg fleet audit` runs them
 * all at `--concurrency 20`; then each of the 17 is audited alone (`b24cfg audit --portal`), on a new server
 * with a full bucket. The target: the fleet's wall time ≤ 1.3 × the slowest single audit, with no request
 * refused by any portal's bucket.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshPortalState, generatePortal, type SandboxState } from '../src/sandbox/index.js';
import { runCliChild } from './cli-child.js';
import { load1 } from './machine.js';
import { startHost, type SandboxHost } from './sandbox-host.js';

export interface FleetBenchPortal {
  name: string;
  deals: number;
  /** The portal audited alone: wall time of `b24cfg audit --portal`, and its requests. */
  aloneMs: number;
  aloneHttp: number;
  /** In the fleet run: its requests, as the server counted them. */
  fleetHttp: number;
}

export interface FleetBenchResult {
  portals: number;
  concurrency: number;
  latencyMs: number;
  scored: number;
  failed: Record<string, number>;
  exitCode: number;
  fleetMs: number;
  fleetPeakRssMb?: number;
  /** HTTP requests all portals received during the fleet run, and how many a bucket refused (503). */
  httpRequests: number;
  refused: number;
  slowest: FleetBenchPortal;
  /** fleetMs / slowest.aloneMs; the target is ≤ 1.3. */
  ratio: number;
  sequentialMs: number;
  load: number;
  each: FleetBenchPortal[];
  errors?: string[];
}

/** Deals per scored portal: mixed sizes, the largest past the standard plan's burst of 50 requests. */
export function fleetSizes(quick: boolean): number[] {
  const full = [
    60_000, 30_000, 20_000, 10_000, 10_000, 5000, 5000, 2000, 2000, 1000, 1000, 500, 0, 0, 0, 0, 0,
  ];
  return quick ? full.map((d) => Math.round(d / 10)) : full;
}

const WRONG_SECRET = new Set([4, 11]);
const NOT_A_PORTAL = 16;
const N = 20;

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

async function notAPortal(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html><body><h1>Welcome to nginx!</h1></body></html>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/rest/1/notaportal0000/`,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

interface Slot {
  name: string;
  kind: 'scored' | 'wrong-secret' | 'not-a-portal';
  deals: number;
  state?: SandboxState;
}

/** The 20 entries: 17 scored portals of `sizes`, two with a wrong secret, one that is not a portal. */
function slots(sizes: readonly number[], now: number): Slot[] {
  const out: Slot[] = [];
  let k = 0;
  for (let i = 1; i <= N; i++) {
    const name = `portal-${String(i).padStart(2, '0')}`;
    if (i === NOT_A_PORTAL) out.push({ name, kind: 'not-a-portal', deals: 0 });
    else if (WRONG_SECRET.has(i))
      out.push({ name, kind: 'wrong-secret', deals: 0, state: freshPortalState() });
    else {
      const deals = sizes[k] ?? 0;
      const state = deals === 0 ? freshPortalState() : generatePortal({ deals, seed: k + 1, now }).state;
      k++;
      out.push({ name, kind: 'scored', deals, state });
    }
  }
  return out;
}

export async function benchFleet(o: { quick: boolean; latencyMs: number }): Promise<FleetBenchResult> {
  const sizes = fleetSizes(o.quick);
  log(`  fleet: generating ${sizes.length} portals (${sizes.reduce((a, b) => a + b, 0)} deals in all)`);
  // Dated back from now, the clock of the portals the bench serves (as the data audit's portal is).
  const all = slots(sizes, Date.now());
  const dir = await mkdtemp(join(tmpdir(), 'b24cfg-bench-fleet-'));
  const hosts = new Map<string, SandboxHost>();
  const env: Record<string, string> = {};
  let other: { close(): Promise<void> } | undefined;
  try {
    const lines = ['version: 1', 'portals:'];
    for (const [i, slot] of all.entries()) {
      const key = `P${i + 1}`;
      if (slot.kind === 'not-a-portal') {
        const web = await notAPortal();
        other = web;
        env[key] = web.url;
      } else {
        const host = await startHost({ state: slot.state as SandboxState, latencyMs: o.latencyMs });
        hosts.set(slot.name, host);
        env[key] =
          slot.kind === 'wrong-secret'
            ? host.url.replace(/\/rest\/1\/[^/]+\//, '/rest/1/wrongsecret000/')
            : host.url;
      }
      lines.push(`  - { name: ${slot.name}, portal: "\${env:${key}}" }`);
    }
    await writeFile(join(dir, 'fleet.yaml'), `${lines.join('\n')}\n`);
    const load = load1();
    log('  fleet: b24cfg fleet audit (20 portals, --concurrency 20)');
    const run = await runCliChild(
      ['fleet', 'audit', 'fleet.yaml', '--concurrency', '20', '--no-history', '--format', 'json'],
      { cwd: dir, env, timeoutMs: 30 * 60_000 },
    );
    const errors: string[] = [];
    let result: { portals: Array<{ name: string; score?: unknown; error?: { reason: string } }> } | undefined;
    try {
      result = JSON.parse(run.stdout) as typeof result;
    } catch {
      errors.push(
        `fleet audit: exit ${run.exitCode}: ${run.stderr.trim().split('\n').slice(-3).join(' / ')}`,
      );
    }
    const inFleet = new Map([...hosts].map(([name, h]) => [name, { ...h.counts }]));
    for (const h of hosts.values()) await h.close();
    hosts.clear();

    // Each scored portal alone, on a new server with a full bucket: the single audits the fleet is measured by.
    const each: FleetBenchPortal[] = [];
    let sequentialMs = 0;
    for (const slot of all.filter((x) => x.kind === 'scored')) {
      log(`  fleet: ${slot.name} alone (${slot.deals} deals)`);
      const host = await startHost({ state: slot.state as SandboxState, latencyMs: o.latencyMs });
      try {
        const alone = await runCliChild(['audit', '--portal', host.url, '--format', 'json'], {
          cwd: dir,
          timeoutMs: 30 * 60_000,
        });
        if (![0, 1, 3].includes(alone.exitCode)) errors.push(`${slot.name} alone: exit ${alone.exitCode}`);
        sequentialMs += alone.wallMs;
        each.push({
          name: slot.name,
          deals: slot.deals,
          aloneMs: alone.wallMs,
          aloneHttp: host.counts.httpRequests,
          fleetHttp: inFleet.get(slot.name)?.httpRequests ?? 0,
        });
      } finally {
        await host.close();
      }
    }
    const slowest = each.reduce((a, b) => (b.aloneMs > a.aloneMs ? b : a));
    const failed: Record<string, number> = {};
    for (const p of result?.portals ?? [])
      if (p.error) failed[p.error.reason] = (failed[p.error.reason] ?? 0) + 1;
    const counts = [...inFleet.values()];
    return {
      portals: N,
      concurrency: 20,
      latencyMs: o.latencyMs,
      scored: (result?.portals ?? []).filter((p) => p.score !== undefined).length,
      failed,
      exitCode: run.exitCode,
      fleetMs: run.wallMs,
      ...(run.peakRssKb !== undefined ? { fleetPeakRssMb: run.peakRssKb / 1024 } : {}),
      httpRequests: counts.reduce((n, c) => n + c.httpRequests, 0),
      refused: counts.reduce((n, c) => n + c.refused, 0),
      slowest,
      ratio: run.wallMs / slowest.aloneMs,
      sequentialMs,
      load,
      each,
      ...(errors.length > 0 ? { errors } : {}),
    };
  } finally {
    for (const h of hosts.values()) await h.close();
    await other?.close();
    await rm(dir, { recursive: true, force: true });
  }
}

function secs(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** The fleet section of the bench report: the summary row, then every portal alone. */
export function renderFleet(
  r: FleetBenchResult,
  table: (head: string[], body: string[][]) => string,
): string {
  const failed = Object.entries(r.failed)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  const head = [
    'portals',
    'scored',
    'failed',
    'concurrency',
    'fleet wall',
    'slowest alone',
    'fleet/slowest',
    '≤1.3',
    'one by one',
    'HTTP',
    'refused',
    'peak RSS',
    'load',
  ];
  const body = [
    [
      String(r.portals),
      String(r.scored),
      failed || '0',
      String(r.concurrency),
      secs(r.fleetMs),
      `${secs(r.slowest.aloneMs)} (${r.slowest.deals} deals)`,
      `${r.ratio.toFixed(2)}×`,
      r.ratio <= 1.3 ? 'yes' : 'NO',
      secs(r.sequentialMs),
      String(r.httpRequests),
      String(r.refused),
      r.fleetPeakRssMb !== undefined ? `${Math.round(r.fleetPeakRssMb)} MB` : '—',
      String(r.load),
    ],
  ];
  const each = r.each.map((p) => [
    p.name,
    String(p.deals),
    secs(p.aloneMs),
    String(p.aloneHttp),
    String(p.fleetHttp),
  ]);
  return [
    `Fleet (issue 19): 20 sandbox portals over HTTP, ${r.latencyMs} ms latency, each with the standard bucket; exit ${r.exitCode}`,
    table(head, body),
    '',
    table(['portal', 'deals', 'alone', 'HTTP alone', 'HTTP in the fleet'], each),
    ...(r.errors ?? []).map((e) => `error: ${e}`),
  ].join('\n');
}
