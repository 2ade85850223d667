/**
 * What `b24cfg sandbox serve` and `b24cfg sandbox init` ask of the emulator, with options already
 * parsed: which portal to start from, and an emulator served on 127.0.0.1 until the caller stops it.
 * The command itself (options, output, signals) is src/cli/commands/sandbox/.
 */
import { createEmulator, DEFAULT_SECRET } from './emulator.js';
import { ALL_FAULT_KINDS } from './faults.js';
import { generatePortal, type GeneratorTruth } from './generator.js';
import { ALL_SCOPES } from './registry.js';
import { freshPortalState } from './seeds.js';
import { startSandboxServer } from './server.js';
import type { SandboxState } from './state.js';
import { ALL_VARIANTS, applyVariants } from './variants.js';

export const SEED_KINDS = ['fresh', 'real-shapes', 'large'] as const;
export type SeedKind = (typeof SEED_KINDS)[number];

export interface SeedChoice {
  seed: SeedKind;
  /** Deals of a large portal (10 000 when not given). */
  deals?: number;
  /** Seed of the data generator (1 when not given). */
  randomSeed?: number;
}

/**
 * The state a seed describes: a brand-new portal, one with every real-answer variant, or a generated
 * large one with its truth, dated back from `now` (the portal's clock) so that the audit's date windows
 * find rows (docs/bitrix24/parity.md#generated-data).
 */
export function seededState(
  c: SeedChoice,
  now: number = Date.now(),
): { state: SandboxState; truth?: GeneratorTruth } {
  if (c.seed === 'fresh') return { state: freshPortalState() };
  if (c.seed === 'real-shapes') {
    const state = freshPortalState();
    applyVariants(state, ALL_VARIANTS, now);
    return { state };
  }
  return generatePortal({ deals: c.deals ?? 10_000, seed: c.randomSeed ?? 1, now });
}

/** What a state holds, for the line `sandbox init` prints (the default pipeline is not a row). */
export function stateCounts(state: SandboxState): { pipelines: number; deals: number; users: number } {
  return { pipelines: state.pipelines.length + 1, deals: state.deals.length, users: state.users.length };
}

export interface ServeChoice {
  state: SandboxState;
  /** 0 picks a free port. */
  port: number;
  latencyMs: number;
  /** The request and operating-time limits of a real portal. */
  limits: boolean;
  /** Share of requests that fail (0 = none) and the seed that picks them. */
  faultRate: number;
  faultSeed: number;
  /** Webhook scopes; every scope when absent. */
  scopes?: readonly string[];
  /** What app.info reports as the plan. */
  licence?: string;
}

export interface ServedSandbox {
  url: string;
  port: number;
  limits: boolean;
  /** Closes the server; the state as the requests left it, and how many there were. */
  stop(): Promise<{ state: SandboxState; requests: number }>;
}

/** Starts the emulator on 127.0.0.1; a busy port rejects with Node's EADDRINUSE error. */
export async function serveSandbox(c: ServeChoice): Promise<ServedSandbox> {
  const emulator = createEmulator({
    state: c.state,
    limits: c.limits ? {} : false,
    faults:
      c.faultRate > 0 ? { rate: c.faultRate, seed: c.faultSeed, kinds: [...ALL_FAULT_KINDS] } : undefined,
    webhook: { userId: 1, secret: DEFAULT_SECRET, scopes: [...(c.scopes ?? ALL_SCOPES)] },
    licence: c.licence,
  });
  const server = await startSandboxServer({ emulator, port: c.port, latencyMs: c.latencyMs });
  return {
    url: server.url,
    port: server.port,
    limits: emulator.limits !== undefined,
    stop: async () => {
      await server.close();
      return { state: emulator.state, requests: emulator.requestLog.length };
    },
  };
}
