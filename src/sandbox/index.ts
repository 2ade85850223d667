/**
 * The sandbox portal: an emulated Bitrix24 that reproduces the REST rules of docs/bitrix24/parity.md
 * for the methods b24cfg uses. Three ways in, one emulator: an in-process wire, an HTTP server on
 * 127.0.0.1, and msw handlers for tests. It uses nothing of b24cfg but core; production code reaches it
 * only through src/portal/sandbox-adapter.ts.
 */
export {
  createEmulator,
  DEFAULT_LICENCE,
  DEFAULT_SECRET,
  type Emulator,
  type EmulatorOptions,
  type SandboxRequest,
  type SandboxResponse,
} from './emulator.js';
export type { FaultKind } from './faults.js';
export { createVirtualClock, systemClock, type Clock } from './clock.js';
export { freshPortalState, SANDBOX_HOST } from './seeds.js';
export { loadSandboxState, saveSandboxState } from './persistence.js';
export { sandboxStateFromPortalState } from './from-portal-state.js';
export type { PortalCopy } from './portal-copy.js';
export { generatePortal, type GenerateOptions, type GeneratorTruth } from './generator.js';
export {
  createSandboxWire,
  SandboxWireFailure,
  type SandboxWire,
  type SandboxWireResponse,
  type SandboxWireSendOptions,
} from './wire.js';
export { startSandboxServer } from './server.js';
export {
  seededState,
  serveSandbox,
  stateCounts,
  SEED_KINDS,
  type SeedChoice,
  type SeedKind,
  type ServeChoice,
  type ServedSandbox,
} from './host.js';
export { sandboxMswHandlers, DEFAULT_MSW_BASE_URL } from './msw.js';
export { SANDBOX_STATE_VERSION, type SandboxState } from './state.js';
export { doHandworkStep, type HwStep } from './handwork/steps.js';
export type { HwDeadline, HwDelay, HwPerson, HwRobot } from './handwork/robot-input.js';
export { writeCrmSettingsArchive } from './handwork/archive-writer.js';
