import { InternalError } from '../core/errors.js';

/**
 * How many requests may be admitted at once: each holds its place from the moment it takes a slot of
 * the rate bucket until its answer (or its last retry) is in. Bounding this also bounds how far our
 * copy of the bucket can run ahead of what the portal has actually received.
 */
export const DEFAULT_MAX_IN_FLIGHT = 4;

/** At most `limit` tasks run at once; the others wait their turn, first come, first served. */
export class InFlightLimit {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new InternalError(`the in-flight limit must be a whole number ≥ 1, not ${limit}`);
    }
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.active < this.limit) {
      this.active += 1;
      return Promise.resolve();
    }
    // The place is handed over by release(), so `active` never dips while others wait.
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active -= 1;
  }
}

export type Settled<T> =
  | { state: 'done'; value: T }
  | { state: 'failed'; error: unknown }
  /** Never started: an earlier task made the pool stop. */
  | { state: 'not-sent' };

/**
 * Runs tasks 0…n-1, at most `limit` at a time, starting them in index order. When `stopAfter` says so
 * about a finished task, no further task is started; those already running finish (a request in
 * flight cannot be recalled, and its outcome must be known). Outcomes come back by index.
 */
export async function runInOrder<T>(
  n: number,
  limit: number,
  task: (index: number) => Promise<T>,
  stopAfter: (outcome: Settled<T>) => boolean,
): Promise<Settled<T>[]> {
  const out: Settled<T>[] = Array.from({ length: n }, () => ({ state: 'not-sent' }));
  let next = 0;
  let stopped = false;
  const worker = async (): Promise<void> => {
    while (!stopped && next < n) {
      const i = next;
      next += 1;
      let outcome: Settled<T>;
      try {
        outcome = { state: 'done', value: await task(i) };
      } catch (error) {
        outcome = { state: 'failed', error };
      }
      out[i] = outcome;
      if (stopAfter(outcome)) stopped = true;
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, n) }, worker));
  return out;
}
