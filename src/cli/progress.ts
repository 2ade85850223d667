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

/**
 * A spinner redraws its line by moving the cursor up as many lines as its text takes at the terminal's
 * width; a terminal that reports 0 columns (a pseudo-terminal with no size, as `script -qfc` makes in
 * CI) made that count infinite and the spinner print cursor moves without end
 * (test/cli/progress.test.ts). Below this width a spinner line would wrap anyway.
 */
export const MIN_SPINNER_COLUMNS = 20;

/** Frames per second at most: a few, so a slow terminal or a log that records it is not flooded. */
export const SPINNER_INTERVAL_MS = 250;

export interface ProgressOptions {
  /**
   * The result goes to a file (--out), so stdout carries no machine-readable output whatever the
   * --format: `audit --format html --out report.html` shows its pages as pretty does.
   */
  resultToFile?: boolean;
}

/** Whether a spinner may be drawn on this context's stderr. */
export function spinnerAllowed(ctx: CliContext, o: ProgressOptions = {}): boolean {
  const columns = ctx.err.columns;
  return (
    !ctx.quiet &&
    (ctx.format === 'pretty' || o.resultToFile === true) &&
    ctx.err.isTTY === true &&
    typeof columns === 'number' &&
    Number.isFinite(columns) &&
    columns >= MIN_SPINNER_COLUMNS &&
    !ctx.signal.aborted
  );
}

/**
 * An ora spinner on a terminal of known width; nothing when output is piped, quiet, machine-readable or
 * the width is unknown. It stops by itself when the command is interrupted.
 */
export async function startProgress(
  ctx: CliContext,
  text: string,
  o: ProgressOptions = {},
): Promise<Progress> {
  if (!spinnerAllowed(ctx, o)) return silent;
  const { default: ora } = await import('ora');
  const spinner = ora({
    text,
    stream: process.stderr,
    isEnabled: true,
    interval: SPINNER_INTERVAL_MS,
    // Left on, ora puts stdin in raw mode and Ctrl-C becomes a key press, not the interrupt.
    discardStdin: false,
  }).start();
  const onAbort = () => spinner.stop();
  ctx.signal.addEventListener('abort', onAbort, { once: true });
  const done = () => ctx.signal.removeEventListener('abort', onAbort);
  return {
    update: (t) => {
      spinner.text = t;
    },
    succeed: (t) => {
      done();
      spinner.succeed(t);
    },
    fail: (t) => {
      done();
      spinner.fail(t);
    },
    stop: () => {
      done();
      spinner.stop();
    },
  };
}
