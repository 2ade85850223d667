/**
 * `npm run bench [-- --quick]`: b24cfg against the sandbox portal over HTTP with its rate limit on and
 * a simulated network latency, side by side with a naive client and the request floor (issue #8,
 * BENCHMARKS.md#what-is-measured), plus local speed and CLI cold start. Prints the table and writes
 * bench/results/latest.{json,md} (with --save-full also full.{json,md}, which BENCHMARKS.md quotes).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { freshPortalState, generatePortal, type SandboxState } from '../src/sandbox/index.js';
import { CLI_BIN, repoRoot, runCliChild, type ChildRun } from './cli-child.js';
import { renderChart } from './chart.js';
import { measureColdStart } from './cold-start.js';
import { floorRequests, median, modelWallMs, scanPages } from './floor.js';
import { benchFleet, DEFAULT_PROCESSING_MS } from './fleet.js';
import { measureLocalSpeed } from './local-speed.js';
import { load1, machineInfo } from './machine.js';
import { NaiveClient, NaiveError } from './naive/client.js';
import { classifyCall, isCursorPage, phasesOf, runNaive } from './naive/work.js';
import {
  combine,
  renderMarkdown,
  renderText,
  type BenchResult,
  type CommandName,
  type CommandRow,
  type NaiveMeasure,
  type PhaseOps,
} from './report.js';
import { startHost, type LoggedCall } from './sandbox-host.js';
import { SAVE_SNAPSHOT, snapshotReadNote } from './snapshot-read.js';
import { applyWriteChain, auditDependentRequests, paceFloorMs, type JournaledRequest } from './timing.js';
import {
  DATA,
  LARGE,
  LOCAL_50,
  MEDIUM,
  SMALL,
  generateSpecYaml,
  generateValidateSpecYaml,
  stageCount,
  type ConfigSize,
} from './sizes.js';

const BURST = 50;
const PER_SECOND = 2;

export interface BenchOptions {
  quick: boolean;
  runs: number;
  latencyMs: number;
  only: Set<string>;
  /**
   * Sizes whose naive baseline runs under the same bucket and latency as b24cfg; the others run without
   * them (the same requests, counted by the server, in seconds) and their wall time is modelled.
   */
  naiveReal: Set<string>;
  /**
   * `--only fleet`: server time per REST call, ms (bench/fleet.ts DEFAULT_PROCESSING_MS); `--quick`, which
   * has a tenth of the deals, takes a tenth of it too, so that it stays a quick try-out.
   */
  processingMs: number;
  /** Scales the data portals (0.1 = a tenth of their deals) for trying the bench out; 1 for the real thing. */
  dataScale: number;
  /**
   * Deals of the data portals audited (issue #18: 10k, 100k and 1M side by side in one run). A portal
   * over 100 000 deals is audited once, without the rate limit (`sandbox serve --no-limits`): its requests
   * are the floor either way, and the bucket would only add (requests − 49) / 2 s of waiting.
   */
  auditDeals: number[];
  /** Extra latencies (ms) at which the 100 000-deal audit runs again, rate limit on (issue #18: 100). */
  auditLatencies: number[];
  /** Extra latencies (ms) at which the large apply runs again, rate limit on (issue #18: 100). */
  applyLatencies: number[];
  saveFull: boolean;
}

export function parseArgs(argv: readonly string[]): BenchOptions {
  const quick = argv.includes('--quick');
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    if (i >= 0) return argv[i + 1];
    const eq = argv.find((a) => a.startsWith(`${name}=`));
    return eq?.slice(name.length + 1);
  };
  const list = (s: string | undefined, fallback: string[]) =>
    new Set(
      (s ?? fallback.join(','))
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    );
  const runs = Number(value('--runs') ?? (quick ? 1 : 3));
  const latencyMs = Number(value('--latency') ?? 80);
  const dataScale = Number(value('--data-scale') ?? 1);
  const processingMs = Number(
    value('--processing') ?? (quick ? DEFAULT_PROCESSING_MS / 10 : DEFAULT_PROCESSING_MS),
  );
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1');
  if (!Number.isFinite(latencyMs) || latencyMs < 0) throw new Error('--latency takes milliseconds ≥ 0');
  if (!Number.isFinite(processingMs) || processingMs < 0)
    throw new Error('--processing takes milliseconds ≥ 0');
  if (!(dataScale > 0 && dataScale <= 1)) throw new Error('--data-scale takes a number in (0, 1]');
  const numbers = (name: string, fallback: number[]) =>
    [...list(value(name), fallback.map(String))].map((x) => {
      const n = Number(x);
      if (!Number.isInteger(n) || n < 0) throw new Error(`${name} takes whole numbers ≥ 0`);
      return n;
    });
  const auditDeals = numbers('--audit-deals', quick ? [DATA.deals] : [10_000, DATA.deals, 1_000_000]);
  const auditLatencies = numbers('--audit-latency', quick ? [] : [100]);
  const applyLatencies = numbers('--apply-latency', quick ? [] : [100]);
  return {
    quick,
    runs,
    latencyMs,
    only: list(value('--only'), ['small', 'medium', 'large', 'data', 'local', 'cold', 'fleet']),
    naiveReal: list(value('--naive-real'), quick ? [] : ['small']),
    processingMs,
    dataScale,
    auditDeals,
    auditLatencies,
    applyLatencies,
    saveFull: argv.includes('--save-full'),
  };
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Where a size's spec lives: a copy of templates/ for small (with its docs/ and mail/), else generated. */
async function prepareSpec(size: ConfigSize): Promise<{ dir: string; spec: string }> {
  const dir = await mkdtemp(join(tmpdir(), `b24cfg-bench-${size.name}-`));
  if (size.name === 'small') {
    await cp(join(repoRoot(), 'templates'), dir, { recursive: true });
    return { dir, spec: join(dir, 'b2b-b2c.yaml') };
  }
  const spec = join(dir, 'b24cfg.yaml');
  await writeFile(spec, generateSpecYaml(size));
  return { dir, spec };
}

function describeSize(size: ConfigSize): Record<string, number> {
  return {
    pipelines: size.pipelines,
    stages: stageCount(size),
    fields: size.fields,
    openLines: size.openLines,
  };
}

/** What the small size (the template) holds, counted from the file itself. */
async function templateSize(): Promise<Record<string, number>> {
  const spec = parse(await readFile(join(repoRoot(), 'templates', 'b2b-b2c.yaml'), 'utf8')) as {
    directions?: Array<{ stages?: unknown[]; lost?: { reasons?: unknown[] } }>;
    fields?: Record<string, unknown[]>;
    open_lines?: unknown[];
    documents?: unknown[];
  };
  const directions = spec.directions ?? [];
  return {
    pipelines: directions.length,
    // Process stages, WON and LOSE, and the loss reasons.
    stages: directions.reduce((n, d) => n + (d.stages?.length ?? 0) + 2 + (d.lost?.reasons?.length ?? 0), 0),
    fields: Object.values(spec.fields ?? {}).reduce((n, l) => n + l.length, 0),
    openLines: spec.open_lines?.length ?? 0,
    documents: spec.documents?.length ?? 0,
  };
}

interface Measured {
  run: ChildRun;
  httpRequests: number;
  restCalls: number;
  refused: number;
  networkMs: number;
  afterLastAnswerMs?: number;
  load: number;
}

/** One CLI run against a fresh sandbox server holding `state`; the server counts what arrives. */
async function measureOnce(
  args: (url: string) => string[],
  state: SandboxState,
  cwd: string,
  opts: BenchOptions,
  record: boolean,
  port?: number,
  portal: { latencyMs?: number; limits?: boolean } = {},
): Promise<{ m: Measured; log: LoggedCall[]; after: SandboxState; port: number }> {
  const host = await startHost({
    state,
    latencyMs: portal.latencyMs ?? opts.latencyMs,
    limits: portal.limits ?? true,
    record,
    port,
  });
  try {
    const load = load1();
    const run = await runCliChild(args(host.url), { cwd, timeoutMs: 30 * 60_000 });
    return {
      m: {
        run,
        httpRequests: host.counts.httpRequests,
        restCalls: host.counts.restCalls,
        refused: host.counts.refused,
        networkMs: host.counts.networkMs,
        ...(host.counts.lastAnswerAt !== undefined
          ? { afterLastAnswerMs: run.endedAt - host.counts.lastAnswerAt }
          : {}),
        load,
      },
      log: host.log,
      after: host.emulator.state,
      port: host.port,
    };
  } finally {
    await host.close();
  }
}

function summarise(command: CommandName, size: string, ms: Measured[], okCodes: number[]): CommandRow {
  const errors = ms
    .filter((m) => !okCodes.includes(m.run.exitCode))
    .map((m) => `exit ${m.run.exitCode}: ${m.run.stderr.trim().split('\n').slice(-4).join(' / ')}`);
  const rss = ms.map((m) => m.run.peakRssKb).filter((k): k is number => k !== undefined);
  const first = ms[0];
  return {
    size,
    command,
    b24: {
      runs: ms.length,
      httpRequests: median(ms.map((m) => m.httpRequests)),
      restCalls: median(ms.map((m) => m.restCalls)),
      refused: ms.reduce((n, m) => n + m.refused, 0),
      wallMs: median(ms.map((m) => m.run.wallMs)),
      networkMs: median(ms.map((m) => m.networkMs)),
      ...(ms.every((m) => m.afterLastAnswerMs !== undefined)
        ? { afterLastAnswerMs: median(ms.map((m) => m.afterLastAnswerMs ?? 0)) }
        : {}),
      peakRssMb: rss.length > 0 ? median(rss) / 1024 : undefined,
      reported: first?.run.summary,
      load: median(ms.map((m) => m.load)),
    },
    errors: errors.length > 0 ? errors : undefined,
  };
}

/** The floor of what b24cfg did: its calls per dependent phase, ceil(calls / 50) each. */
export function floorOfLog(callLog: readonly LoggedCall[]): { phases: PhaseOps[]; requests: number } {
  const phases = phasesOf(callLog).map((p) => ({ cls: p.cls, calls: p.calls.length }));
  return { phases, requests: floorRequests(phases.map((p) => p.calls)) };
}

async function runNaiveOn(
  state: SandboxState,
  callLog: readonly LoggedCall[],
  opts: BenchOptions,
  real: boolean,
): Promise<{ naive: NaiveMeasure; scans: Array<{ method: string; total: number }> }> {
  // Real: the same limits and latency as b24cfg had, paced like the SDK. Otherwise no limits and no
  // latency, so thousands of requests take seconds; the wall time is then modelled from the count.
  const host = await startHost({ state, limits: real, latencyMs: real ? opts.latencyMs : 0 });
  try {
    const client = new NaiveClient(host.url, {
      pace: real ? { burst: BURST, perSecond: PER_SECOND } : false,
    });
    const t = performance.now();
    const r = await runNaive(client, callLog);
    const wall = performance.now() - t;
    return {
      naive: {
        httpRequests: client.stats.httpRequests,
        restCalls: client.stats.restCalls,
        wallMs: real
          ? wall
          : modelWallMs(client.stats.httpRequests, {
              latencyMs: opts.latencyMs,
              burst: BURST,
              perSecond: PER_SECOND,
            }),
        modeled: !real,
        retries: client.stats.retries,
      },
      scans: r.scans,
    };
  } finally {
    await host.close();
  }
}

async function naiveRow(
  row: CommandRow,
  state: SandboxState,
  callLog: readonly LoggedCall[],
  opts: BenchOptions,
): Promise<Array<{ method: string; total: number }>> {
  try {
    const r = await runNaiveOn(state, callLog, opts, opts.naiveReal.has(row.size));
    row.naive = r.naive;
    return r.scans;
  } catch (e) {
    const msg = e instanceof NaiveError || e instanceof Error ? e.message : String(e);
    (row.errors ??= []).push(`naive: ${msg}`);
    return [];
  }
}

async function benchConfigSize(size: ConfigSize, opts: BenchOptions): Promise<CommandRow[]> {
  const dirs: string[] = [];
  const fresh = async () => {
    const p = await prepareSpec(size);
    dirs.push(p.dir);
    return p;
  };
  try {
    const plans: Measured[] = [];
    const applies: Measured[] = [];
    const replans: Measured[] = [];
    const exports: Measured[] = [];
    let planLog: LoggedCall[] = [];
    let applyLog: LoggedCall[] = [];
    let replanLog: LoggedCall[] = [];
    let exportLog: LoggedCall[] = [];
    let applied: SandboxState | undefined;
    for (let r = 0; r < opts.runs; r++) {
      log(`  ${size.name}: run ${r + 1}/${opts.runs} plan`);
      const p = await fresh();
      const plan = await measureOnce(
        (url) => ['plan', p.spec, '--portal', url],
        freshPortalState(),
        p.dir,
        opts,
        r === 0,
      );
      plans.push(plan.m);
      if (r === 0) planLog = plan.log;

      log(`  ${size.name}: run ${r + 1}/${opts.runs} apply`);
      const a = await fresh();
      const apply = await measureOnce(
        (url) => ['apply', a.spec, '--portal', url, '--yes'],
        freshPortalState(),
        a.dir,
        opts,
        r === 0,
      );
      applies.push(apply.m);
      if (r === 0) {
        applyLog = apply.log;
        applied = structuredClone(apply.after);
      }

      // The drift check of CI: the same spec planned again against the portal it was applied to, from
      // the apply's folder and on the apply's port, so that the state file (.b24cfg/<host>.state.json)
      // binds pipelines, open lines and templates as after a real apply.
      log(`  ${size.name}: run ${r + 1}/${opts.runs} replan`);
      const replan = await measureOnce(
        (url) => ['plan', a.spec, '--portal', url, '--detailed-exitcode'],
        structuredClone(apply.after),
        a.dir,
        opts,
        r === 0,
        apply.port,
      );
      replans.push(replan.m);
      if (r === 0) replanLog = replan.log;

      log(`  ${size.name}: run ${r + 1}/${opts.runs} export`);
      const e = await fresh();
      const exp = await measureOnce(
        (url) => ['export', '--portal', url, '--out', join(e.dir, 'exported.yaml')],
        structuredClone(applied ?? apply.after),
        e.dir,
        opts,
        r === 0,
      );
      exports.push(exp.m);
      if (r === 0) exportLog = exp.log;
    }
    const planRow = summarise('plan', size.name, plans, [0]);
    const applyRow = summarise('apply', size.name, applies, [0]);
    // --detailed-exitcode: 0 = no changes left after the apply, the expected answer.
    const replanRow = summarise('replan', size.name, replans, [0]);
    const exportRow = summarise('export', size.name, exports, [0]);
    planRow.floor = floorOfLog(planLog);
    applyRow.floor = floorOfLog(applyLog);
    replanRow.floor = floorOfLog(replanLog);
    exportRow.floor = floorOfLog(exportLog);
    log(`  ${size.name}: naive baseline`);
    await naiveRow(planRow, freshPortalState(), planLog, opts);
    await naiveRow(applyRow, freshPortalState(), applyLog, opts);
    if (applied) {
      await naiveRow(replanRow, structuredClone(applied), replanLog, opts);
      await naiveRow(exportRow, structuredClone(applied), exportLog, opts);
    }
    const both = combine(size.name, planRow, applyRow);
    const slower: CommandRow[] = [];
    if (size.name === LARGE.name)
      for (const latencyMs of opts.applyLatencies)
        if (latencyMs !== opts.latencyMs) slower.push(await applyAtLatency(size, latencyMs, opts, fresh));
    return [planRow, applyRow, ...(both ? [both] : []), replanRow, exportRow, ...slower];
  } finally {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  }
}

/** The `request` records of the one apply journal in `dir` (the spec's folder). */
async function journaledRequests(dir: string): Promise<JournaledRequest[]> {
  const jdir = join(dir, '.b24cfg', 'journal');
  const files = (await readdir(jdir)).filter((f) => f.endsWith('.jsonl'));
  if (files.length !== 1) throw new Error(`expected one apply journal in ${jdir}, found ${files.length}`);
  return (await readFile(join(jdir, files[0] as string), 'utf8'))
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { type?: string } & JournaledRequest)
    .filter((e) => e.type === 'request');
}

/**
 * The apply again at another latency, rate limit on (issue #18: the large apply at 100 ms): wall and
 * network time against the pace floor, whose chain is the reads (each waits for the one before) plus
 * the longest chain of write requests the journal names.
 */
async function applyAtLatency(
  size: ConfigSize,
  latencyMs: number,
  opts: BenchOptions,
  fresh: () => Promise<{ dir: string; spec: string }>,
): Promise<CommandRow> {
  const name = `${size.name} @${latencyMs} ms`;
  const ms: Measured[] = [];
  let applyLog: LoggedCall[] = [];
  let chain: number | undefined;
  for (let r = 0; r < opts.runs; r++) {
    log(`  ${name}: run ${r + 1}/${opts.runs} apply`);
    const a = await fresh();
    const apply = await measureOnce(
      (url) => ['apply', a.spec, '--portal', url, '--yes'],
      freshPortalState(),
      a.dir,
      opts,
      r === 0,
      undefined,
      { latencyMs },
    );
    ms.push(apply.m);
    if (r === 0) {
      applyLog = apply.log;
      const requests = await journaledRequests(a.dir);
      const writes = applyWriteChain(requests);
      chain = writes === undefined ? undefined : apply.m.httpRequests - requests.length + writes;
    }
  }
  const row = summarise('apply', name, ms, [0]);
  row.floor = floorOfLog(applyLog);
  if (row.b24 && chain !== undefined) {
    row.pace = {
      dependent: chain,
      floorMs: paceFloorMs(row.b24.httpRequests, chain, { burst: BURST, perSecond: PER_SECOND, latencyMs }),
    };
  }
  return row;
}

function auditRegistered(): boolean {
  const r = spawnSync(process.execPath, [CLI_BIN(), '--help', '--lang', 'en'], { encoding: 'utf8' });
  return /^\s+audit\b/m.test(r.stdout ?? '');
}

/**
 * The audit floor: the configuration read, then the counts and the scan pages, which can share requests
 * (a page's cursor comes from the page before it by a `$result` reference,
 * docs/bitrix24/batch.md#result-references). The pages are ceil(rows / 50) per scan, from the totals the
 * naive client read: independent of b24cfg's own paging.
 */
export function auditFloor(
  callLog: readonly LoggedCall[],
  scans: ReadonlyArray<{ total: number }>,
): { phases: PhaseOps[]; requests: number } {
  const config = callLog.filter((c) => classifyCall(c.method) === 'config').length;
  const counts = callLog.filter((c) => classifyCall(c.method) === 'data' && !isCursorPage(c.params)).length;
  const pages = scans.reduce((n, s) => n + scanPages(s.total), 0);
  const phases = [
    { cls: 'config', calls: config },
    { cls: 'data', calls: counts + pages },
  ];
  return { phases, requests: floorRequests(phases.map((p) => p.calls)) };
}

/** "10k", "100k", "1M": how a data portal is named in the table. */
export function dealsName(deals: number): string {
  if (deals >= 1_000_000 && deals % 1_000_000 === 0) return `${deals / 1_000_000}M`;
  if (deals >= 1000 && deals % 1000 === 0) return `${deals / 1000}k`;
  return String(deals);
}

/** One audit row: a data portal, its latency and bucket, how many runs, whether the naive client runs. */
interface AuditRun {
  deals: number;
  latencyMs: number;
  limits: boolean;
  runs: number;
  /** 'send': the naive client sends its requests (to count them); 'model': from another row's count. */
  naive: 'send' | 'model';
}

/** The runs of the data section: each size at the bench latency, then the 100k portal at the extra ones. */
export function auditRuns(opts: BenchOptions): AuditRun[] {
  const out: AuditRun[] = [];
  for (const deals of opts.auditDeals) {
    const big = deals > DATA.deals;
    out.push({
      deals,
      latencyMs: opts.latencyMs,
      limits: !big,
      runs: big ? 1 : opts.runs,
      naive: big ? 'model' : 'send',
    });
    if (deals === DATA.deals)
      for (const latencyMs of opts.auditLatencies)
        if (latencyMs !== opts.latencyMs)
          out.push({ deals, latencyMs, limits: true, runs: opts.runs, naive: 'model' });
  }
  return out;
}

/** The pages b24cfg read, from its JSON report (`collection.pages`). */
function pagesOf(stdout: string): number | undefined {
  try {
    const pages = (JSON.parse(stdout) as { collection?: { pages?: unknown } }).collection?.pages;
    return typeof pages === 'number' ? pages : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A naive count from another row of the same data (counts and the configuration read do not change with
 * the portal's size; the pages do, one request each): for the rows whose naive client is not sent.
 */
function modelNaive(row: CommandRow, like: CommandRow | undefined, latencyMs: number): void {
  const pages = row.data?.pages;
  const likePages = like?.data?.pages;
  if (!like?.naive || pages === undefined || likePages === undefined) return;
  const httpRequests = like.naive.httpRequests - likePages + pages;
  row.naive = {
    httpRequests,
    restCalls: like.naive.restCalls - likePages + pages,
    wallMs: modelWallMs(httpRequests, { latencyMs, burst: BURST, perSecond: PER_SECOND }),
    modeled: true,
    retries: 0,
  };
}

async function benchData(
  opts: BenchOptions,
): Promise<{ rows: CommandRow[]; sizes: Record<string, Record<string, number>> }> {
  if (!auditRegistered()) {
    return {
      rows: [
        { size: 'data', command: 'audit', note: '`b24cfg audit` is not registered yet; nothing to measure' },
      ],
      sizes: {},
    };
  }
  const rows: CommandRow[] = [];
  const sizes: Record<string, Record<string, number>> = {};
  const byDeals = new Map<number, CommandRow>();
  const runs = auditRuns(opts);
  // One portal generated per size (a million deals take ~2 GB and half a minute), shared by its rows.
  for (const deals of [...new Set(runs.map((r) => r.deals))]) {
    const scaled = Math.round(deals * opts.dataScale);
    const k = scaled / DATA.deals;
    const counts = {
      deals: scaled,
      activities: Math.round(DATA.activities * k),
      tasks: Math.round(DATA.tasks * k),
    };
    log(`  data: generating ${counts.deals} deals, ${counts.activities} activities, ${counts.tasks} tasks`);
    // Dated back from now, the clock of the portal the bench serves: the audit's date windows (won, lost
    // and recent deals, calls, e-mail) find rows (docs/bitrix24/parity.md#generated-data).
    const { state } = generatePortal({ seed: 1, ...counts, now: Date.now() });
    sizes[`data ${dealsName(scaled)}`] = counts;
    for (const run of runs.filter((r) => r.deals === deals)) {
      const name = `data ${dealsName(scaled)}${run.latencyMs !== opts.latencyMs ? ` @${run.latencyMs} ms` : ''}${run.limits ? '' : ' (no limits)'}`;
      const row = await auditRow(name, state, run, opts);
      row.data = { ...row.data, deals: counts.deals, latencyMs: run.latencyMs, limits: run.limits };
      if (run.naive === 'model')
        modelNaive(row, byDeals.get(DATA.deals) ?? byDeals.get(deals), run.latencyMs);
      if (run.latencyMs === opts.latencyMs && run.limits) byDeals.set(deals, row);
      rows.push(row);
    }
  }
  return { rows, sizes };
}

/** Where the first run of a data audit saves its snapshot, in the run's folder. */
const SNAPSHOT = 'snapshot.json';

async function auditRow(
  name: string,
  state: SandboxState,
  run: AuditRun,
  opts: BenchOptions,
): Promise<CommandRow> {
  const dir = await mkdtemp(join(tmpdir(), 'b24cfg-bench-data-'));
  try {
    const ms: Measured[] = [];
    let auditLog: LoggedCall[] = [];
    let pages: number | undefined;
    for (let r = 0; r < run.runs; r++) {
      log(`  ${name}: run ${r + 1}/${run.runs} audit`);
      // The audit only reads: every run gets a new server (a full bucket) over the same generated state.
      const a = await measureOnce(
        (url) => ['audit', '--portal', url, '--format', 'json', ...(r === 0 ? SAVE_SNAPSHOT(SNAPSHOT) : [])],
        state,
        dir,
        opts,
        r === 0,
        undefined,
        { latencyMs: run.latencyMs, limits: run.limits },
      );
      ms.push(a.m);
      if (r === 0) {
        auditLog = a.log;
        pages = pagesOf(a.m.run.stdout);
      }
    }
    // Exit 0 (no findings) or 1 (findings) are both a completed audit.
    const row = summarise('audit', name, ms, [0, 1, 3]);
    if (ms[0] && [0, 1, 3].includes(ms[0].run.exitCode)) {
      log(`  ${name}: audit --snapshot`);
      row.note = await snapshotReadNote(dir, SNAPSHOT, ms[0].run.stdout);
    }
    row.data = {
      deals: 0,
      latencyMs: run.latencyMs,
      limits: run.limits,
      ...(pages !== undefined ? { pages } : {}),
    };
    if (run.naive === 'send') {
      log(`  ${name}: naive baseline`);
      const scans = await naiveRow(row, state, auditLog, opts);
      row.floor = auditFloor(auditLog, scans);
    } else if (pages !== undefined) {
      // No naive scan totals: the pages are the ones b24cfg read, ceil(total / 50) per scan of its counts.
      const config = auditLog.filter((c) => classifyCall(c.method) === 'config').length;
      const counts = auditLog.filter(
        (c) => classifyCall(c.method) === 'data' && !isCursorPage(c.params),
      ).length;
      const phases = [
        { cls: 'config', calls: config },
        { cls: 'data', calls: counts + pages },
      ];
      row.floor = { phases, requests: floorRequests(phases.map((p) => p.calls)) };
    }
    if (row.b24) {
      const dependent = auditDependentRequests(auditLog);
      row.pace = {
        dependent,
        floorMs: run.limits
          ? paceFloorMs(row.b24.httpRequests, dependent, {
              burst: BURST,
              perSecond: PER_SECOND,
              latencyMs: run.latencyMs,
            })
          : dependent * run.latencyMs,
      };
    }
    return row;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function runBench(opts: BenchOptions): Promise<BenchResult> {
  const startedAt = new Date().toISOString();
  const result: BenchResult = {
    version: 1,
    startedAt,
    finishedAt: startedAt,
    mode: opts.quick ? 'quick' : 'full',
    options: { runs: opts.runs, latencyMs: opts.latencyMs, burst: BURST, perSecond: PER_SECOND },
    machine: machineInfo(),
    rows: [],
    sizes: {},
  };
  for (const size of [SMALL, MEDIUM, LARGE]) {
    if (!opts.only.has(size.name)) continue;
    log(`▶ ${size.name}`);
    result.rows.push(...(await benchConfigSize(size, opts)));
    result.sizes[size.name] = size.name === 'small' ? await templateSize() : describeSize(size);
  }
  if (opts.only.has('data')) {
    log('▶ data');
    const d = await benchData(opts);
    result.rows.push(...d.rows);
    Object.assign(result.sizes, d.sizes);
  }
  if (opts.only.has('local')) {
    log('▶ local speed (50 pipelines)');
    result.local = await measureLocalSpeed(LOCAL_50, opts.quick ? 20 : 100);
  }
  if (opts.only.has('cold')) {
    log('▶ cold start');
    const p = await prepareSpec(SMALL);
    // plan of the template against a portal (one request): issue #18 asks ≤ 1.5 × validate's CPU. A
    // fresh sandbox without latency, so that the CPU is the CLI's, not waiting; in its own process, as
    // hyperfine runs synchronously and would stall a server in this one.
    const host = await serveSandboxChild();
    try {
      await cp(join(repoRoot(), 'examples', 'minimal.yaml'), join(p.dir, 'minimal.yaml'));
      const big = join(p.dir, 'validate-700k.yaml');
      await writeFile(big, generateValidateSpecYaml());
      result.coldStart = await measureColdStart(
        p.spec,
        opts.quick ? 10 : 40,
        p.dir,
        join(p.dir, 'minimal.yaml'),
        {
          bigSpecPath: big,
          planUrl: host.url,
        },
      );
    } finally {
      host.close();
      await rm(p.dir, { recursive: true, force: true });
    }
  }
  if (opts.only.has('fleet')) {
    log('▶ fleet (20 portals)');
    result.fleet = await benchFleet({
      quick: opts.quick,
      latencyMs: opts.latencyMs,
      processingMs: opts.processingMs,
    });
  }
  result.finishedAt = new Date().toISOString();
  return result;
}

/** `b24cfg sandbox serve` in a child process: its webhook URL, and how to stop it. */
async function serveSandboxChild(): Promise<{ url: string; close: () => void }> {
  const child = spawn(process.execPath, [CLI_BIN(), 'sandbox', 'serve', '--no-limits', '--lang', 'en'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /^(http:\/\/\S+)$/m.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) =>
      reject(new Error(`sandbox serve exited (${code ?? 'signal'}) before its URL`)),
    );
  });
  return { url, close: () => void child.kill('SIGINT') };
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const t = performance.now();
  const result = await runBench(opts);
  const text = renderText(result);
  process.stdout.write(`\n${text}`);
  const dir = join(repoRoot(), 'bench', 'results');
  await mkdir(dir, { recursive: true });
  const json = `${JSON.stringify(result, null, 2)}\n`;
  await writeFile(join(dir, 'latest.json'), json);
  await writeFile(join(dir, 'latest.md'), renderMarkdown(result));
  const chart = renderChart(result);
  if (chart) await writeFile(join(dir, 'latest.svg'), chart);
  if (opts.saveFull) {
    await writeFile(join(dir, 'full.json'), json);
    await writeFile(join(dir, 'full.md'), renderMarkdown(result));
    if (chart) await writeFile(join(dir, 'full.svg'), chart);
  }
  log(`bench finished in ${((performance.now() - t) / 1000).toFixed(0)} s; results in bench/results/`);
}

if (process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  main().catch((e: unknown) => {
    process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
