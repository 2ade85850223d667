/**
 * The in-process Wire (src/portal/wire.ts) onto the emulator: `--portal sandbox` and
 * `--portal sandbox:<state.json>`. Params and answers go through a JSON round trip like a real request,
 * so nothing the client holds aliases the portal's state; injected faults become the WireFailure an
 * HTTP wire would raise, and slow answers move a virtual clock instead of sleeping.
 */
import { access } from 'node:fs/promises';
import { basename } from 'node:path';
import { WireFailure, type Wire, type WireResponse, type WireSendOptions } from '../portal/wire.js';
import { createEmulator, type Emulator } from './emulator.js';
import { loadSandboxState } from './persistence.js';
import { freshPortalState } from './seeds.js';

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export async function createSandboxWire(
  opts: { statePath?: string; emulator?: Emulator } = {},
): Promise<Wire> {
  const { statePath } = opts;
  const existed = statePath !== undefined && (await exists(statePath));
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
      sendOpts: WireSendOptions = {},
    ): Promise<WireResponse> {
      if (sendOpts.signal?.aborted === true)
        throw new WireFailure('aborted', false, `${method}: aborted before sending`);
      const wireParams = JSON.parse(JSON.stringify(params ?? {})) as Record<string, unknown>;
      const res = await em.handle({ method, params: wireParams });
      if (res.fault === 'drop-before') {
        throw new WireFailure(
          'network',
          false,
          `${method}: connection reset before the portal read the request`,
        );
      }
      if (res.fault === 'drop-after') {
        throw new WireFailure('dropped', true, `${method}: connection dropped after the request was sent`);
      }
      if (res.fault === 'timeout')
        throw new WireFailure('timeout', true, `${method}: no answer from the portal`);
      if (res.delayMs !== undefined) {
        const limit = sendOpts.timeoutMs;
        const waited = limit !== undefined ? Math.min(limit, res.delayMs) : res.delayMs;
        em.clock.advance?.(waited);
        if (limit !== undefined && res.delayMs > limit) {
          throw new WireFailure('timeout', true, `${method}: no answer within ${limit} ms`);
        }
      }
      const body: unknown = res.body === undefined ? undefined : JSON.parse(JSON.stringify(res.body));
      const out: WireResponse = { status: res.status, body };
      if (res.text !== undefined) out.text = res.text;
      return out;
    },
    async close(): Promise<void> {
      if (statePath !== undefined && (!existed || em.revision !== initialRevision)) await em.save(statePath);
    },
  };
}
