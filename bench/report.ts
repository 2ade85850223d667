/** The results of one bench run, and the table printed at the end and written to bench/results/. */
import type { ColdStartResult } from './cold-start.js';
import { floorLimit } from './floor.js';
import { renderFleet, type FleetBenchResult } from './fleet.js';
import type { LocalSpeedResult } from './local-speed.js';
import type { MachineInfo } from './machine.js';

export type CommandName = 'plan' | 'apply' | 'plan+apply' | 'replan' | 'export' | 'audit';

export interface PhaseOps {
  cls: string;
  calls: number;
}

export interface B24Measure {
  runs: number;
  /** Medians over the runs; requests and calls are counted by the sandbox server. */
  httpRequests: number;
  restCalls: number;
  /** Requests the portal refused with 503 (all runs together). */
  refused: number;
  wallMs: number;
  /** First request in → last answer out, on the server (bench/sandbox-host.ts). */
  networkMs?: number;
  /** From the last answer leaving the server to the CLI's exit: the work a command does after its requests. */
  afterLastAnswerMs?: number;
  peakRssMb?: number;
  /** What the CLI itself reported (first run), as a cross-check of the server's count. */
  reported?: { httpRequests: number; restCalls: number };
  load: number;
}

export interface NaiveMeasure {
  httpRequests: number;
  restCalls: number;
  wallMs: number;
  /** The wall time is computed from the request count (floor.ts modelWallMs), not measured. */
  modeled: boolean;
  retries: number;
}

export interface CommandRow {
  size: string;
  command: CommandName;
  b24?: B24Measure;
  floor?: { phases: PhaseOps[]; requests: number };
  /** The least time the requests could take (bench/timing.ts), where the bench knows which depend on which. */
  pace?: { floorMs: number; dependent: number };
  naive?: NaiveMeasure;
  /** Why a row has no numbers, or what to know about them. */
  note?: string;
  /** Data audits: the portal's deals, its latency and whether its rate limit was on (the chart, BENCHMARKS.md). */
  data?: { deals: number; latencyMs: number; limits: boolean; pages?: number };
  errors?: string[];
}

export interface BenchResult {
  version: 1;
  startedAt: string;
  finishedAt: string;
  mode: 'quick' | 'full';
  options: { runs: number; latencyMs: number; burst: number; perSecond: number };
  machine: MachineInfo;
  rows: CommandRow[];
  local?: LocalSpeedResult;
  coldStart?: ColdStartResult;
  /** `--only fleet`: 20 portals audited as one fleet against the slowest of them alone (issue 19). */
  fleet?: FleetBenchResult;
  /** Sizes of the data portal and of the generated specs, for the reader. */
  sizes: Record<string, Record<string, number>>;
}

export interface Verdicts {
  floorOk?: boolean;
  b24VsFloor?: number;
  naiveVsB24?: number;
  /** Network phase / pace floor (issue #18 asks ≤ 1.15 for the data audit at 100 ms). */
  networkVsPace?: number;
  /** Wall time / pace floor: the issue's target for the 100k audit at 100 ms is ≤ 1.15. */
  wallVsPace?: number;
}

export function verdicts(row: CommandRow): Verdicts {
  const v: Verdicts = {};
  if (row.b24 && row.floor) {
    v.floorOk = row.b24.httpRequests <= floorLimit(row.floor.requests);
    if (row.floor.requests > 0) v.b24VsFloor = row.b24.httpRequests / row.floor.requests;
  }
  if (row.b24 && row.naive && row.b24.httpRequests > 0)
    v.naiveVsB24 = row.naive.httpRequests / row.b24.httpRequests;
  if (row.b24?.networkMs !== undefined && row.pace && row.pace.floorMs > 0)
    v.networkVsPace = row.b24.networkMs / row.pace.floorMs;
  if (row.b24 && row.pace && row.pace.floorMs > 0) v.wallVsPace = row.b24.wallMs / row.pace.floorMs;
  return v;
}

/** A derived row: plan and apply of one size together (issue #8 asks naive / b24cfg ≥ 20 for it). */
export function combine(size: string, a: CommandRow, b: CommandRow): CommandRow | undefined {
  if (!a.b24 || !b.b24 || !a.floor || !b.floor) return undefined;
  const row: CommandRow = {
    size,
    command: 'plan+apply',
    b24: {
      runs: Math.min(a.b24.runs, b.b24.runs),
      httpRequests: a.b24.httpRequests + b.b24.httpRequests,
      restCalls: a.b24.restCalls + b.b24.restCalls,
      refused: a.b24.refused + b.b24.refused,
      wallMs: a.b24.wallMs + b.b24.wallMs,
      ...(a.b24.networkMs !== undefined && b.b24.networkMs !== undefined
        ? { networkMs: a.b24.networkMs + b.b24.networkMs }
        : {}),
      load: Math.max(a.b24.load, b.b24.load),
    },
    floor: { phases: [...a.floor.phases, ...b.floor.phases], requests: a.floor.requests + b.floor.requests },
  };
  if (a.naive && b.naive) {
    row.naive = {
      httpRequests: a.naive.httpRequests + b.naive.httpRequests,
      restCalls: a.naive.restCalls + b.naive.restCalls,
      wallMs: a.naive.wallMs + b.naive.wallMs,
      modeled: a.naive.modeled || b.naive.modeled,
      retries: a.naive.retries + b.naive.retries,
    };
  }
  return row;
}

/** What a reader must know about a row besides its numbers: failures, refusals by the bucket. */
export function rowNotes(r: CommandRow): string[] {
  const out: string[] = [];
  if (r.note) out.push(r.note);
  if (r.b24 && r.b24.refused > 0) {
    out.push(
      `b24cfg was refused ${r.b24.refused} time(s) with 503 QUERY_LIMIT_EXCEEDED over ${r.b24.runs} run(s) (counted in its HTTP requests; the transport waited and retried)`,
    );
  }
  if (r.naive && r.naive.retries > 0)
    out.push(`the naive client retried ${r.naive.retries} time(s) after a 503`);
  for (const e of r.errors ?? []) out.push(`ERROR ${e}`);
  return out;
}

function fmtMs(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '—';
  if (ms >= 60_000) return `${(ms / 60_000).toFixed(1)} min`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(1)} s`;
  return `${ms.toFixed(0)} ms`;
}

function fmtX(x: number | undefined): string {
  return x === undefined ? '—' : `${x >= 10 ? x.toFixed(0) : x.toFixed(2)}×`;
}

const HEAD = [
  'size',
  'command',
  'b24cfg HTTP',
  'REST calls',
  'floor',
  '≤1.2f+2',
  'b24cfg/floor',
  'wall',
  'network',
  'pace floor',
  'net/pace',
  'wall/pace',
  'after last answer',
  'peak RSS',
  'naive HTTP',
  'naive wall',
  'naive/b24cfg',
  'load',
];

export function tableRows(rows: readonly CommandRow[]): string[][] {
  return rows.map((r) => {
    const v = verdicts(r);
    const n = r.naive;
    return [
      r.size,
      r.command,
      r.b24 ? String(r.b24.httpRequests) : '—',
      r.b24 ? String(r.b24.restCalls) : '—',
      r.floor ? String(r.floor.requests) : '—',
      v.floorOk === undefined ? '—' : v.floorOk ? 'yes' : 'NO',
      fmtX(v.b24VsFloor),
      r.b24 ? fmtMs(r.b24.wallMs) : '—',
      fmtMs(r.b24?.networkMs),
      r.pace ? fmtMs(r.pace.floorMs) : '—',
      fmtX(v.networkVsPace),
      fmtX(v.wallVsPace),
      fmtMs(r.b24?.afterLastAnswerMs),
      r.b24?.peakRssMb !== undefined ? `${r.b24.peakRssMb.toFixed(0)} MB` : '—',
      n ? String(n.httpRequests) : '—',
      n ? `${n.modeled ? '≈' : ''}${fmtMs(n.wallMs)}` : '—',
      fmtX(v.naiveVsB24),
      r.b24 ? r.b24.load.toFixed(2) : '—',
    ];
  });
}

function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - [...s].length));
}

export function textTable(head: readonly string[], body: readonly string[][]): string {
  const widths = head.map((h, i) => Math.max([...h].length, ...body.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => pad(c, widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

export function markdownTable(head: readonly string[], body: readonly string[][]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return [
    `| ${head.map(esc).join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...body.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

function localLines(local: LocalSpeedResult): { head: string[]; body: string[][] } {
  return {
    head: ['local work (in-process, warm)', 'iterations', 'median', 'min'],
    body: local.rows.map((r) => [r.name, String(r.iterations), fmtMs(r.medianMs), fmtMs(r.minMs)]),
  };
}

function coldLines(cold: ColdStartResult): { head: string[]; body: string[][] } {
  const base = cold.rows[0];
  const times = (v: number | undefined, b: number | undefined) =>
    v !== undefined && b !== undefined && b > 0 ? `${(v / b).toFixed(2)}×` : '—';
  return {
    head: ['cold start', 'runs', 'median', 'min', 'CPU', '× node (median)', '× node (min)', '× node (CPU)'],
    body: cold.rows.map((r) => [
      r.name,
      String(r.runs),
      fmtMs(r.medianMs),
      fmtMs(r.minMs),
      fmtMs(r.cpuMs),
      times(r.medianMs, base?.medianMs),
      times(r.minMs, base?.minMs),
      times(r.cpuMs, base?.cpuMs),
    ]),
  };
}

function sizeLine(result: BenchResult): string {
  const parts = Object.entries(result.sizes).map(
    ([name, counts]) =>
      `${name}: ${Object.entries(counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}`,
  );
  return `Sizes — ${parts.join('; ')}.`;
}

function footnotes(result: BenchResult): string[] {
  const o = result.options;
  // `--only local,cold,fleet` measures no command rows: these notes explain nothing then.
  if (result.rows.length === 0) return [];
  return [
    ...(Object.keys(result.sizes).length > 0 ? [sizeLine(result)] : []),
    `Portal: the sandbox over HTTP on 127.0.0.1, ${o.latencyMs} ms latency per request, leaky bucket ${o.burst} burst + ${o.perSecond}/s. HTTP requests and REST calls are counted by the server; medians of ${o.runs} run(s).`,
    'floor = Σ over dependent phases (read → impact counts → writes → read-back) of ceil(REST calls / 50); for audit the scan pages are ceil(rows / 50) from the rows the naive client found.',
    `network = from the first request reaching the server to the last answer leaving it (no start-up, no work after the last answer); pace floor = the least that can take: max((HTTP − ${o.burst - 1}) / ${o.perSecond} s, requests that depend on each other × ${o.latencyMs} ms), shown where the bench knows the dependencies (audit: configuration read, counts, the longest chain of one scan's pages).`,
    'naive = one HTTP request per REST call, offset paging 50 rows per request (callListMethod), one call per object for the configuration read, counted by the same server; ≈ = wall time modelled from the request count under the same bucket and latency (sending it for real would take that long).',
  ];
}

export function renderText(result: BenchResult): string {
  const out = [
    `b24cfg bench (${result.mode}) — ${result.machine.nproc} CPU ${result.machine.cpuModel}, Node ${result.machine.node}`,
    ...(result.rows.length > 0 ? ['', textTable(HEAD, tableRows(result.rows))] : []),
  ];
  const notes = result.rows.flatMap((r) => rowNotes(r).map((n) => `${r.size} ${r.command}: ${n}`));
  if (notes.length > 0) out.push('', ...notes);
  if (result.local) {
    const l = localLines(result.local);
    const s = result.local.spec;
    out.push(
      '',
      `Local speed: ${s.pipelines} pipelines, ${s.stages} stages, ${s.fields} fields, ${s.openLines} open lines (${(s.bytes / 1024).toFixed(0)} KB of YAML, ${result.local.changes} changes on a fresh portal); load ${result.local.load}`,
      textTable(l.head, l.body),
    );
  }
  if (result.coldStart) {
    const c = coldLines(result.coldStart);
    out.push(
      '',
      `Cold start (${result.coldStart.tool}); load ${result.coldStart.loadBefore} → ${result.coldStart.loadAfter}`,
      textTable(c.head, c.body),
    );
  }
  if (result.fleet) out.push('', renderFleet(result.fleet, textTable));
  const foot = footnotes(result);
  if (foot.length > 0) out.push('', ...foot);
  return `${out.join('\n')}\n`;
}

export function renderMarkdown(result: BenchResult): string {
  const out = [
    `### b24cfg bench (${result.mode}), ${result.finishedAt}`,
    '',
    `Machine: ${result.machine.nproc} × ${result.machine.cpuModel}, ${result.machine.memoryGb} GB, Node ${result.machine.node}, ${result.machine.platform}.`,
    ...(result.rows.length > 0 ? ['', markdownTable(HEAD, tableRows(result.rows))] : []),
  ];
  const notes = result.rows.flatMap((r) => rowNotes(r).map((n) => `- ${r.size} ${r.command}: ${n}`));
  if (notes.length > 0) out.push('', ...notes);
  if (result.local) {
    const l = localLines(result.local);
    const s = result.local.spec;
    out.push(
      '',
      `Local speed (${s.pipelines} pipelines, ${s.stages} stages, ${s.fields} fields, ${s.openLines} open lines; ${result.local.changes} changes on a fresh portal; load ${result.local.load}):`,
      '',
      markdownTable(l.head, l.body),
    );
  }
  if (result.coldStart) {
    const c = coldLines(result.coldStart);
    out.push(
      '',
      `Cold start (${result.coldStart.tool}; load ${result.coldStart.loadBefore} → ${result.coldStart.loadAfter}):`,
      '',
      markdownTable(c.head, c.body),
    );
  }
  if (result.fleet)
    out.push(
      '',
      renderFleet(result.fleet, (h, b) => `\n${markdownTable(h, b)}`),
    );
  const foot = footnotes(result).map((f) => `- ${f}`);
  if (foot.length > 0) out.push('', ...foot);
  return `${out.join('\n')}\n`;
}
