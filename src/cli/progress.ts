import type { CliContext } from './context.js';

export interface Progress {
  update(text: string): void;
  succeed(text: string): void;
  fail(text: string): void;
  stop(): void;
}

const silent: Progress = {
  update: () => undefined,
  succeed: () => undefined,
  fail: () => undefined,
  stop: () => undefined,
};

/** An ora spinner on a terminal; nothing when output is piped, quiet or machine-readable. */
export async function startProgress(ctx: CliContext, text: string): Promise<Progress> {
  if (ctx.quiet || ctx.err.isTTY !== true || ctx.format !== 'pretty') return silent;
  const { default: ora } = await import('ora');
  const spinner = ora({ text, stream: process.stderr, isEnabled: true }).start();
  return {
    update: (t) => {
      spinner.text = t;
    },
    succeed: (t) => spinner.succeed(t),
    fail: (t) => spinner.fail(t),
    stop: () => spinner.stop(),
  };
}
