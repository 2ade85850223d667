/**
 * Injected failures, decided by a seeded PRNG so that a failing run can be replayed. Some happen
 * before the portal applies the request (503, 429, 500 with an HTML page, a connection dropped before
 * the request was read), some after (a connection dropped after the write was applied, a stalled
 * answer, a slow answer): the client must never assume that a lost answer means a lost write.
 */
import { createRng, type Rng } from './prng.js';

export type FaultKind = '503' | '429' | '500' | 'slow' | 'timeout' | 'drop-before' | 'drop-after';

export const ALL_FAULT_KINDS: readonly FaultKind[] = [
  '503',
  '429',
  '500',
  'slow',
  'timeout',
  'drop-before',
  'drop-after',
];

export interface FaultOptions {
  /** Probability in [0, 1] that a request fails. */
  rate: number;
  seed: number;
  kinds?: FaultKind[];
  /** How long a "slow" answer takes; default 2 000 ms. */
  slowMs?: number;
}

export class FaultInjector {
  private readonly rng: Rng;
  private readonly kinds: readonly FaultKind[];

  constructor(readonly opts: FaultOptions) {
    this.rng = createRng(opts.seed);
    this.kinds = opts.kinds && opts.kinds.length > 0 ? opts.kinds : ALL_FAULT_KINDS;
  }

  roll(): FaultKind | undefined {
    if (this.rng.next() >= this.opts.rate) return undefined;
    return this.rng.pick(this.kinds);
  }
}

/** The body a load balancer sends with a 500: HTML, not JSON. */
export const HTML_500 =
  '<html>\r\n<head><title>500 Internal Server Error</title></head>\r\n<body>\r\n<center><h1>500 Internal Server Error</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
