/**
 * `npm run bench -- --only fleet` (issue 19, BENCHMARKS.md#many-portals-issue-19): a fleet of 20 sandbox
 * portals over HTTP, each with the standard plan's bucket and the bench's latency: 17 of mixed sizes, two
 * named with a wrong webhook secret, one a web server that is not Bitrix24. `b24cfg fleet audit` runs them
 * all at `--concurrency 20`; then each of the 17 is audited alone (`b24cfg audit --portal`), on a new server
 * with a full bucket. The target: the fleet's wall time ≤ 1.3 × the slowest single audit, with no request
 * refused by any portal's bucket. Each portal is served from a worker thread of its own and takes
 * `--processing` ms of server time per REST call, as a real portal does (bench/host-worker.ts,
 * bench/sandbox-host.ts); the CPU time of the CLI and of the portals is measured beside the wall time.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cpus, tmpdir } from 'node:os';
import { runCliChild } from './cli-child.js';
import { startWorkerHost, type PortalRecipe, type WorkerHost } from './host-worker.js';
import { load1 } from './machine.js';
import type { HostCounts } from './sandbox-host.js';

export interface FleetBenchPortal {
  name: string;
  deals: number;
  /** The portal audited alone: wall time of `b24cfg audit --portal`, and its requests. */
  aloneMs: number;
  aloneHttp: number;
  /** CPU time of that audit: the CLI process's, and the portal's (the emulator's work, in the bench process). */
  aloneCpuMs?: number;
  aloneServerCpuMs?: number;
  /** In the fleet run: its requests, as the server counted them. */
  fleetHttp: number;
}

export interface FleetBenchResult {
  portals: number;
  concurrency: number;
  latencyMs: number;
  /** Server time per REST call (the portal model, BENCHMARKS.md#many-portals-issue-19); 0 = answers at once. */
  processingMs?: number;
  scored: number;
  failed: Record<string, number>;
  exitCode: number;
  fleetMs: number;
  fleetPeakRssMb?: number;
  /** CPU time of the fleet run: the CLI process (all 20 audits), and the 20 portals' servers. */
  fleetCpuMs?: number;
  fleetServerCpuMs?: number;
  /** CPU cores of the machine (they are shared with whatever else runs: see `load`). */
  cores?: number;
  /** HTTP requests all portals received during the fleet run, and how many a bucket refused (503). */
  httpRequests: number;
  refused: number;
  slowest: FleetBenchPortal;
  /** fleetMs / slowest.aloneMs; the target is ≤ 1.3. */
  ratio: number;
  sequentialMs: number;
  /** The 1-minute load average before the fleet run, and after the last portal alone. */
  load: number;
  loadAfter?: number;
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

/**
 * The default server time per REST call, ms: the lowest `time.processing` among the documented answers of
 * the list methods the audit scans with (crm.item.list 0.245 s; crm.activity.list 0.876 s; tasks.task.list
 * and voximplant.statistic.get answer in 0.348 s and 0.595 s, reporting no processing part), so the
 * portals are modelled no slower than the docs show them.
 */
export const DEFAULT_PROCESSING_MS = 245;

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
  recipe: PortalRecipe;
}

/** The 20 entries: 17 scored portals of `sizes`, two with a wrong secret, one that is not a portal. */
function slots(sizes: readonly number[], now: number): Slot[] {
  const out: Slot[] = [];
  let k = 0;
  for (let i = 1; i <= N; i++) {
    const name = `portal-${String(i).padStart(2, '0')}`;
    if (i === NOT_A_PORTAL) out.push({ name, kind: 'not-a-portal', recipe: { deals: 0, seed: 0, now } });
    else if (WRONG_SECRET.has(i))
      out.push({ name, kind: 'wrong-secret', recipe: { deals: 0, seed: 0, now } });
    else {
      out.push({ name, kind: 'scored', recipe: { deals: sizes[k] ?? 0, seed: k + 1, now } });
      k++;
    }
  }
  return out;
}

/** CPU time this process (the bench and its portal workers) used since `from`, ms. */
function cpuSince(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return Math.round((d.user + d.system) / 1000);
}

export async function benchFleet(o: {
  quick: boolean;
  latencyMs: number;
  processingMs: number;
}): Promise<FleetBenchResult> {
  const sizes = fleetSizes(o.quick);
  log(
    `  fleet: ${sizes.length} portals (${sizes.reduce((a, b) => a + b, 0)} deals in all), ${o.processingMs} ms a REST call`,
  );
  // Dated back from now, the clock of the portals the bench serves (as the data audit's portal is).
  const all = slots(sizes, Date.now());
  const dir = await mkdtemp(join(tmpdir(), 'b24cfg-bench-fleet-'));
  const hosts = new Map<string, WorkerHost>();
  const env: Record<string, string> = {};
  let other: { close(): Promise<void> } | undefined;
  const serve = (s: Slot) =>
    startWorkerHost({ recipe: s.recipe, latencyMs: o.latencyMs, processingMs: o.processingMs });
  try {
    const lines = ['version: 1', 'portals:'];
    const started = await Promise.all(
      all.map((s) => (s.kind === 'not-a-portal' ? Promise.resolve(undefined) : serve(s))),
    );
    for (const [i, slot] of all.entries()) {
      const key = `P${i + 1}`;
      const host = started[i];
      if (!host) {
        const web = await notAPortal();
        other = web;
        env[key] = web.url;
      } else {
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
    log(`  fleet: b24cfg fleet audit (20 portals, --concurrency 20), load ${load}`);
    const cpu0 = process.cpuUsage();
    const run = await runCliChild(
      ['fleet', 'audit', 'fleet.yaml', '--concurrency', '20', '--no-history', '--format', 'json'],
      { cwd: dir, env, timeoutMs: 60 * 60_000 },
    );
    const fleetServerCpuMs = cpuSince(cpu0);
    const errors: string[] = [];
    let result: { portals: Array<{ name: string; score?: unknown; error?: { reason: string } }> } | undefined;
    try {
      result = JSON.parse(run.stdout) as typeof result;
    } catch {
      errors.push(
        `fleet audit: exit ${run.exitCode}: ${run.stderr.trim().split('\n').slice(-3).join(' / ')}`,
      );
    }
    const inFleet = new Map<string, HostCounts>();
    for (const [name, h] of hosts) inFleet.set(name, await h.counts());
    await Promise.all([...hosts.values()].map((h) => h.close()));
    hosts.clear();

    // Each scored portal alone, on a new server with a full bucket: the single audits the fleet is measured by.
    const each: FleetBenchPortal[] = [];
    let sequentialMs = 0;
    for (const slot of all.filter((x) => x.kind === 'scored')) {
      log(`  fleet: ${slot.name} alone (${slot.recipe.deals} deals)`);
      const host = await serve(slot);
      try {
        const c0 = process.cpuUsage();
        const alone = await runCliChild(['audit', '--portal', host.url, '--format', 'json'], {
          cwd: dir,
          timeoutMs: 60 * 60_000,
        });
        const aloneServerCpuMs = cpuSince(c0);
        if (![0, 1, 3].includes(alone.exitCode)) errors.push(`${slot.name} alone: exit ${alone.exitCode}`);
        sequentialMs += alone.wallMs;
        each.push({
          name: slot.name,
          deals: slot.recipe.deals,
          aloneMs: alone.wallMs,
          aloneHttp: (await host.counts()).httpRequests,
          ...(alone.cpuMs !== undefined ? { aloneCpuMs: alone.cpuMs } : {}),
          aloneServerCpuMs,
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
      processingMs: o.processingMs,
      scored: (result?.portals ?? []).filter((p) => p.score !== undefined).length,
      failed,
      exitCode: run.exitCode,
      fleetMs: run.wallMs,
      ...(run.peakRssKb !== undefined ? { fleetPeakRssMb: run.peakRssKb / 1024 } : {}),
      ...(run.cpuMs !== undefined ? { fleetCpuMs: run.cpuMs } : {}),
      fleetServerCpuMs,
      cores: cpus().length,
      httpRequests: counts.reduce((n, c) => n + c.httpRequests, 0),
      refused: counts.reduce((n, c) => n + c.refused, 0),
      slowest,
      ratio: run.wallMs / slowest.aloneMs,
      sequentialMs,
      load,
      loadAfter: load1(),
      each,
      ...(errors.length > 0 ? { errors } : {}),
    };
  } finally {
    await Promise.all([...hosts.values()].map((h) => h.close()));
    await other?.close();
    await rm(dir, { recursive: true, force: true });
  }
}

function secs(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

const cpuCell = (ms: number | undefined): string => (ms !== undefined ? secs(ms) : '—');

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
    'CLI CPU',
    'portals CPU',
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
      cpuCell(r.fleetCpuMs),
      cpuCell(r.fleetServerCpuMs),
      r.fleetPeakRssMb !== undefined ? `${Math.round(r.fleetPeakRssMb)} MB` : '—',
      r.loadAfter !== undefined ? `${r.load} → ${r.loadAfter}` : String(r.load),
    ],
  ];
  const each = r.each.map((p) => [
    p.name,
    String(p.deals),
    secs(p.aloneMs),
    cpuCell(p.aloneCpuMs),
    cpuCell(p.aloneServerCpuMs),
    String(p.aloneHttp),
    String(p.fleetHttp),
  ]);
  const cpu =
    r.fleetCpuMs !== undefined && r.fleetServerCpuMs !== undefined && r.cores !== undefined
      ? `CPU: the fleet run took ${secs(r.fleetCpuMs)} of the CLI and ${secs(r.fleetServerCpuMs)} of the portals, ${secs((r.fleetCpuMs + r.fleetServerCpuMs) / r.cores)} a core on ${r.cores} cores were they free (1-minute load ${r.load}).`
      : undefined;
  const model =
    r.processingMs !== undefined && r.processingMs > 0
      ? `, ${r.processingMs} ms of server time a REST call`
      : ', answers as fast as the emulator makes them';
  return [
    `Fleet (issue 19): 20 sandbox portals over HTTP, ${r.latencyMs} ms latency${model}, each with the standard bucket; exit ${r.exitCode}`,
    table(head, body),
    '',
    table(['portal', 'deals', 'alone', 'CLI CPU', 'portal CPU', 'HTTP alone', 'HTTP in the fleet'], each),
    '',
    'One run of each (the fleet, then every portal alone on a new server), not medians.',
    ...(cpu ? [cpu] : []),
    ...(r.errors ?? []).map((e) => `error: ${e}`),
  ].join('\n');
}
