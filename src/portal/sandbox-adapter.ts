/**
 * The one module through which production code reaches the embedded sandbox (src/sandbox/, an emulator
 * with its own types that imports nothing of b24cfg but core). `--portal sandbox` gets a Wire here, and
 * the `sandbox` command gets the emulator's host functions. Both are imported lazily by their callers,
 * so a run against a real portal never loads the emulator.
 */
import { createSandboxWire, SandboxWireFailure, type Emulator } from '../sandbox/index.js';
import { WireFailure, type Wire } from './wire.js';

export {
  doHandworkStep,
  writeCrmSettingsArchive,
  type HwDeadline,
  type HwDelay,
  type HwPerson,
  type HwRobot,
  type HwStep,
  loadSandboxState,
  saveSandboxState,
  seededState,
  serveSandbox,
  stateCounts,
  SEED_KINDS,
  type Emulator,
  type SandboxState,
  type SeedKind,
  type ServedSandbox,
} from '../sandbox/index.js';

/**
 * The in-process emulator as a Wire: the transport above it is the one real portals get. A failure
 * the emulator acts out (timeout, dropped connection) becomes the WireFailure an HTTP wire would raise,
 * so retries and unknown-outcome handling behave as they do against a real portal.
 */
export async function openSandboxWire(opts: { statePath?: string; emulator?: Emulator } = {}): Promise<Wire> {
  const inner = await createSandboxWire(opts);
  return {
    host: inner.host,
    kind: inner.kind,
    paced: inner.paced,
    send: async (method, params, opts) => {
      try {
        return await inner.send(method, params, opts);
      } catch (e) {
        if (e instanceof SandboxWireFailure) throw new WireFailure(e.failure, e.maybeDelivered, e.message);
        throw e;
      }
    },
    close: () => inner.close(),
  };
}
