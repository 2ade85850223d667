/**
 * The benchmark's portal: the sandbox emulator over HTTP on 127.0.0.1 (README.md#start-here), with the leaky
 * bucket (50 burst, 2/s) and a simulated network latency, counting on the server side every HTTP request
 * and every REST call inside it, so the numbers do not depend on what a client says about itself.
 */
import { parseBatchCommand } from '../src/sandbox/php-query.js';
import {
  createEmulator,
  startSandboxServer,
  type Emulator,
  type SandboxRequest,
  type SandboxState,
} from '../src/sandbox/index.js';

/** One REST call as the portal received it: alone, or as command `key` of batch request `request`. */
export interface LoggedCall {
  request: number;
  key?: string;
  method: string;
  params: Record<string, unknown>;
}

export interface HostCounts {
  httpRequests: number;
  restCalls: number;
  /** Requests refused by the bucket (503 QUERY_LIMIT_EXCEEDED). */
  refused: number;
  byMethod: Record<string, number>;
  /**
   * From the first request reaching the server to the last answer leaving it, ms: the part of a
   * command's wall time the portal sees (its start-up and its work after the last answer are not in it).
   */
  networkMs: number;
  /** performance.now() when the last answer left the server. */
  lastAnswerAt?: number;
}

export interface SandboxHost {
  url: string;
  port: number;
  emulator: Emulator;
  counts: HostCounts;
  /** Every REST call, when started with `record: true`. */
  log: LoggedCall[];
  close(): Promise<void>;
}

export interface HostOptions {
  state: SandboxState;
  /**
   * The bucket and operating-time limits of a standard plan (on by default, as `sandbox serve`); an
   * object sets the bucket (tests).
   */
  limits?: boolean | { burst?: number; drainPerSec?: number };
  latencyMs?: number;
  /**
   * Server time per REST call, ms: a real portal runs a request's calls one after another (a batch's
   * `result_time` entries follow each other, fixture batch.json) and each list call takes its time
   * (`time.processing` of the documented answers, BENCHMARKS.md#many-portals-issue-19). The server
   * holds each answer until its calls' time has passed, counting the emulator's own work toward it.
   * Refused requests (503) are answered by the cloud front at once. 0 or absent: answers as fast as the
   * emulator makes them.
   */
  processingMs?: number;
  record?: boolean;
  /**
   * A fixed port (0 or absent: any free one). The state file b24cfg keeps is named after the portal's
   * host, port included, so a second run that must find the first run's bindings needs the same port.
   */
  port?: number;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The calls inside one request: a batch's commands (JSON object or form-encoded) or the call itself. */
export function callsOf(method: string, params: Record<string, unknown>): Array<Omit<LoggedCall, 'request'>> {
  if (method.replace(/\.json$/, '').toLowerCase() !== 'batch') return [{ method, params }];
  const cmd = params.cmd;
  const entries: Array<[string, unknown]> = Array.isArray(cmd)
    ? cmd.map((c, i) => [String(i), c])
    : isRecord(cmd)
      ? Object.entries(cmd)
      : [];
  return entries.flatMap(([key, c]) => {
    if (typeof c !== 'string') return [];
    const parsed = parseBatchCommand(c);
    return [{ key, method: parsed.method, params: parsed.params }];
  });
}

export async function startHost(opts: HostOptions): Promise<SandboxHost> {
  const limits =
    opts.limits === false ? false : opts.limits === true || opts.limits === undefined ? {} : opts.limits;
  const emulator = createEmulator({ state: opts.state, limits });
  const counts: HostCounts = { httpRequests: 0, restCalls: 0, refused: 0, byMethod: {}, networkMs: 0 };
  const log: LoggedCall[] = [];
  let firstArrival: number | undefined;
  const counting: Emulator = Object.create(emulator) as Emulator;
  counting.handle = async (req: SandboxRequest) => {
    const request = counts.httpRequests++;
    // The server sleeps the latency before it hands a request over: it arrived that long ago.
    firstArrival ??= performance.now() - (opts.latencyMs ?? 0);
    const began = performance.now();
    const res = await emulator.handle(req);
    if (res.status === 503) {
      counts.lastAnswerAt = performance.now();
      counts.networkMs = counts.lastAnswerAt - firstArrival;
      counts.refused++;
      return res;
    }
    const calls = callsOf(req.method, req.params);
    const hold = calls.length * (opts.processingMs ?? 0) - (performance.now() - began);
    if (res.status === 200 && hold > 0) await new Promise((r) => setTimeout(r, hold));
    counts.lastAnswerAt = performance.now();
    counts.networkMs = counts.lastAnswerAt - firstArrival;
    for (const c of calls) {
      counts.restCalls++;
      counts.byMethod[c.method] = (counts.byMethod[c.method] ?? 0) + 1;
      if (opts.record) log.push({ request, ...c });
    }
    return res;
  };
  const server = await startSandboxServer({
    emulator: counting,
    latencyMs: opts.latencyMs ?? 0,
    port: opts.port ?? 0,
  });
  return { url: server.url, port: server.port, emulator, counts, log, close: () => server.close() };
}
