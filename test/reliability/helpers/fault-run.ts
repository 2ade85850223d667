import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  createEmulator,
  createVirtualClock,
  startSandboxServer,
  type Emulator,
  type FaultKind,
} from '../../../src/sandbox/index.js';
import { cliIn, hasStackTrace, portalProblems, portalRef, project, type SpecKind } from './harness.js';
import { seededPortal } from './seed-portal.js';

/**
 * One seeded fault run (issue 9, part 1): a spec is applied to a seeded portal whose answers fail at
 * `rate` (503/429/500, timeouts, connections dropped before or after the portal applied the request),
 * then `apply --resume last` follows until the apply exits 0, within `maxRounds`; a round that changes
 * nothing on the portal while no fault was injected is a failure of its own. Then the portal is checked
 * (harness.ts `portalProblems`).
 */
export interface FaultRunOptions {
  seed: number;
  spec: SpecKind;
  via: 'wire' | 'http';
  rate: number;
  kinds?: FaultKind[];
  maxRounds?: number;
  /** Virtual time between CLI invocations; under 1 000 ms the runs share a second (and run-id prefix). */
  stepMs?: number;
}

export type FaultCount = Record<FaultKind, number>;

export interface FaultRunResult {
  seed: number;
  spec: SpecKind;
  via: 'wire' | 'http';
  rate: number;
  /** Apply invocations until exit 0 (1 = the first apply succeeded despite the faults). */
  rounds: number;
  exits: number[];
  converged: boolean;
  /** HTTP requests the faulted portal received. */
  requests: number;
  /** Requests that write (a batch holding a write, or a write method). */
  writeRequests: number;
  faults: FaultCount;
  /** Faults that hit a write request. */
  faultsOnWrites: number;
  /** Writes the portal applied while the answer was lost (drop-after, timeout). */
  appliedButLost: number;
  /** Everything that broke a promise; empty when the run is good. */
  problems: string[];
}

const WRITE = /(^|\.)(add|update|delete)$/i;

export function isWriteRequest(method: string, params: Record<string, unknown>): boolean {
  if (method.toLowerCase() !== 'batch') return WRITE.test(method);
  const cmd = params.cmd as Record<string, unknown> | undefined;
  return Object.values(cmd ?? {}).some((c) => typeof c === 'string' && WRITE.test(c.split('?')[0] ?? ''));
}

export function emptyFaultCount(): FaultCount {
  return { '503': 0, '429': 0, '500': 0, slow: 0, timeout: 0, 'drop-before': 0, 'drop-after': 0 };
}

/** Wraps an emulator: counts the faults it injects (limits are off: every 503/429 is injected) and the writes. */
function observed(inner: Emulator) {
  const stats = {
    faults: emptyFaultCount(),
    requests: 0,
    writeRequests: 0,
    faultsOnWrites: 0,
    appliedButLost: 0,
    other: [] as string[],
  };
  const em = Object.create(inner) as Emulator;
  Object.defineProperty(em, 'handle', {
    value: async (req: Parameters<Emulator['handle']>[0]) => {
      const res = await inner.handle(req);
      const write = isWriteRequest(req.method, req.params);
      stats.requests += 1;
      if (write) stats.writeRequests += 1;
      const kind: FaultKind | undefined =
        res.fault ??
        (res.delayMs !== undefined
          ? 'slow'
          : res.status === 503
            ? '503'
            : res.status === 429
              ? '429'
              : res.status === 500 && res.text !== undefined
                ? '500'
                : undefined);
      if (kind) {
        stats.faults[kind] += 1;
        if (write) stats.faultsOnWrites += 1;
        if (write && (kind === 'drop-after' || kind === 'timeout')) stats.appliedButLost += 1;
      } else if (res.status >= 500) {
        stats.other.push(`the sandbox answered ${res.status} to ${req.method}: ${JSON.stringify(res.body)}`);
      }
      return res;
    },
  });
  return { em, stats };
}

const total = (c: FaultCount) => Object.values(c).reduce((a, b) => a + b, 0);

export async function faultRun(o: FaultRunOptions): Promise<FaultRunResult> {
  const maxRounds = o.maxRounds ?? 12;
  const problems: string[] = [];
  const state = await seededPortal(o.seed);
  const before = structuredClone(state);
  const clock = createVirtualClock();
  const faulted = createEmulator({
    state,
    clock,
    // Over HTTP a slow answer really waits: keep it short of the client's timeout most of the time.
    faults: { rate: o.rate, seed: o.seed, kinds: o.kinds, slowMs: o.via === 'http' ? 30 : 2000 },
  });
  const { em, stats } = observed(faulted);
  const server = o.via === 'http' ? await startSandboxServer({ emulator: em }) : undefined;
  const portal = portalRef('faulty', em, clock, server && { url: server.url, timeoutMs: 1000 });
  const { dir, spec } = project('b24cfg-fault-', o.spec, o.seed);
  const run = cliIn(dir, clock, o.stepMs);
  const exits: number[] = [];
  let converged = false;
  try {
    const valid = await run(['validate', spec]);
    if (valid.code !== 0) throw new Error(`the spec of seed ${o.seed} is invalid:\n${valid.stdout}`);
    for (let round = 1; round <= maxRounds; round++) {
      const revision = faulted.revision;
      const faultsBefore = total(stats.faults);
      // The first round that got as far as a journal is resumed; before that there is nothing to resume.
      const hasJournal = existsSync(join(dir, '.b24cfg', 'journal'));
      const args = ['apply', spec, '--portal', portal.ref, '--yes'];
      const r = await run(hasJournal ? [...args, '--resume', 'last'] : args);
      exits.push(r.code);
      if (hasStackTrace(r.stderr) || hasStackTrace(r.stdout))
        problems.push(`round ${round} printed a stack trace`);
      if (r.code === 0) {
        converged = true;
        break;
      }
      // 4 partial / 6 budget: the apply stopped on a fault; 1 with a portal error: a read failed after
      // its retries (the next round reads again). Anything else (70 above all) breaks a promise.
      const portalError = /\[B24_[A-Z_]+\]/.test(r.stderr);
      if (!(r.code === 4 || r.code === 6 || (r.code === 1 && portalError)))
        problems.push(`round ${round} exited ${r.code}:\n${r.stderr}`);
      if (faulted.revision === revision && total(stats.faults) === faultsBefore) {
        problems.push(`round ${round} made no progress without any fault (exit ${r.code}):\n${r.stderr}`);
        break;
      }
    }
    if (!converged) problems.push(`no convergence in ${maxRounds} rounds (exits ${exits.join(',')})`);
    problems.push(...stats.other);
    problems.push(
      ...(await portalProblems({
        kind: o.spec,
        seed: o.seed,
        before,
        after: state,
        dir,
        spec,
        clock,
        host: server && new URL(server.url).host,
      })),
    );
  } finally {
    portal.drop();
    await server?.close();
    if (problems.length === 0) rmSync(dir, { recursive: true, force: true });
    else problems.push(`(project kept in ${dir})`);
  }
  return {
    seed: o.seed,
    spec: o.spec,
    via: o.via,
    rate: o.rate,
    rounds: exits.length,
    exits,
    converged,
    requests: stats.requests,
    writeRequests: stats.writeRequests,
    faults: stats.faults,
    faultsOnWrites: stats.faultsOnWrites,
    appliedButLost: stats.appliedButLost,
    problems,
  };
}
