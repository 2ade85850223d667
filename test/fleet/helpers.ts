import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createEmulator,
  freshPortalState,
  generatePortal,
  startSandboxServer,
  type Clock,
  type Emulator,
  type SandboxRequest,
  type SandboxState,
} from '../../src/sandbox/index.js';

/** One emulated portal over HTTP with the standard plan's limits, counting what reaches it. */
export interface CountedSandbox {
  url: string;
  /** HTTP requests that arrived, and those the portal's bucket refused (503 QUERY_LIMIT_EXCEEDED). */
  counts: { requests: number; refused: number };
  close(): Promise<void>;
}

/**
 * The portals' clock: a fixed instant the generated data is dated from, standing still. The audit takes
 * its "now" from the portal (docs/bitrix24/webhook-preflight.md#server-time), so two runs of the fleet
 * judge the same data at the same age: on a moving clock, a deadline or a window's edge passing between
 * the whole run and a shard's run would change a standard. The bucket does not drain on it either, so
 * each portal must keep within its burst of 50 over all the runs of a test (the 20-portal fleet's portals
 * of up to 600 deals take a few requests an audit, and each is audited twice).
 */
export const FLEET_EPOCH = Date.UTC(2026, 10, 20, 9, 0, 0);

export function epochClock(): Clock {
  return { now: () => FLEET_EPOCH };
}

export async function serveCounted(
  state: SandboxState,
  clock: Clock = epochClock(),
): Promise<CountedSandbox> {
  const emulator = createEmulator({ state, limits: {}, clock });
  const counts = { requests: 0, refused: 0 };
  const counting: Emulator = Object.create(emulator) as Emulator;
  counting.handle = async (req: SandboxRequest) => {
    counts.requests++;
    const res = await emulator.handle(req);
    if (res.status === 503) counts.refused++;
    return res;
  };
  const server = await startSandboxServer({ emulator: counting, port: 0 });
  return { url: server.url, counts, close: () => server.close() };
}

/** A web server on 127.0.0.1 that is not a Bitrix24 portal: every path answers a plain HTML page. */
export async function notAPortal(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html><body><h1>Welcome to nginx!</h1></body></html>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/rest/1/notaportalsecret/`,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

/** Mixed sizes: fresh portals and generated ones with up to `maxDeals` deals. */
export function mixedState(i: number, maxDeals: number): SandboxState {
  if (i % 3 === 0) return freshPortalState();
  const deals = Math.round((maxDeals * ((i % 7) + 1)) / 7);
  return generatePortal({ deals, seed: i + 1, now: FLEET_EPOCH }).state;
}

/** Drops what differs between two runs of the same fleet: when they ran. */
export function withoutTimes(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutTimes);
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .filter(([k]) => k !== 'run' && k !== 'startedAt' && k !== 'finishedAt')
        .map(([k, x]) => [k, withoutTimes(x)]),
    );
  return v;
}
