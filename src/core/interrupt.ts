import { CliError, errorOf } from './errors.js';
import { CORE_ERRORS } from './messages.js';

/**
 * Ctrl-C and SIGTERM reach a command as an AbortSignal: src/cli/main.ts aborts it with the signal's
 * name as the reason, and whatever waits on the network or a timer ends with INTERRUPTED (exit 130).
 */
function signalName(signal: AbortSignal): string {
  const r: unknown = signal.reason;
  return typeof r === 'string' && /^SIG[A-Z]+$/.test(r) ? r : 'SIGINT';
}

export function interruptedError(signal: AbortSignal): CliError {
  return errorOf(CORE_ERRORS, 'INTERRUPTED', { data: { signal: signalName(signal) } });
}

export function isInterrupted(e: unknown): boolean {
  return e instanceof CliError && e.code === 'INTERRUPTED';
}

export function throwIfInterrupted(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw interruptedError(signal);
}

/** `work`, or INTERRUPTED as soon as `signal` aborts (the work itself is left to finish unseen). */
export function untilInterrupted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return work;
  if (signal.aborted) return Promise.reject(interruptedError(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(interruptedError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    work.finally(() => signal.removeEventListener('abort', onAbort)).then(resolve, reject);
  });
}

/** A signal that never aborts, for callers (tests, library use) that give none. */
export const NEVER_ABORTED: AbortSignal = new AbortController().signal;
