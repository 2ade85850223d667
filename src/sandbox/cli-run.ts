/**
 * What `b24cfg sandbox serve` and `b24cfg sandbox init` do, kept out of the command file so that the
 * command stays a thin parser. Serving ends on SIGINT/SIGTERM: the server closes, the state is saved
 * when --state was given, and the promise resolves (only src/cli/main.ts ends the process).
 */
import { access } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';
import type { CliContext } from '../cli/context.js';
import type { Writer } from '../cli/io.js';
import { CliError } from '../core/errors.js';
import { EXIT, type ExitCode } from '../core/exit-codes.js';
import { createEmulator } from './emulator.js';
import { ALL_FAULT_KINDS } from './faults.js';
import { generatePortal, type GeneratorTruth } from './generator.js';
import { loadSandboxState, saveSandboxState } from './persistence.js';
import { ALL_SCOPES } from './registry.js';
import { freshPortalState } from './seeds.js';
import { startSandboxServer } from './server.js';
import type { SandboxState } from './state.js';
import { ALL_VARIANTS, applyVariants } from './variants.js';

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
}

export interface InitOptions extends SeedOptions {
  force?: boolean;
}

function badOption(option: string, value: string, expected: { ru: string; en: string }): CliError {
  return new CliError({
    code: 'SANDBOX_BAD_OPTION',
    message: { ru: 'недопустимое значение {option}: «{value}»', en: 'invalid {option} value: "{value}"' },
    hint: expected,
    data: { option, value },
  });
}

function intOption(option: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    throw badOption(option, value, {
      ru: `Нужно целое число не меньше ${min}.`,
      en: `Use a whole number of at least ${min}.`,
    });
  }
  return n;
}

/**
 * The state a seed option describes: a brand-new portal, one with every real-answer variant, or a
 * generated large one with its truth, dated back from `now` (the portal's clock) so that the audit's
 * date windows find rows (docs/bitrix24/parity.md#generated-data).
 */
export function seededState(
  opts: SeedOptions,
  now: number = Date.now(),
): { state: SandboxState; truth?: GeneratorTruth } {
  const seed = opts.seed ?? 'fresh';
  if (seed === 'fresh') return { state: freshPortalState() };
  if (seed === 'real-shapes') {
    const state = freshPortalState();
    applyVariants(state, ALL_VARIANTS, now);
    return { state };
  }
  if (seed === 'large') {
    return generatePortal({
      deals: intOption('--deals', opts.deals, 10_000),
      seed: intOption('--random-seed', opts.randomSeed, 1),
      now,
    });
  }
  throw badOption('--seed', seed, {
    ru: 'Допустимо: fresh, real-shapes, large.',
    en: 'Use fresh, real-shapes or large.',
  });
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

function waitForStop(): Promise<string> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

/**
 * `raw` is the unredacted stdout: the sandbox's webhook secret is a fixed local value that opens nothing
 * but this process, and the user has to copy the URL, so it is printed in full.
 */
export async function sandboxServe(ctx: CliContext, raw: Writer, opts: ServeOptions): Promise<ExitCode> {
  const statePath = opts.state !== undefined ? resolvePath(ctx.cwd, opts.state) : undefined;
  const fromFile = statePath !== undefined && (await exists(statePath));
  const state =
    fromFile && statePath !== undefined ? await loadSandboxState(statePath) : seededState(opts).state;
  const rate = opts.faults !== undefined ? Number(opts.faults) : 0;
  if (!Number.isFinite(rate) || rate < 0 || rate > 1) {
    throw badOption('--faults', opts.faults ?? '', {
      ru: 'Доля от 0 до 1, например 0.05.',
      en: 'A share from 0 to 1, e.g. 0.05.',
    });
  }
  const scopes =
    opts.scopes !== undefined
      ? opts.scopes
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '')
      : [...ALL_SCOPES];
  const emulator = createEmulator({
    state,
    limits: opts.limits === false ? false : {},
    faults:
      rate > 0
        ? { rate, seed: intOption('--fault-seed', opts.faultSeed, 1), kinds: [...ALL_FAULT_KINDS] }
        : undefined,
    webhook: { userId: 1, secret: 'sandboxsecret0000', scopes },
    licence: opts.licence,
  });
  let server: Awaited<ReturnType<typeof startSandboxServer>>;
  try {
    server = await startSandboxServer({
      emulator,
      port: intOption('--port', opts.port, 0),
      latencyMs: intOption('--latency', opts.latency, 0),
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new CliError({
        code: 'SANDBOX_PORT_IN_USE',
        message: { ru: 'порт {port} уже занят', en: 'port {port} is already in use' },
        hint: {
          ru: 'Укажите другой: --port 0 выберет свободный.',
          en: 'Choose another one; --port 0 picks a free port.',
        },
        data: { port: opts.port ?? '0' },
      });
    }
    throw e;
  }
  if (ctx.format === 'json') {
    raw.write(
      `${JSON.stringify({ version: 1, url: server.url, port: server.port, limits: emulator.limits !== undefined, faults: rate })}\n`,
    );
  } else {
    raw.write(`${server.url}\n`);
    ctx.note(
      ctx.t(
        {
          ru: 'Песочница Bitrix24 работает на 127.0.0.1:{port}{limits}. Адрес вебхука выше; пример: b24cfg plan b24cfg.yaml --portal <адрес>\nОстановка: Ctrl+C{save}.',
          en: 'The Bitrix24 sandbox is listening on 127.0.0.1:{port}{limits}. The webhook URL is above; try: b24cfg plan b24cfg.yaml --portal <url>\nStop with Ctrl+C{save}.',
        },
        {
          port: server.port,
          limits: emulator.limits ? '' : ctx.lang === 'ru' ? ' (без лимитов)' : ' (no limits)',
          save:
            statePath === undefined
              ? ''
              : ctx.lang === 'ru'
                ? `; состояние сохранится в ${statePath}`
                : `; the state will be saved to ${statePath}`,
        },
      ),
    );
  }
  await waitForStop();
  await server.close();
  if (statePath !== undefined) await saveSandboxState(emulator.state, statePath);
  ctx.note(
    ctx.t(
      {
        ru: 'Песочница остановлена; обработано запросов: {n}.',
        en: 'The sandbox stopped; requests served: {n}.',
      },
      { n: emulator.requestLog.length },
    ),
  );
  return EXIT.ok;
}

export async function sandboxInit(ctx: CliContext, file: string, opts: InitOptions): Promise<ExitCode> {
  const path = resolvePath(ctx.cwd, file);
  if (opts.force !== true && (await exists(path))) {
    throw new CliError({
      code: 'SANDBOX_STATE_EXISTS',
      message: { ru: 'файл {file} уже есть', en: '{file} already exists' },
      hint: { ru: 'Добавьте --force, чтобы перезаписать его.', en: 'Add --force to overwrite it.' },
      where: file,
      data: { file },
    });
  }
  const { state, truth } = seededState(opts);
  await saveSandboxState(state, path);
  if (ctx.format === 'json') {
    ctx.out.write(
      `${JSON.stringify({ version: 1, file, deals: state.deals.length, users: state.users.length, truth: truth ?? null }, null, 2)}\n`,
    );
    return EXIT.ok;
  }
  ctx.out.write(
    `${ctx.t(
      {
        ru: '{ok} Записан портал-песочница {file} (воронок: {pipelines}, сделок: {deals}, пользователей: {users}).',
        en: '{ok} Wrote the sandbox portal {file} (pipelines: {pipelines}, deals: {deals}, users: {users}).',
      },
      {
        ok: ctx.chalk.green('✔'),
        file,
        pipelines: state.pipelines.length + 1,
        deals: state.deals.length,
        users: state.users.length,
      },
    )}\n`,
  );
  ctx.note(
    ctx.t(
      {
        ru: 'Дальше: b24cfg audit --portal sandbox:{file}',
        en: 'Next: b24cfg audit --portal sandbox:{file}',
      },
      { file },
    ),
  );
  return EXIT.ok;
}
