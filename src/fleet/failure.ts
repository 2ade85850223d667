import { CliError, InternalError } from '../core/errors.js';
import { EXIT, type ExitCode } from '../core/exit-codes.js';
import type { Lang } from '../core/i18n.js';
import { redact } from '../core/redact.js';
import { B24Error, type B24ErrorCategory } from '../portal/errors.js';
import type { FailureReason, PortalError } from '../report/fleet/types.js';

const BY_CATEGORY: Readonly<Record<B24ErrorCategory, FailureReason>> = {
  auth: 'auth',
  scope: 'auth',
  access: 'auth',
  licence: 'auth',
  // A webhook URL that answers "method not found" for the methods every portal has is not a portal.
  method_not_found: 'not-a-portal',
  malformed_response: 'not-a-portal',
  not_rest_endpoint: 'not-a-portal',
  not_found: 'portal',
  validation: 'portal',
  server: 'portal',
  unknown_outcome: 'portal',
  rate_limit: 'limits',
  operation_limit: 'limits',
  overload: 'limits',
  network: 'network',
  timeout: 'network',
  // --deadline: the command's time budget ran out on this portal (exit 6, as its limits).
  deadline: 'limits',
};

const BY_CODE: ReadonlyArray<[RegExp, FailureReason]> = [
  [/^B24_(MALFORMED_RESPONSE|NOT_REST_ENDPOINT)$/, 'not-a-portal'],
  [/^(WEBHOOK_URL_INVALID|PORTAL_NOT_GIVEN|PROFILE_NOT_FOUND|noProfilesYet|FLEET_ENV_MISSING)$/, 'auth'],
  [/^(FLEET_SPEC_INVALID|FLEET_NO_SPEC|SPEC_)/, 'spec'],
  [/^INTERNAL$/, 'internal'],
];

function reasonOf(e: CliError): FailureReason {
  if (e instanceof B24Error) return BY_CATEGORY[e.category];
  return BY_CODE.find(([re]) => re.test(e.code))?.[1] ?? 'config';
}

/**
 * A portal's failure as a fleet result shows it, in the run's language, with no secret and no stack: the
 * code, why (auth, network, not a portal …), the message, where and the command to paste.
 */
export function portalErrorOf(e: unknown, lang: Lang): { error: PortalError; exitCode: ExitCode } {
  const err =
    e instanceof CliError ? e : new InternalError(redact(e instanceof Error ? e.message : String(e)), e);
  const r = err.render(lang);
  return {
    error: {
      code: err.code,
      reason: reasonOf(err),
      message: r.message,
      ...(r.hint !== undefined ? { hint: r.hint } : {}),
      ...(r.where !== undefined ? { where: r.where } : {}),
    },
    exitCode: err.exitCode ?? EXIT.findings,
  };
}
