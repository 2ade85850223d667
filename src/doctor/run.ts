import { EXIT, type ExitCode } from '../core/exit-codes.js';
import type { B24Client, BatchItemResult } from '../portal/client.js';
import { B24Error } from '../portal/errors.js';
import { WEBHOOK_ENV_ARG } from '../portal/portal-arg.js';
import { doctorCalls, evaluateDoctor } from './checks.js';
import { DOCTOR_FOUND, DOCTOR_TITLES } from './messages.js';
import type { DoctorCheck, DoctorReport } from './types.js';

/** Errors that say "this webhook may not", as opposed to "the portal could not be reached". */
const ACCESS_CATEGORIES = new Set(['auth', 'scope', 'access', 'licence']);

/** Whole-request failures doctor reports as its first check instead of failing itself. */
const UNREACHABLE_CATEGORIES = new Set([
  'network',
  'timeout',
  'deadline',
  'not_rest_endpoint',
  'malformed_response',
  'server',
]);

function unreachable(e: B24Error, portal: string): DoctorCheck {
  const access = ACCESS_CATEGORIES.has(e.category);
  const notRest = e.category === 'not_rest_endpoint';
  return {
    id: 'reachable',
    status: 'fail',
    access,
    resumable: e.exitCode === EXIT.budget,
    title: DOCTOR_TITLES.reachable,
    detail: access
      ? DOCTOR_FOUND.rejected
      : notRest
        ? DOCTOR_FOUND.notRestEndpoint
        : e.data?.proxy !== undefined
          ? DOCTOR_FOUND.proxyFailed
          : DOCTOR_FOUND.unreachable,
    fix: e.hint,
    data: {
      // The error's own facts first: its hint may name them (a proxy's variable, the portal's host).
      ...e.data,
      why: [e.b24Code, e.description].filter((s) => s !== '').join(': ') || (notRest ? '—' : e.category),
      status: e.status,
      portal,
    },
  };
}

/**
 * Checks a webhook: everything doctor needs is asked in ONE batch (one HTTP request), then judged by
 * evaluateDoctor. A batch the portal refuses as a whole (wrong secret, unreachable host) becomes a
 * single failed check instead of an exception, so the table still explains what to do.
 */
export async function runDoctor(client: B24Client, now: () => number): Promise<DoctorReport> {
  let results: BatchItemResult[];
  try {
    results = await client.batch(doctorCalls(), { repeatable: true });
  } catch (e) {
    if (
      e instanceof B24Error &&
      (ACCESS_CATEGORIES.has(e.category) || UNREACHABLE_CATEGORIES.has(e.category))
    ) {
      return { host: client.host, checks: [unreachable(e, client.portalArg ?? WEBHOOK_ENV_ARG)] };
    }
    throw e;
  }
  const byKey = new Map(results.map((r) => [r.key, r] as const));
  return { host: client.host, ...evaluateDoctor(byKey, now()) };
}

/**
 * 0 all ok (warnings allowed), 5 when access is missing (auth, a needed scope, admin), 6 when the portal
 * could not be reached after the retries (a CI job retries it), 1 for other failures.
 */
export function doctorExitCode(report: DoctorReport): ExitCode {
  const failed = report.checks.filter((c) => c.status === 'fail');
  if (failed.some((c) => c.access === true)) return EXIT.auth;
  if (failed.some((c) => c.resumable === true)) return EXIT.budget;
  return failed.length > 0 ? EXIT.findings : EXIT.ok;
}
