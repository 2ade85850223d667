/**
 * The in-process wire onto the emulator: `--portal sandbox` and `--portal sandbox:<state.json>`.
 * Params and answers go through a JSON round trip like a real request, so nothing the client holds
 * aliases the portal's state; injected faults become a SandboxWireFailure that says what an HTTP
 * wire would have met, and slow answers move a virtual clock instead of sleeping.
 *
 * The types are the sandbox's own. They have the shape of b24cfg's Wire (src/portal/wire.ts), and
 * src/portal/sandbox-adapter.ts, the one place production code reaches the sandbox through, turns a
 * SandboxWireFailure into the transport's WireFailure (test/sandbox/ways-in.test.ts).
 */
import { basename } from 'node:path';
import { createEmulator, type Emulator } from './emulator.js';
import { loadSandboxState } from './persistence.js';
import { freshPortalState } from './seeds.js';
import { pathExists } from '../core/files.js';

export interface SandboxWireResponse {
  /** The HTTP status the real portal would send. */
  status: number;
  /** Parsed JSON body, or undefined when the portal would not have sent JSON (see `text`). */
  body: unknown;
  text?: string;
}

export interface SandboxWireSendOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface SandboxWire {
  readonly host: string;
  readonly kind: 'sandbox';
  /** False when the emulator enforces no request rate, so a client need not pace. */
  readonly paced: boolean;
  send(
    method: string,
    params: Record<string, unknown>,
    opts?: SandboxWireSendOptions,
  ): Promise<SandboxWireResponse>;
  /** Saves the state file when the portal changed (or the file did not exist yet). */
  close(): Promise<void>;
}

/**
 * The request produced no HTTP answer. `maybeDelivered`: the emulator may have run it (timeout, a
 * connection dropped after the body was sent), so a client must not blindly send a write again.
 */
export class SandboxWireFailure extends Error {
  constructor(
    readonly failure: 'timeout' | 'network' | 'dropped' | 'aborted',
    readonly maybeDelivered: boolean,
    message: string,
  ) {
    super(message);
    this.name = 'SandboxWireFailure';
  }
}

export async function createSandboxWire(
  opts: { statePath?: string; emulator?: Emulator } = {},
): Promise<SandboxWire> {
  const { statePath } = opts;
  const existed = statePath !== undefined && (await pathExists(statePath));
  let emulator = opts.emulator;
  if (!emulator) {
    const state = statePath !== undefined && existed ? await loadSandboxState(statePath) : freshPortalState();
    emulator = createEmulator({ state });
  }
  const em = emulator;
  const initialRevision = em.revision;
  return {
    host: statePath !== undefined ? `sandbox:${basename(statePath)}` : 'sandbox',
    kind: 'sandbox',
    // In-process limits are off unless the emulator was built with them (docs/bitrix24/parity.md#limits).
    paced: em.limits !== undefined,
    async send(
      method: string,
      params: Record<string, unknown>,
      sendOpts: SandboxWireSendOptions = {},
    ): Promise<SandboxWireResponse> {
      if (sendOpts.signal?.aborted === true)
        throw new SandboxWireFailure('aborted', false, `${method}: aborted before sending`);
      const wireParams = JSON.parse(JSON.stringify(params ?? {})) as Record<string, unknown>;
      const res = await em.handle({ method, params: wireParams });
      if (res.fault === 'drop-before') {
        throw new SandboxWireFailure(
          'network',
          false,
          `${method}: connection reset before the portal read the request`,
        );
      }
      if (res.fault === 'drop-after') {
        throw new SandboxWireFailure(
          'dropped',
          true,
          `${method}: connection dropped after the request was sent`,
        );
      }
      if (res.fault === 'timeout')
        throw new SandboxWireFailure('timeout', true, `${method}: no answer from the portal`);
      if (res.delayMs !== undefined) {
        const limit = sendOpts.timeoutMs;
        const waited = limit !== undefined ? Math.min(limit, res.delayMs) : res.delayMs;
        em.clock.advance?.(waited);
        if (limit !== undefined && res.delayMs > limit) {
          throw new SandboxWireFailure('timeout', true, `${method}: no answer within ${limit} ms`);
        }
      }
      const body: unknown = res.body === undefined ? undefined : JSON.parse(JSON.stringify(res.body));
      const out: SandboxWireResponse = { status: res.status, body };
      if (res.text !== undefined) out.text = res.text;
      return out;
    },
    async close(): Promise<void> {
      if (statePath !== undefined && (!existed || em.revision !== initialRevision)) await em.save(statePath);
    },
  };
}
