/**
 * The emulated portal: one object that answers REST requests exactly as a Bitrix24 cloud portal would,
 * for the methods the CLI uses. The in-process wire, the HTTP server and the msw handlers all call
 * `handle`, so the three ways in behave identically.
 *
 * Order of checks for one HTTP request, as on a real portal: injected fault (front), the leaky bucket
 * per IP (503 QUERY_LIMIT_EXCEEDED), credentials (401 INVALID_CREDENTIALS), the method
 * (404 ERROR_METHOD_NOT_FOUND), its scope (401 insufficient_scope), its operating-time budget
 * (429 OPERATION_TIME_LIMIT), then the method itself (docs/bitrix24/parity.md#error-codes, #limits).
 */
import { systemClock, type Clock } from './clock.js';
import { makeIso, type HandlerContext, type MethodDef } from './context.js';
import { runBatch, type CallOutcome } from './batch.js';
import { simulatedSeconds, timeInfo } from './envelope.js';
import { FaultInjector, HTML_500, type FaultKind } from './faults.js';
import { LeakyBucket, limitSettings, OperatingBudget, type LimitSettings } from './limits.js';
import { saveSandboxState } from './persistence.js';
import { ALL_SCOPES, findMethod, normaliseMethodName } from './registry.js';
import { RestError } from './rest-error.js';
import { freshPortalState } from './seeds.js';
import type { SandboxState } from './state.js';
import { isRecord, type Params } from './values.js';

export type { FaultKind } from './faults.js';

export interface EmulatorOptions {
  state?: SandboxState;
  webhook?: { userId: number; secret: string; scopes?: string[] };
  /** Off (false) by default in-process; `sandbox serve` turns them on. */
  limits?: false | { burst?: number; drainPerSec?: number; operatingLimitSec?: number };
  faults?: { rate: number; seed: number; kinds?: FaultKind[]; slowMs?: number };
  clock?: Clock;
  /** app.info LICENSE; "ru_ent250" and other ent* plans get the Enterprise bucket (250 / 5 per s). */
  licence?: string;
}

export interface SandboxRequest {
  method: string;
  params: Record<string, unknown>;
  auth?: { userId: number; secret: string };
  ip?: string;
  /** The server's own address when it came over HTTP (src/sandbox/server.ts): RequestScope.serverAddress. */
  serverAddress?: string;
}

export interface SandboxResponse {
  status: number;
  body: unknown;
  /** The raw body when it is not JSON (the HTML page of a 500). */
  text?: string;
  /**
   * The caller must simulate no answer: 'drop-before' = the request was NOT applied,
   * 'drop-after' and 'timeout' = it WAS applied and the answer is lost.
   */
  fault?: 'timeout' | 'drop-before' | 'drop-after';
  /** Answer only after this delay (a "slow" fault). */
  delayMs?: number;
}

export interface Emulator {
  handle(req: SandboxRequest): Promise<SandboxResponse>;
  readonly state: SandboxState;
  readonly requestLog: Array<{ method: string; at: number }>;
  save(path: string): Promise<void>;
  /** Grows with every change to the state; the wire saves on close only when it moved. */
  readonly revision: number;
  readonly webhook: { userId: number; secret: string; scopes: readonly string[] };
  readonly clock: Clock;
  /** The active limits, or undefined when they are off. */
  readonly limits: LimitSettings | undefined;
}

export const DEFAULT_SECRET = 'sandboxsecret0000';
export const DEFAULT_LICENCE = 'ru_pro100';

function errorBody(status: number, error: string | number, description: string): SandboxResponse {
  return { status, body: { error, error_description: description } };
}

export function createEmulator(opts: EmulatorOptions = {}): Emulator {
  const state = opts.state ?? freshPortalState();
  const clock = opts.clock ?? systemClock;
  const licence = opts.licence ?? DEFAULT_LICENCE;
  const webhook = {
    userId: opts.webhook?.userId ?? 1,
    secret: opts.webhook?.secret ?? DEFAULT_SECRET,
    scopes: [...(opts.webhook?.scopes ?? ALL_SCOPES)],
  };
  const limits = opts.limits ? limitSettings(licence, opts.limits) : undefined;
  const bucket = limits ? new LeakyBucket(limits) : undefined;
  const budget = new OperatingBudget();
  const faults = opts.faults && opts.faults.rate > 0 ? new FaultInjector(opts.faults) : undefined;
  const requestLog: Array<{ method: string; at: number }> = [];
  let revision = 0;
  const iso = makeIso(state);

  const granted = (def: MethodDef): boolean =>
    def.scopes === null || def.scopes.some((s) => webhook.scopes.includes(s));

  const ctx: HandlerContext = {
    state,
    request: {},
    clock,
    userId: webhook.userId,
    scopes: webhook.scopes,
    licence,
    iso,
    changed: () => {
      revision++;
    },
    revision: () => revision,
    describeMethod: (name) => {
      const def = findMethod(name);
      return { isExisting: def !== undefined, isAvailable: def !== undefined && granted(def) };
    },
    allScopes: ALL_SCOPES,
  };

  const callOne = (method: string, params: Params, inBatch: boolean): CallOutcome => {
    const outcome = runOne(method, params, inBatch);
    // processException: an exception left in $APPLICATION by an earlier (or this) call gives every
    // error of the request its code and text (docs/bitrix24/parity.md#batch-process-exception).
    const app = ctx.request.appException;
    if (!outcome.ok && app) return { ...outcome, error: app.code, description: app.description };
    return outcome;
  };

  const runOne = (method: string, params: Params, inBatch: boolean): CallOutcome => {
    const now = clock.now();
    const name = normaliseMethodName(method);
    const def = findMethod(name);
    if (!def)
      return { ok: false, status: 404, error: 'ERROR_METHOD_NOT_FOUND', description: 'Method not found!' };
    if (!granted(def)) {
      // The core raises an OAuthException, which is HTTP 401 (docs/bitrix24/parity.md#error-codes: docs
      // say 403; clients key on the string). Inside a batch the description comes back empty (fixture
      // batch.error-halt0.json).
      return {
        ok: false,
        status: 401,
        error: 'insufficient_scope',
        description: inBatch
          ? ''
          : 'The request requires higher privileges than provided by the webhook token',
      };
    }
    if (limits && budget.used(def.name, now) >= limits.operatingLimitSec) {
      return {
        ok: false,
        status: 429,
        error: 'OPERATION_TIME_LIMIT',
        description: 'Method is blocked due to operation time limit.',
      };
    }
    try {
      const res = def.handler(params, ctx);
      const seconds = simulatedSeconds(def.write, res.result);
      budget.add(def.name, now, seconds);
      const time = timeInfo(now, seconds, state.settings.utcOffsetMinutes, {
        used: budget.used(def.name, now),
        resetAt: budget.resetAt(def.name, now),
      });
      return { ok: true, result: res.result, total: res.total, next: res.next, time };
    } catch (e) {
      budget.add(def.name, now, 0.01);
      if (e instanceof RestError) {
        if (e.appException) ctx.request.appException = { code: String(e.code), description: e.description };
        return { ok: false, status: e.status, error: e.code, description: e.description };
      }
      const message = e instanceof Error ? e.message : String(e);
      return {
        ok: false,
        status: 500,
        error: 'INTERNAL_SERVER_ERROR',
        description: `Internal server error: ${message}`,
      };
    }
  };

  const dispatch = (req: SandboxRequest): SandboxResponse => {
    const now = clock.now();
    // PHP's statics and $APPLICATION live as long as one HTTP request.
    ctx.request = req.serverAddress === undefined ? {} : { serverAddress: req.serverAddress };
    // The bucket is kept by the cloud front, per portal and source IP, before the request reaches the
    // portal, so refused credentials count too (https://apidocs.bitrix24.com/limits.html).
    if (bucket && !bucket.take(req.ip ?? 'in-process', now)) {
      return errorBody(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests');
    }
    if (req.auth && (req.auth.userId !== webhook.userId || req.auth.secret !== webhook.secret)) {
      return errorBody(401, 'INVALID_CREDENTIALS', 'Invalid request credentials');
    }
    const params = isRecord(req.params) ? req.params : {};
    if (normaliseMethodName(req.method) === 'batch') {
      const out = runBatch(params, (m, p) => callOne(m, p, true));
      if (out.status !== 200) return { status: out.status, body: out.body };
      // The outer batch call is not charged to `operating`; each inner command was (docs/bitrix24/parity.md#limits).
      const time = timeInfo(now, 0.01 * Math.max(1, out.calls), state.settings.utcOffsetMinutes);
      return { status: 200, body: { ...out.body, time } };
    }
    const outcome = callOne(req.method, params, false);
    if (!outcome.ok) return errorBody(outcome.status, outcome.error, outcome.description);
    const body: Record<string, unknown> = { result: outcome.result };
    if (outcome.next !== undefined) body.next = outcome.next;
    if (outcome.total !== undefined) body.total = outcome.total;
    body.time = outcome.time;
    return { status: 200, body };
  };

  return {
    get state() {
      return state;
    },
    requestLog,
    get revision() {
      return revision;
    },
    webhook,
    clock,
    limits,
    save: (path) => saveSandboxState(state, path),
    handle: (req) => {
      requestLog.push({ method: req.method, at: clock.now() });
      const fault = faults?.roll();
      switch (fault) {
        case '503':
          return Promise.resolve(errorBody(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests'));
        case '429':
          return Promise.resolve(
            errorBody(429, 'OPERATION_TIME_LIMIT', 'Method is blocked due to operation time limit.'),
          );
        case '500':
          return Promise.resolve({ status: 500, body: undefined, text: HTML_500 });
        case 'drop-before':
          return Promise.resolve({ status: 0, body: undefined, fault: 'drop-before' });
        default:
          break;
      }
      const res = dispatch(req);
      if (fault === 'drop-after' || fault === 'timeout') return Promise.resolve({ ...res, fault });
      if (fault === 'slow') return Promise.resolve({ ...res, delayMs: faults?.opts.slowMs ?? 2000 });
      return Promise.resolve(res);
    },
  };
}
