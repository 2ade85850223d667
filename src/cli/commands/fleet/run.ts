/**
 * The fleet commands' bodies: options parsed, the fleet use case called (src/fleet/), the result rendered
 * into every `--out` (the format from each file's extension) or onto stdout, progress on stderr.
 */
import { dataJson } from '../../../core/data-text.js';
import { Chalk } from 'chalk';
import { availableParallelism, totalmem } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseGates } from '../../../audit/gates.js';
import { errorOf } from '../../../core/errors.js';
import { EXIT, type ExitCode } from '../../../core/exit-codes.js';
import { writeTextFile } from '../../../core/files.js';
import { VERSION } from '../../../core/version.js';
import type { Fleet, FleetLoadResult } from '../../../fleet/file.js';
import { FLEET_ERRORS } from '../../../fleet/messages.js';
import { defaultConcurrency, MAX_CONCURRENCY } from '../../../fleet/pool.js';
import type { FleetRunHooks, FleetRunOptions } from '../../../fleet/run.js';
import { worstExit } from '../../../fleet/summary.js';
import { plain } from '../../../report/fleet/common.js';
import { FLEET_FORMATS, formatFleet, type FleetFormat } from '../../../report/fleet/index.js';
import type { FleetPortalResult, FleetResult } from '../../../report/fleet/types.js';
import type { SpecLoadResult } from '../../../spec/types.js';
import type { CliContext } from '../../context.js';
import { requireFormat } from '../../context.js';
import { portalOptionsOf } from '../../portal-option.js';
import { startProgress } from '../../progress.js';
import { FLEET_CLI_ERRORS, FLEET_MESSAGES as M } from './messages.js';

interface RunCommon {
  concurrency?: string;
  shard?: string;
  out?: string[];
  reports?: string;
  timeout?: string;
  deadline?: string;
}

export interface FleetAuditOptions extends RunCommon {
  minScore?: string;
  failOn?: string;
  /** A folder, or false with --no-history. */
  history?: string | false;
  since?: string;
}

export interface FleetPlanOptions extends RunCommon {
  detailedExitcode?: boolean;
  prune?: boolean;
  allowDataLoss?: boolean;
}

export interface FleetMergeOptions {
  out?: string[];
  history?: string;
  since?: string;
  detailedExitcode?: boolean;
}

const NO_COLOUR = new Chalk({ level: 0 });

const FORMAT_BY_EXTENSION: ReadonlyArray<[RegExp, FleetFormat]> = [
  [/\.html?$/i, 'html'],
  [/\.(md|markdown)$/i, 'markdown'],
  [/\.json$/i, 'json'],
  [/\.xml$/i, 'junit'],
  [/\.(txt|log)$/i, 'pretty'],
];

/** A fleet file's problems in the shape the validation report prints, code frames and all. */
function asValidation(r: FleetLoadResult): SpecLoadResult {
  return {
    spec: undefined,
    problems: r.problems,
    ok: r.ok,
    rootFile: r.rootFile,
    baseDir: dirname(r.rootFile),
    projectRoot: dirname(r.rootFile),
    files: [r.rootFile],
    specHash: '',
    sources: r.sources,
    locate: r.locate,
  };
}

async function printProblems(ctx: CliContext, results: SpecLoadResult[]): Promise<void> {
  const { formatValidation } = await import('../../../report/validation/index.js');
  ctx.err.write(
    formatValidation('pretty', results, { lang: ctx.lang, chalk: ctx.chalk, cwd: ctx.cwd, version: VERSION }),
  );
}

/** Reads the fleet file; its problems are printed like `validate` prints a spec's, and nothing runs. */
async function loadFleet(ctx: CliContext, path: string): Promise<Fleet> {
  const { loadFleetFile } = await import('../../../fleet/file.js');
  const r = await loadFleetFile(path, { cwd: ctx.cwd });
  if (r.ok && r.fleet) return r.fleet;
  await printProblems(ctx, [asValidation(r)]);
  throw errorOf(FLEET_ERRORS, 'FLEET_FILE_INVALID', { where: path, data: { file: path } });
}

interface Output {
  format: FleetFormat;
  path?: string;
}

/** Each `--out` with its format (from --format when it is the only one, else from its extension), or stdout. */
function outputsOf(ctx: CliContext, outs: readonly string[] | undefined): Output[] {
  if (ctx.formatGiven) requireFormat(ctx, FLEET_FORMATS);
  const given = ctx.format as FleetFormat;
  if (!outs || outs.length === 0) return [{ format: given }];
  return outs.map((path) => {
    // `--out -` is stdout, in --format (pretty by default), beside the files.
    if (path === '-') return { format: given };
    if (outs.length === 1 && ctx.formatGiven) return { format: given, path };
    const format = FORMAT_BY_EXTENSION.find(([re]) => re.test(path))?.[1];
    if (!format) throw errorOf(FLEET_CLI_ERRORS, 'FLEET_OUT_FORMAT', { data: { file: path } });
    return { format, path };
  });
}

function toPosix(p: string): string {
  return p.split('\\').join('/');
}

async function emit(ctx: CliContext, result: FleetResult, outputs: readonly Output[]): Promise<void> {
  for (const o of outputs) {
    const at = o.path !== undefined ? resolve(ctx.cwd, o.path) : undefined;
    // A report path is relative to the folder the fleet ran in; a link must be relative to the file that holds it.
    const href = (report: string) =>
      at === undefined || isAbsolute(report)
        ? report
        : toPosix(relative(dirname(at), resolve(ctx.cwd, report)));
    const chalk = o.format === 'pretty' && at === undefined ? ctx.chalk : NO_COLOUR;
    const text = formatFleet(o.format, result, { lang: ctx.lang, chalk, href });
    if (at === undefined) ctx.out.write(text);
    else {
      await writeTextFile(at, text);
      ctx.note(ctx.t(M.saved, { path: o.path }));
    }
  }
}

function concurrencyOf(value: string | undefined): number {
  if (value === undefined)
    return defaultConcurrency({ cpus: availableParallelism(), totalMemBytes: totalmem() });
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_CONCURRENCY)
    throw errorOf(FLEET_ERRORS, 'FLEET_BAD_CONCURRENCY', { data: { value } });
  return n;
}

/** Done/total on a terminal (a spinner); a line per portal in a CI log; nothing with --quiet. */
async function progressOf(
  ctx: CliContext,
  total: number,
): Promise<{ finished: FleetRunHooks['finished']; stop(): void }> {
  let failed = 0;
  const text = (done: number) =>
    ctx.t(M.progress, { done, total, failed: failed > 0 ? ctx.t(M.progressFailed, { n: failed }) : '' });
  if (ctx.err.isTTY === true && ctx.format === 'pretty' && !ctx.quiet) {
    const spinner = await startProgress(ctx, text(0));
    return {
      finished: (p, done) => {
        if (p.error) failed++;
        spinner.update(text(done));
      },
      stop: () => spinner.stop(),
    };
  }
  return {
    finished: (p: FleetPortalResult, done, all) => {
      const what = p.error
        ? ctx.t(M.failedWith, { code: p.error.code, message: plain(p.error.message) })
        : p.plan
          ? ctx.t(p.plan.drift ? M.drifts : M.inSync)
          : ctx.t(M.scored, { score: p.score?.value ?? 0 });
      const mark = p.error ? ctx.chalk.red('✗') : ctx.chalk.green('✔');
      ctx.note(ctx.t(M.portalDone, { mark, name: p.name, what, done, total: all }));
    },
    stop: () => undefined,
  };
}

/** Each portal's full report into `--reports <dir>`; results link to them by a path relative to the working folder. */
function reportHooks(
  ctx: CliContext,
  dir: string | undefined,
): Pick<FleetRunHooks, 'auditReport' | 'planReport'> {
  if (dir === undefined) return {};
  const abs = resolve(ctx.cwd, dir);
  const shown = (file: string) => toPosix(relative(ctx.cwd, join(abs, file)) || file);
  return {
    auditReport: async (name, report) => {
      const { formatAudit } = await import('../../../report/audit/index.js');
      const o = { lang: ctx.lang, chalk: NO_COLOUR, cwd: ctx.cwd };
      await writeTextFile(join(abs, `${name}.html`), formatAudit('html', report, o));
      await writeTextFile(join(abs, `${name}.json`), formatAudit('json', report, o));
      return shown(`${name}.html`);
    },
    planReport: async (name, plan) => {
      const [{ formatPlanJson }, { formatPlanMarkdown }] = await Promise.all([
        import('../../../report/plan/json.js'),
        import('../../../report/plan/markdown.js'),
      ]);
      await writeTextFile(join(abs, `${name}.plan.json`), formatPlanJson(plan));
      await writeTextFile(join(abs, `${name}.md`), formatPlanMarkdown(plan, ctx.lang));
      return shown(`${name}.md`);
    },
  };
}

async function runOn(
  ctx: CliContext,
  path: string,
  o: RunCommon,
  kind: 'audit' | 'plan',
  extra: Partial<FleetRunOptions>,
): Promise<{ result: FleetResult; outputs: Output[] }> {
  const outputs = outputsOf(ctx, o.out);
  const [{ parseShard }, { runFleet }] = await Promise.all([
    import('../../../fleet/shard.js'),
    import('../../../fleet/run.js'),
  ]);
  const shard = o.shard !== undefined ? parseShard(o.shard) : undefined;
  const concurrency = concurrencyOf(o.concurrency);
  const { open } = portalOptionsOf({ timeout: o.timeout, deadline: o.deadline });
  const fleet = await loadFleet(ctx, path);
  const { inShard } = await import('../../../fleet/shard.js');
  const total = inShard(fleet.portals, shard).length;
  ctx.note(
    ctx.t(M.starting, {
      n: total,
      concurrency: Math.min(concurrency, Math.max(1, total)),
      shard: shard ? ctx.t(M.shardOf, { index: shard.index, count: shard.count }) : '',
    }),
  );
  const progress = await progressOf(ctx, total);
  try {
    const result = await runFleet(fleet, {
      kind,
      lang: ctx.lang,
      env: ctx.env,
      homeDir: ctx.homeDir,
      cwd: ctx.cwd,
      now: ctx.now,
      concurrency,
      ...(shard ? { shard } : {}),
      ...(open.timeoutMs !== undefined ? { timeoutMs: open.timeoutMs } : {}),
      ...(open.deadlineMs !== undefined ? { deadlineMs: open.deadlineMs } : {}),
      ...extra,
      hooks: { finished: progress.finished, ...reportHooks(ctx, o.reports) },
    });
    return { result, outputs };
  } finally {
    progress.stop();
  }
}

function finish(
  ctx: CliContext,
  result: FleetResult,
  countDrift: boolean,
  o: { reports?: string },
): ExitCode {
  if (o.reports !== undefined && result.portals.some((p) => p.report !== undefined))
    ctx.note(ctx.t(M.reportsSaved, { dir: o.reports }));
  // Without --detailed-exitcode a drifting portal is not a failure, as with `plan`.
  return worstExit(
    result.portals.map((p) => (p.exitCode === EXIT.changes && !countDrift ? EXIT.ok : p.exitCode)),
  );
}

/** `b24cfg fleet audit <fleet.yaml>`. */
export async function runFleetAudit(ctx: CliContext, path: string, o: FleetAuditOptions): Promise<ExitCode> {
  const gates = parseGates(o.minScore, o.failOn);
  const { parseSince } = await import('../../../fleet/history.js');
  const fleetDir = dirname(resolve(ctx.cwd, path));
  const dir =
    typeof o.history === 'string' ? resolve(ctx.cwd, o.history) : join(fleetDir, '.b24cfg', 'fleet-history');
  const since = o.since !== undefined ? parseSince(o.since, dir) : undefined;
  const useHistory = o.history !== false || since !== undefined;
  const { result, outputs } = await runOn(ctx, path, o, 'audit', {
    gates,
    ...(useHistory
      ? { history: { dir, write: o.history !== false, ...(since !== undefined ? { since } : {}) } }
      : {}),
  });
  await emit(ctx, result, outputs);
  if (o.history !== false)
    ctx.note(ctx.t(M.historySaved, { run: result.run.id, dir: toPosix(relative(ctx.cwd, dir) || dir) }));
  return finish(ctx, result, true, o);
}

/** `b24cfg fleet plan <fleet.yaml>`: the drift check of every portal against its spec. */
export async function runFleetPlan(ctx: CliContext, path: string, o: FleetPlanOptions): Promise<ExitCode> {
  const { result, outputs } = await runOn(ctx, path, o, 'plan', {
    planOptions: { prune: o.prune === true, allowDataLoss: o.allowDataLoss === true },
  });
  await emit(ctx, result, outputs);
  return finish(ctx, result, o.detailedExitcode === true, o);
}

/** `b24cfg fleet merge <results…>`: shard results → one result, rendered like one run. */
export async function runFleetMerge(
  ctx: CliContext,
  files: string[],
  o: FleetMergeOptions,
): Promise<ExitCode> {
  const outputs = outputsOf(ctx, o.out);
  const { mergeFleetResults, readFleetResult } = await import('../../../fleet/merge.js');
  const inputs = await Promise.all(files.map((f) => readFleetResult(resolve(ctx.cwd, f), f)));
  const result = mergeFleetResults(inputs);
  if (o.history !== undefined && result.kind === 'audit') {
    const [{ parseSince }, { compareWithHistory }] = await Promise.all([
      import('../../../fleet/history.js'),
      import('../../../fleet/run.js'),
    ]);
    const dir = resolve(ctx.cwd, o.history);
    const since = o.since !== undefined ? parseSince(o.since, dir) : undefined;
    await compareWithHistory(
      { dir, write: true, ...(since !== undefined ? { since } : {}) },
      result.run.id,
      result.portals,
    );
    ctx.note(ctx.t(M.historySaved, { run: result.run.id, dir: o.history }));
  }
  await emit(ctx, result, outputs);
  return finish(ctx, result, result.kind === 'audit' || o.detailedExitcode === true, {});
}

/** `b24cfg fleet validate <fleet.yaml>`: the fleet file and every spec it names, offline. */
export async function runFleetValidate(ctx: CliContext, path: string): Promise<ExitCode> {
  requireFormat(ctx, ['pretty']);
  const fleet = await loadFleet(ctx, path);
  ctx.out.write(
    `${ctx.t(M.fleetOk, { ok: ctx.chalk.green('✔'), file: fleet.shown, n: fleet.portals.length })}\n`,
  );
  const specs = [...new Set(fleet.portals.flatMap((p) => (p.spec !== undefined ? [p.spec] : [])))];
  if (specs.length === 0) {
    ctx.note(ctx.t(M.noSpecs));
    return EXIT.ok;
  }
  const { loadSpec } = await import('../../../spec/index.js');
  const results = await Promise.all(specs.map((s) => loadSpec(s, { env: ctx.env, cwd: ctx.cwd })));
  const { formatValidation } = await import('../../../report/validation/index.js');
  ctx.out.write(
    formatValidation('pretty', results, { lang: ctx.lang, chalk: ctx.chalk, cwd: ctx.cwd, version: VERSION }),
  );
  return results.every((r) => r.ok) ? EXIT.ok : EXIT.findings;
}

/** `b24cfg fleet schema`: the fleet file's JSON Schema. */
export async function runFleetSchema(ctx: CliContext): Promise<ExitCode> {
  requireFormat(ctx, ['pretty', 'json']);
  const { FLEET_SCHEMA } = await import('../../../fleet/schema-json.js');
  ctx.out.write(dataJson(FLEET_SCHEMA));
  return EXIT.ok;
}
