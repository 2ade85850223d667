/**
 * Virtual time for concurrent code: `sleep` parks a promise until the clock reaches its deadline, and
 * `run` moves the clock to the next deadline whenever every promise chain is waiting. Sleeps that
 * overlap overlap in virtual time too (VirtualClock in fake-wire.ts adds each sleep up, which is
 * right only for code that waits one thing at a time).
 */
export class VirtualScheduler {
  private t: number;
  private seq = 0;
  private readonly timers: Array<{ at: number; seq: number; resolve: () => void }> = [];

  constructor(start = 0) {
    this.t = start;
  }

  now = (): number => this.t;

  sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      this.timers.push({ at: this.t + Math.max(0, ms), seq: this.seq++, resolve });
    });

  /** Runs `main` to its end in virtual time; throws if it waits on something that is not a timer. */
  async run<T>(main: () => Promise<T>): Promise<T> {
    let outcome: { value: T } | { error: unknown } | undefined;
    main().then(
      (value) => {
        outcome = { value };
      },
      (error: unknown) => {
        outcome = { error };
      },
    );
    for (;;) {
      // setImmediate runs after every pending promise callback, including the ones they queue.
      await new Promise((r) => setImmediate(r));
      if (outcome) break;
      if (this.timers.length === 0) throw new Error('virtual time: waiting on something that is not a timer');
      this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = this.timers.shift()!;
      this.t = Math.max(this.t, next.at);
      next.resolve();
    }
    if ('error' in outcome) throw outcome.error;
    return outcome.value;
  }
}
