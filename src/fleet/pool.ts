/**
 * The bounded pool a fleet runs its portals in. A portal's audit mostly waits: on its portal's leaky
 * bucket (2 requests a second once the burst is spent, docs/bitrix24/limits.md#leaky-bucket) and on the
 * network, so one core keeps several portals going; what bounds the pool is memory, since an audit holds
 * the rows it scanned (hundreds of MB for 100 000 deals, BENCHMARKS.md#results).
 */
export const MAX_CONCURRENCY = 256;
const PORTALS_PER_CORE = 8;
const MEMORY_PER_PORTAL = 512 * 1024 * 1024;

/** The default `--concurrency`: eight portals a core, one per 512 MB of memory, at least 2, at most 64. */
export function defaultConcurrency(machine: { cpus: number; totalMemBytes: number }): number {
  const byCpu = Math.max(1, machine.cpus) * PORTALS_PER_CORE;
  const byMemory = Math.floor(machine.totalMemBytes / MEMORY_PER_PORTAL);
  return Math.max(2, Math.min(64, byCpu, byMemory));
}

/**
 * Runs `work` on every item, at most `limit` at a time, and returns the results in the items' order.
 * `work` must not throw: a fleet reports a failing portal as a result and goes on with the rest.
 */
export async function runPool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, () => worker()));
  return results;
}

/** One at a time per key: two fleet entries of one portal share its rate bucket, so they never overlap. */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<void>>();

  async run<R>(key: string, body: () => Promise<R>): Promise<R> {
    const before = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const tail = before.then(() => mine);
    this.tails.set(key, tail);
    await before;
    try {
      return await body();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}
