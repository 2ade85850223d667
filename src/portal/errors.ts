import { CliError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import type { TextData } from '../core/i18n.js';
import { redact, redactDeep } from '../core/redact.js';
import { oneLine } from '../core/terminal-text.js';
import type { RestCall } from './client.js';
import { scopeOfMethod } from './scopes.js';
import { B24_ERRORS, B24_HINTS, PROXY_ERRORS } from './transport-messages.js';
import { isSettingFailure, type ProxyRef } from './wire.js';

export type B24ErrorCategory =
  | 'auth'
  | 'scope'
  | 'access'
  | 'licence'
  | 'method_not_found'
  | 'not_found'
  | 'validation'
  | 'rate_limit'
  | 'operation_limit'
  | 'overload'
  | 'server'
  | 'network'
  | 'timeout'
  | 'deadline'
  | 'unknown_outcome'
  | 'malformed_response'
  /** The URL answers, but not as Bitrix24 REST does: a login page, another web server. */
  | 'not_rest_endpoint';

export interface B24ErrorInit {
  category: B24ErrorCategory;
  method: string;
  /**
   * The raw `error` of the answer; '' when the portal sent an empty code
   * (docs/bitrix24/errors.md#empty-codes).
   */
  b24Code?: string;
  description?: string;
  /** HTTP status; 0 when there was no answer. */
  status?: number;
  host?: string;
  /** unknown_outcome: the params of the write whose fate is unknown (kept redacted). */
  params?: Record<string, unknown>;
  /** unknown_outcome of a batch: every call that request carried. */
  calls?: readonly RestCall[];
  /** Extra placeholders for the message (e.g. waitSeconds). */
  data?: TextData;
  /** A network failure that is the proxy's: the message names it, the hint checks without it. */
  proxy?: ProxyRef;
  cause?: unknown;
}

/** The catalogue entry (and error code) of each category. */
const CODE_OF: Readonly<Record<B24ErrorCategory, keyof typeof B24_ERRORS>> = {
  auth: 'B24_AUTH',
  scope: 'B24_INSUFFICIENT_SCOPE',
  access: 'B24_ACCESS_DENIED',
  licence: 'B24_LICENCE',
  method_not_found: 'B24_METHOD_NOT_FOUND',
  not_found: 'B24_NOT_FOUND',
  validation: 'B24_REJECTED',
  rate_limit: 'B24_RATE_LIMIT',
  operation_limit: 'B24_OPERATION_LIMIT',
  overload: 'B24_OVERLOAD',
  server: 'B24_SERVER_ERROR',
  network: 'B24_NETWORK',
  timeout: 'B24_TIMEOUT',
  deadline: 'B24_DEADLINE',
  unknown_outcome: 'B24_UNKNOWN_OUTCOME',
  malformed_response: 'B24_MALFORMED_RESPONSE',
  not_rest_endpoint: 'B24_NOT_REST_ENDPOINT',
};

/**
 * A failure reported by (or on the way to) the portal. Classified by the `error` string, with the
 * text as fallback — never by HTTP status alone, because the core and the docs disagree on statuses
 * (insufficient_scope is 401 in the code, 403 in the docs: docs/bitrix24/errors.md#http-statuses).
 */
export class B24Error extends CliError {
  readonly category: B24ErrorCategory;
  readonly b24Code: string;
  readonly description: string;
  readonly status: number;
  readonly method: string;
  readonly params?: Record<string, unknown>;
  readonly calls?: readonly RestCall[];
  /** The request failed at the proxy from the environment, not at the portal. */
  readonly viaProxy: boolean;

  constructor(init: B24ErrorInit) {
    const code = CODE_OF[init.category];
    const proxy = init.category === 'network' ? init.proxy : undefined;
    const t = proxy
      ? PROXY_ERRORS[init.b24Code === 'ERR_INVALID_URL' ? 'proxyNotUrl' : 'proxyFailed']
      : B24_ERRORS[code];
    const description = redact(init.description ?? '');
    const scope = init.category === 'scope' ? scopeOfMethod(init.method) : undefined;
    const appOnly = /application context required/i.test(description);
    super({
      code,
      // An unknown host is a typo until proven otherwise, a proxy refusing the tunnel a setting: retrying
      // later will not fix either.
      exit: init.category === 'network' && isSettingFailure(init.b24Code) ? EXIT.findings : t.exit,
      message: t.message,
      hint:
        init.category === 'scope' && !scope
          ? B24_HINTS.someScopeMissing
          : appOnly
            ? B24_HINTS.appContextOnly
            : t.hint,
      where: init.host ? `${init.host} ▸ ${init.method}` : init.method,
      data: {
        method: init.method,
        description: description === '' ? init.b24Code || '—' : description,
        status: init.status ?? 0,
        host: init.host ?? 'portal',
        scope: scope ?? '?',
        // A proxy address that is not a URL has no host:port to show: only its variable is named.
        ...(proxy ? { variable: proxy.variable } : {}),
        ...(proxy && init.b24Code !== 'ERR_INVALID_URL' ? { proxy: proxy.address } : {}),
        ...init.data,
      },
      cause: init.cause,
    });
    this.category = init.category;
    this.b24Code = init.b24Code ?? '';
    this.description = description;
    this.status = init.status ?? 0;
    this.method = init.method;
    this.viaProxy = proxy !== undefined;
    if (init.params) this.params = redactDeep(init.params);
    if (init.calls) this.calls = redactDeep(init.calls.map((c) => ({ ...c })));
  }
}

export function isB24Error(e: unknown): e is B24Error {
  return e instanceof B24Error;
}

const BY_CODE: Readonly<Record<string, B24ErrorCategory>> = {
  insufficient_scope: 'scope',
  invalid_credentials: 'auth',
  no_auth_found: 'auth',
  expired_token: 'auth',
  invalid_token: 'auth',
  wrong_auth_type: 'auth',
  // "Https required" (docs/bitrix24/transport.md#https-required): the webhook URL itself is wrong.
  invalid_request: 'auth',
  access_denied: 'access',
  docgen_access_error: 'access',
  config_wrong_user_permission: 'access',
  error_template_not_owner: 'access',
  crm_feature_restriction_error: 'licence',
  error_method_not_found: 'method_not_found',
  not_found: 'not_found',
  error_not_found: 'not_found',
  error_entity_not_found: 'not_found',
  query_limit_exceeded: 'rate_limit',
  operation_time_limit: 'operation_limit',
  overload_limit: 'overload',
  internal_server_error: 'server',
  error_unexpected_answer: 'server',
  error_core: 'validation',
  error_argument: 'validation',
  invalid_format: 'validation',
  config_id_empty: 'validation',
  error_batch_length_exceeded: 'validation',
  error_batch_method_not_allowed: 'validation',
  error_template_validation_failure: 'validation',
};

/**
 * Many crm errors carry an empty (or "0") code and only text (crm.status.*, userfields,
 * crm.automation.trigger: docs/bitrix24/errors.md#empty-codes, fixtures *.error.json). These rules read the
 * text, as the PHP SDK's ApiLevelErrorHandler does. Order matters: the first match wins.
 */
const BY_TEXT: ReadonlyArray<readonly [RegExp, B24ErrorCategory]> = [
  [/higher privileges|insufficient[_ ]scope/i, 'scope'],
  [/only by subscription|subscription|tariff/i, 'licence'],
  [/access denied|permission denied|insufficient (access )?rights/i, 'access'],
  [/method not found/i, 'method_not_found'],
  [/operation time limit/i, 'operation_limit'],
  [/too many requests|query limit/i, 'rate_limit'],
];

/** The longest error code and text kept from a portal answer; a hostile or broken one may send 100 KB. */
export const MAX_PORTAL_ERROR_CODE = 100;
export const MAX_PORTAL_ERROR_TEXT = 500;

/**
 * Reads `error` / `error_description` in both the v2 shape and the REST 3.0 `{error:{code,message}}`, on
 * one line, without control characters or escape sequences, cut with a marker
 * (test/reliability/terminal-escapes.test.ts).
 */
export function errorFields(body: Record<string, unknown>): { code: string; description: string } {
  const e = body.error;
  const safe = (code: string, description: string) => ({
    code: oneLine(code, MAX_PORTAL_ERROR_CODE),
    description: oneLine(description, MAX_PORTAL_ERROR_TEXT),
  });
  if (e !== null && typeof e === 'object' && !Array.isArray(e)) {
    const o = e as Record<string, unknown>;
    return safe(scalarText(o.code), scalarText(o.message));
  }
  return safe(scalarText(e), scalarText(body.error_description));
}

function scalarText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

/** The category of a portal error from its code and text (docs/bitrix24/errors.md#http-statuses). */
export function categorize(code: string, description: string, status: number): B24ErrorCategory {
  const byCode = BY_CODE[code.trim().toLowerCase()];
  // "REST is available only by subscription" comes as ACCESS_DENIED (docs/bitrix24/errors.md#subscription):
  // the text refines it.
  if ((byCode === undefined || byCode === 'access') && /subscription|tariff/i.test(description))
    return 'licence';
  if (byCode) return byCode;
  if (/v3_exception_.*access/i.test(code)) return 'access';
  for (const [re, cat] of BY_TEXT) if (re.test(description) || re.test(code)) return cat;
  // "Element not found" is a missing object; "The 'USER_TYPE_ID' field is not found." is bad input.
  if (/\bnot found\b/i.test(description) && !/\bfield\b/i.test(description)) return 'not_found';
  return status >= 500 ? 'server' : 'validation';
}

/** A short, single-line excerpt of a non-JSON body (an HTML error page, truncated JSON). */
export function bodySnippet(text: string | undefined): string {
  if (text === undefined || text.trim() === '') return 'empty body';
  const flat = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return oneLine(flat === '' ? text.trim() : flat, 120);
}

/**
 * Statuses a Bitrix24 portal's own front (nginx) answers with an HTML page while the portal is
 * overloaded or restarting: worth a retry. Any other answer that is not JSON, and any 3xx/4xx JSON
 * without Bitrix24's `error`, comes from something that is not a Bitrix24 REST endpoint: a login
 * page, a plain web server (501 to a POST), a proxy; retrying cannot help
 * (test/cli/not-rest-endpoint.test.ts).
 */
const FRONT_OUTAGE = new Set([500, 502, 503, 504]);

function looksLikeJson(text: string | undefined): boolean {
  return /^\s*[[{]/.test(text ?? '');
}

/**
 * Turns one raw answer into an error, or undefined when it is a success. `error` present in any form
 * (even '' or 0) is a failure; a 2xx without `result` or without a JSON body is malformed.
 */
export function classifyResponse(
  method: string,
  status: number,
  body: unknown,
  text?: string,
  host?: string,
): B24Error | undefined {
  if (body === undefined && !FRONT_OUTAGE.has(status) && !looksLikeJson(text)) {
    return new B24Error({
      category: 'not_rest_endpoint',
      method,
      status,
      description: text === undefined || text.trim() === '' ? '' : bodySnippet(text),
      host,
    });
  }
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    const description = body === undefined ? `not JSON: ${bodySnippet(text)}` : 'the answer is not an object';
    return new B24Error({
      category: status >= 500 ? 'server' : 'malformed_response',
      method,
      status,
      description,
      host,
    });
  }
  const o = body as Record<string, unknown>;
  if ('error' in o) {
    const { code, description } = errorFields(o);
    return new B24Error({
      category: categorize(code, description, status),
      method,
      b24Code: code,
      description,
      status,
      host,
    });
  }
  if (status >= 500) {
    return new B24Error({
      category: 'server',
      method,
      status,
      description: 'no error code in the answer',
      host,
    });
  }
  if (status >= 300 && status < 500) {
    return new B24Error({
      category: 'not_rest_endpoint',
      method,
      status,
      description: bodySnippet(JSON.stringify(o)),
      host,
    });
  }
  if (status >= 300 || !('result' in o)) {
    return new B24Error({
      category: 'malformed_response',
      method,
      status,
      description: status >= 300 ? 'an error status without an error code' : 'no "result" in the answer',
      host,
    });
  }
  return undefined;
}

/**
 * A failed batch sub-command as an error (its `error` may be '' — still a failure:
 * docs/bitrix24/errors.md#empty-codes).
 */
export function batchItemError(
  method: string,
  error: { code: string; description: string },
  host?: string,
): B24Error {
  return new B24Error({
    category: categorize(error.code, error.description, 400),
    method,
    b24Code: error.code,
    description: error.description,
    status: 200,
    host,
  });
}
