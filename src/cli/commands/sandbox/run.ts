/**
 * `b24cfg sandbox serve` and `b24cfg sandbox init`: options parsed here, the emulator reached through
 * src/portal/sandbox-adapter.ts. Serving ends on SIGINT/SIGTERM: the server closes, the state is saved
 * when --state was given, and the promise resolves (only src/cli/main.ts ends the process).
 */
import { dataJson } from '../../../core/data-text.js';
import { resolve as resolvePath } from 'node:path';
import { errorOf } from '../../../core/errors.js';
import { EXIT, type ExitCode } from '../../../core/exit-codes.js';
import {
  loadSandboxState,
  saveSandboxState,
  seededState,
  SEED_KINDS,
  serveSandbox,
  stateCounts,
  type SandboxState,
  type SeedKind,
  type ServedSandbox,
} from '../../../portal/sandbox-adapter.js';
import type { CliContext } from '../../context.js';
import type { Writer } from '../../io.js';
import { SANDBOX_ERRORS, SANDBOX_MESSAGES } from './messages.js';
import { shellArg } from '../../../core/command-line.js';
import { badOption, intOption } from './options.js';
import { pathExists } from '../../../core/files.js';

export interface SeedOptions {
  seed?: string;
  deals?: string;
  randomSeed?: string;
}

export interface ServeOptions extends SeedOptions {
  port?: string;
  state?: string;
  latency?: string;
  limits?: boolean;
  faults?: string;
  faultSeed?: string;
  scopes?: string;
  licence?: string;
  /** `--fleet <n>`: n emulated portals, each on its own port. */
  fleet?: string;
}

export interface InitOptions extends SeedOptions {
  force?: boolean;
}

/** `offset` moves the data generator's seed: the portals of `serve --fleet` hold different data. */
function seedOf(opts: SeedOptions, offset = 0) {
  const seed = opts.seed ?? 'fresh';
  if (!(SEED_KINDS as readonly string[]).includes(seed))
    throw badOption('--seed', seed, SANDBOX_MESSAGES.seedKinds);
  if (seed !== 'large') return seededState({ seed: seed as SeedKind });
  return seededState({
    seed,
    deals: intOption('--deals', opts.deals, 10_000),
    randomSeed: intOption('--random-seed', opts.randomSeed, 1) + offset,
  });
}

/** Serving ends on Ctrl-C or SIGTERM (src/cli/main.ts aborts the command's signal). */
function waitForStop(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/**
 * `raw` is the unredacted stdout: the sandbox's webhook secret is a fixed local value that opens nothing
 * but this process, and the user has to copy the URL, so it is printed in full.
 */
export async function sandboxServe(ctx: CliContext, raw: Writer, opts: ServeOptions): Promise<ExitCode> {
  if (opts.fleet !== undefined) return sandboxServeFleet(ctx, raw, opts);
  const statePath = opts.state !== undefined ? resolvePath(ctx.cwd, opts.state) : undefined;
  const fromFile = statePath !== undefined && (await pathExists(statePath));
  const state = fromFile && statePath !== undefined ? await loadSandboxState(statePath) : seedOf(opts).state;
  const rate = faultRateOf(opts);
  const served = await serveOne(state, intOption('--port', opts.port, 0), opts);
  if (ctx.format === 'json') {
    raw.write(
      `${JSON.stringify({ version: 1, url: served.url, port: served.port, limits: served.limits, faults: rate })}\n`,
    );
  } else {
    raw.write(`${served.url}\n`);
    ctx.note(
      ctx.t(SANDBOX_MESSAGES.listening, {
        port: served.port,
        url: shellArg(served.url),
        limits: served.limits ? '' : ctx.t(SANDBOX_MESSAGES.withoutLimits),
        save: statePath === undefined ? '' : ctx.t(SANDBOX_MESSAGES.savedOnStop, { path: statePath }),
      }),
    );
  }
  // Stopping is the normal end of a server: it closes, saves the state and exits 0 by itself.
  ctx.deferInterrupt();
  await waitForStop(ctx.signal);
  const stopped = await served.stop();
  if (statePath !== undefined) await saveSandboxState(stopped.state, statePath);
  ctx.note(ctx.t(SANDBOX_MESSAGES.stopped, { n: stopped.requests }));
  return EXIT.ok;
}

function faultRateOf(opts: ServeOptions): number {
  const rate = opts.faults !== undefined ? Number(opts.faults) : 0;
  if (!Number.isFinite(rate) || rate < 0 || rate > 1)
    throw badOption('--faults', opts.faults ?? '', SANDBOX_MESSAGES.share);
  return rate;
}

/** One emulator on 127.0.0.1 with the serve options; a busy port is SANDBOX_PORT_IN_USE. */
async function serveOne(state: SandboxState, port: number, opts: ServeOptions): Promise<ServedSandbox> {
  const rate = faultRateOf(opts);
  const scopes =
    opts.scopes !== undefined
      ? opts.scopes
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '')
      : undefined;
  try {
    return await serveSandbox({
      state,
      port,
      latencyMs: intOption('--latency', opts.latency, 0),
      limits: opts.limits !== false,
      faultRate: rate,
      faultSeed: rate > 0 ? intOption('--fault-seed', opts.faultSeed, 1) : 1,
      scopes,
      licence: opts.licence,
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw errorOf(SANDBOX_ERRORS, 'SANDBOX_PORT_IN_USE', { data: { port } });
    throw e;
  }
}

/**
 * `sandbox serve --fleet <n>`: n emulated portals, each with its own state, rate bucket and port (from
 * --port on, one after another, or free ones), to rehearse `b24cfg fleet` locally. Their URLs go to stdout
 * as `SANDBOX_<i>=<url>` lines, ready for a shell to source and a fleet file to name as `${env:SANDBOX_<i>}`.
 */
async function sandboxServeFleet(ctx: CliContext, raw: Writer, opts: ServeOptions): Promise<ExitCode> {
  const n = Number(opts.fleet);
  if (!Number.isInteger(n) || n < 1 || n > MAX_FLEET)
    throw badOption('--fleet', String(opts.fleet), SANDBOX_MESSAGES.fleetSize);
  if (opts.state !== undefined) throw badOption('--state', opts.state, SANDBOX_MESSAGES.fleetAndState);
  const first = intOption('--port', opts.port, 0);
  const served: ServedSandbox[] = [];
  try {
    for (let i = 0; i < n; i++)
      served.push(await serveOne(seedOf(opts, i).state, first === 0 ? 0 : first + i, opts));
  } catch (e) {
    await Promise.all(served.map((s) => s.stop()));
    throw e;
  }
  const portals = served.map((s, i) => ({ name: `SANDBOX_${i + 1}`, url: s.url, port: s.port }));
  if (ctx.format === 'json') {
    raw.write(
      `${JSON.stringify({ version: 1, portals, limits: served[0]?.limits ?? true, faults: faultRateOf(opts) })}\n`,
    );
  } else {
    for (const p of portals) raw.write(`${p.name}=${p.url}\n`);
    ctx.note(
      ctx.t(SANDBOX_MESSAGES.listeningFleet, {
        n,
        ports: portals.map((p) => p.port).join(', '),
        limits: served[0]?.limits === false ? ctx.t(SANDBOX_MESSAGES.withoutLimits) : '',
      }),
    );
  }
  // As the single server: the sandboxes close and say so, exit 0.
  ctx.deferInterrupt();
  await waitForStop(ctx.signal);
  const stopped = await Promise.all(served.map((s) => s.stop()));
  ctx.note(ctx.t(SANDBOX_MESSAGES.stoppedFleet, { n: stopped.reduce((sum, s) => sum + s.requests, 0) }));
  return EXIT.ok;
}

const MAX_FLEET = 100;

export async function sandboxInit(ctx: CliContext, file: string, opts: InitOptions): Promise<ExitCode> {
  const path = resolvePath(ctx.cwd, file);
  if (opts.force !== true && (await pathExists(path)))
    throw errorOf(SANDBOX_ERRORS, 'SANDBOX_STATE_EXISTS', { where: file, data: { file } });
  const { state, truth } = seedOf(opts);
  await saveSandboxState(state, path);
  const counts = stateCounts(state);
  if (ctx.format === 'json') {
    ctx.out.write(
      dataJson({ version: 1, file, deals: counts.deals, users: counts.users, truth: truth ?? null }),
    );
    return EXIT.ok;
  }
  ctx.out.write(`${ctx.t(SANDBOX_MESSAGES.wrote, { ok: ctx.chalk.green('✔'), file, ...counts })}\n`);
  ctx.note(ctx.t(SANDBOX_MESSAGES.next, { file }));
  return EXIT.ok;
}
