import { EXIT, type ExitCode } from '../core/exit-codes.js';
import type { FailureReason, FleetKind, FleetPortalResult, FleetSummary } from '../report/fleet/types.js';

/**
 * Worst first: the order in which one portal's exit code outranks another's (README.md#many-portals). A
 * portal that could not be read at all outranks one that was read and judged: its result is missing.
 */
export const EXIT_RANK: readonly ExitCode[] = [
  EXIT.internal,
  EXIT.auth,
  EXIT.budget,
  EXIT.partial,
  EXIT.stalePlan,
  EXIT.findings,
  EXIT.gateFailed,
  EXIT.changes,
  EXIT.ok,
];

/** The worst of several exit codes (ok when there are none). */
export function worstExit(codes: Iterable<ExitCode>): ExitCode {
  let worst: ExitCode = EXIT.ok;
  for (const c of codes) if (EXIT_RANK.indexOf(c) < EXIT_RANK.indexOf(worst)) worst = c;
  return worst;
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

/** The counts a fleet result ends with, from its portals alone: a merged result gets the same. */
export function summarizeFleet(kind: FleetKind, portals: readonly FleetPortalResult[]): FleetSummary {
  const byReason: Partial<Record<FailureReason, number>> = {};
  const requests = { http: 0, calls: 0 };
  for (const p of portals) {
    if (p.error) byReason[p.error.reason] = (byReason[p.error.reason] ?? 0) + 1;
    requests.http += p.requests?.http ?? 0;
    requests.calls += p.requests?.calls ?? 0;
  }
  const failed = portals.filter((p) => p.error !== undefined).length;
  return {
    portals: portals.length,
    done: portals.length - failed,
    failed,
    byReason,
    gateFailed: portals.filter((p) => (p.gateFailed?.length ?? 0) > 0).length,
    drift: portals.filter((p) => p.plan?.drift === true).length,
    averageScore:
      kind === 'audit' ? mean(portals.flatMap((p) => (p.score !== undefined ? [p.score.value] : []))) : null,
    requests,
    exitCode: worstExit(portals.map((p) => p.exitCode)),
  };
}
