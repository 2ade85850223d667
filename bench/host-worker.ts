/**
 * One benchmark portal in a worker thread of its own (BENCHMARKS.md#many-portals-issue-19): a fleet's
 * portals are separate servers, so here each one gets its own event loop instead of all of them taking
 * turns on the bench's. The worker builds its portal from a recipe (the generator is seeded, so the same
 * recipe gives the same portal for the fleet run and for the portal alone), serves it with
 * `startHost`, and answers the parent's requests for its counts and its close.
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { freshPortalState, generatePortal } from '../src/sandbox/index.js';
import { startHost, type HostCounts } from './sandbox-host.js';

/** What portal to serve: a generated one (`deals` > 0) or a fresh one. */
export interface PortalRecipe {
  deals: number;
  seed: number;
  /** The clock the generated data is dated back from (ms). */
  now: number;
}

export interface WorkerHostOptions {
  recipe: PortalRecipe;
  latencyMs: number;
  processingMs: number;
}

export interface WorkerHost {
  url: string;
  counts(): Promise<HostCounts>;
  close(): Promise<void>;
}

/** Tells this module's worker from any other (vitest runs test files in workers too). */
const MARK = 'b24cfgBenchHost';

type FromWorker =
  { kind: 'ready'; url: string } | { kind: 'counts'; counts: HostCounts } | { kind: 'closed' };

/** Starts a portal in a new worker; resolves once it listens. */
export function startWorkerHost(o: WorkerHostOptions): Promise<WorkerHost> {
  const worker = new Worker(new URL('./host-worker.js', import.meta.url), {
    workerData: { [MARK]: true, ...o },
  });
  const next = (kind: FromWorker['kind']): Promise<FromWorker> =>
    new Promise((resolve, reject) => {
      const onMessage = (m: FromWorker) => {
        if (m.kind !== kind) return;
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve(m);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
  return next('ready').then((ready) => ({
    url: (ready as { url: string }).url,
    counts: async () => {
      const m = next('counts');
      worker.postMessage('counts');
      return ((await m) as { counts: HostCounts }).counts;
    },
    close: async () => {
      const m = next('closed');
      worker.postMessage('close');
      await m;
      await worker.terminate();
    },
  }));
}

async function serve(port: NonNullable<typeof parentPort>, o: WorkerHostOptions): Promise<void> {
  const { deals, seed, now } = o.recipe;
  const state = deals > 0 ? generatePortal({ deals, seed, now }).state : freshPortalState();
  const host = await startHost({ state, latencyMs: o.latencyMs, processingMs: o.processingMs });
  port.on('message', (m: string) => {
    if (m === 'counts') port.postMessage({ kind: 'counts', counts: host.counts } satisfies FromWorker);
    if (m === 'close')
      void host.close().then(() => port.postMessage({ kind: 'closed' } satisfies FromWorker));
  });
  port.postMessage({ kind: 'ready', url: host.url } satisfies FromWorker);
}

const given = workerData as (WorkerHostOptions & { [MARK]?: true }) | null;
if (parentPort && given?.[MARK]) void serve(parentPort, given);
