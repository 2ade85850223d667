/**
 * `createTransport`: every policy above any Wire (HTTP or the sandbox) — batching, pacing, retries
 * that never blindly repeat a write, error mapping and request counting. Paging is in paging.ts, the
 * bucket and the portal's clocks in pacer.ts, the HTTP wire in http-wire.ts.
 */
import {
  assignKeys,
  batchCommands,
  batchLabel,
  packCalls,
  type KeyedCall,
  type PackedRequest,
} from './batch-pack.js';
import { BatchShapeError, NOT_EXECUTED, parseBatchResult } from './batch-parse.js';
import type {
  B24Client,
  BatchItemResult,
  BatchManyOptions,
  BatchOptions,
  CallOptions,
  CallResult,
  GroupOutcome,
  ListOptions,
  RestCall,
  TransportStats,
} from './client.js';
import { interruptedError, throwIfInterrupted, untilInterrupted } from '../core/interrupt.js';
import { B24Error, classifyResponse, type B24ErrorCategory } from './errors.js';
import { CommandDeadline, DeadlinePassed } from './deadline.js';
import { ScopeGuard } from './scope-guard.js';
import { DEFAULT_MAX_IN_FLIGHT, InFlightLimit, runInOrder } from './in-flight.js';
import { isRepeatable } from './method-kinds.js';
import { Pacer } from './pacer.js';
import { pageMarks } from './page-marks.js';
import { listAll } from './paging.js';
import { untilAborted } from './until-aborted.js';
import { decideRetry, DEFAULT_RETRY_POLICY, type AttemptFailure, type RetryPolicy } from './retry-policy.js';
import { isSettingFailure, WireFailure, type Wire } from './wire.js';

import type { TransportOptions } from './transport-options.js';

export type { WaitReason } from './pacer.js';
export type { TransportOptions } from './transport-options.js';

interface ExchangeContext {
  repeatable: boolean;
  /** What to call the request in messages: the method, or "batch[…]". */
  label: string;
  params?: Record<string, unknown>;
  calls?: readonly RestCall[];
  /** No further attempt once aborted (BatchOptions.signal). */
  signal?: AbortSignal;
}

type Body = Record<string, unknown>;

/** Portal answers about one call (not about the webhook or the wire): a batch item, not an exception. */
const ITEM_LEVEL: ReadonlySet<B24ErrorCategory> = new Set([
  'validation',
  'not_found',
  'method_not_found',
  'access',
  'scope',
  'licence',
]);

/** Failures where repeating the request cannot help. */
const FINAL: ReadonlySet<B24ErrorCategory> = new Set([
  'not_rest_endpoint',
  'auth',
  'scope',
  'access',
  'licence',
  'overload',
  'method_not_found',
]);

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function membersOf(req: PackedRequest): KeyedCall[] {
  return req.kind === 'single' ? [req.call] : req.calls;
}

function notExecuted(c: KeyedCall): BatchItemResult {
  return {
    key: c.key,
    ok: false,
    error: { code: NOT_EXECUTED, description: 'not executed: an earlier call failed (halt)' },
  };
}

class Transport implements B24Client {
  readonly host: string;
  readonly kind: 'http' | 'sandbox';
  readonly portalArg?: string;
  readonly stats: TransportStats = { httpRequests: 0, restCalls: 0, retries: 0, waitedMs: 0, byMethod: {} };

  private readonly now: () => number;
  private readonly deadline: CommandDeadline;
  private readonly policy: RetryPolicy;
  private readonly pacer: Pacer;
  private readonly inFlight: InFlightLimit;
  private readonly scopes: ScopeGuard;

  constructor(
    private readonly wire: Wire,
    private readonly opts: TransportOptions,
  ) {
    this.host = wire.host;
    this.kind = wire.kind;
    if (opts.portalArg !== undefined) this.portalArg = opts.portalArg;
    this.scopes = new ScopeGuard(wire.host, opts.command, opts.requiredScopes ?? []);
    this.now = opts.now ?? Date.now;
    this.deadline = new CommandDeadline(this.now, opts.deadlineMs);
    this.policy = { ...DEFAULT_RETRY_POLICY, ...opts.retry };
    this.inFlight = new InFlightLimit(opts.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT);
    const sleep = opts.sleep ?? defaultSleep;
    this.pacer = new Pacer(wire, this.stats, (methods) => this.count(methods), {
      tier: opts.tier,
      timeoutMs: opts.timeoutMs,
      sleep: async (ms) => {
        if (this.deadline.passed(ms)) throw new DeadlinePassed();
        await untilInterrupted(sleep(ms), opts.signal);
      },
      now: this.now,
      onWait: opts.onWait,
    });
  }

  call<T = unknown>(
    method: string,
    params: Record<string, unknown> = {},
    opts?: CallOptions,
  ): Promise<CallResult<T>> {
    return this.single<T>(method, params, opts?.repeatable ?? isRepeatable(method));
  }

  async batch(calls: readonly RestCall[], opts: BatchOptions = {}): Promise<BatchItemResult[]> {
    const keyed = assignKeys(calls);
    const requests = packCalls(keyed);
    const results: BatchItemResult[] = new Array<BatchItemResult>(keyed.length);
    let done = 0;
    const send = async (req: PackedRequest): Promise<BatchItemResult[]> => {
      const members = membersOf(req);
      const items =
        req.kind === 'single'
          ? [await this.sendSingle(req.call, opts)]
          : await this.sendBatch(req.calls, opts);
      items.forEach((item, i) => {
        const c = members[i];
        if (c) results[c.index] = item;
      });
      done += members.length;
      opts.onProgress?.(done, keyed.length);
      return items;
    };
    const halt = opts.halt === true;
    if (halt || !keyed.every((c) => isRepeatable(c.method))) {
      // Writes run in the order given: a later call may rely on an earlier one without a $result link.
      let halted = false;
      for (const req of requests) {
        if (halted) {
          for (const c of membersOf(req)) results[c.index] = notExecuted(c);
          continue;
        }
        const items = await send(req);
        if (halt && items.some((i) => !i.ok)) halted = true;
      }
      return results;
    }
    const outcomes = await runInOrder(
      requests.length,
      this.inFlight.limit,
      (i) => send(requests[i] as PackedRequest),
      (o) => o.state === 'failed',
    );
    const failed = outcomes.find((o) => o.state === 'failed');
    if (failed) throw failed.error;
    return results;
  }

  async batchMany(
    groups: ReadonlyArray<readonly RestCall[]>,
    opts: BatchManyOptions = {},
  ): Promise<GroupOutcome[]> {
    const total = groups.reduce((n, g) => n + g.length, 0);
    const doneIn = groups.map(() => 0);
    let done = 0;
    const outcomes = await runInOrder(
      groups.length,
      this.inFlight.limit,
      (i) =>
        this.batch(groups[i] ?? [], {
          halt: opts.halt,
          repeatable: opts.repeatable,
          onProgress: (d) => {
            done += d - (doneIn[i] ?? 0);
            doneIn[i] = d;
            opts.onProgress?.(done, total);
          },
        }),
      (o) =>
        opts.keepGoing !== true &&
        (o.state === 'failed' || (o.state === 'done' && opts.halt === true && o.value.some((x) => !x.ok))),
    );
    return outcomes.map((o) => (o.state === 'done' ? { state: 'done', items: o.value } : o));
  }

  async list<T = Record<string, unknown>>(
    method: string,
    params: Record<string, unknown> = {},
    opts: ListOptions = {},
  ): Promise<T[]> {
    return (await listAll(this, method, params, opts)) as T[];
  }

  async close(): Promise<void> {
    await this.wire.close?.();
  }

  // --- one call / one batch request -----------------------------------------------------------

  private async single<T>(
    method: string,
    params: Record<string, unknown>,
    repeatable: boolean,
    signal?: AbortSignal,
  ): Promise<CallResult<T>> {
    this.count([method]);
    const body = await this.exchange(method, params, { repeatable, label: method, params, signal });
    this.pacer.observe(method, body.result);
    this.scopes.check(method, body.result);
    const out: CallResult<T> = { result: body.result as T, ...pageMarks(body.total, body.next) };
    if (body.time !== null && typeof body.time === 'object') out.time = body.time;
    return out;
  }

  private async sendSingle(c: KeyedCall, opts: BatchOptions): Promise<BatchItemResult> {
    try {
      const repeatable = opts.repeatable ?? isRepeatable(c.method);
      const r = await this.single(c.method, c.params, repeatable, opts.signal);
      return { key: c.key, ok: true, result: r.result, ...pageMarks(r.total, r.next) };
    } catch (e) {
      // Same contract as a batch sub-command: the portal's verdict on this call is data, not an exception.
      if (e instanceof B24Error && ITEM_LEVEL.has(e.category)) {
        return { key: c.key, ok: false, error: { code: e.b24Code, description: e.description } };
      }
      throw e;
    }
  }

  private async sendBatch(calls: readonly KeyedCall[], opts: BatchOptions): Promise<BatchItemResult[]> {
    this.count(calls.map((c) => c.method));
    const label = batchLabel(calls);
    const params = { halt: opts.halt === true ? 1 : 0, cmd: batchCommands(calls) };
    const body = await this.exchange('batch', params, {
      // A batch holding any write is a write (RELIABILITY.md#the-promises-and-their-tests).
      repeatable: opts.repeatable ?? calls.every((c) => isRepeatable(c.method)),
      label,
      calls: calls.map((c) => ({ key: c.key, method: c.method, params: c.params })),
      signal: opts.signal,
    });
    let items: BatchItemResult[];
    try {
      items = parseBatchResult(body.result, calls, opts.halt === true);
    } catch (e) {
      if (!(e instanceof BatchShapeError)) throw e;
      throw new B24Error({
        category: 'malformed_response',
        method: label,
        status: 200,
        description: e.message,
        host: this.host,
      });
    }
    items.forEach((item, i) => {
      const c = calls[i];
      if (c && item.ok) this.pacer.observe(c.method, item.result);
      if (c && item.ok) this.scopes.check(c.method, item.result);
    });
    return items;
  }

  /**
   * Sends one HTTP request, pacing, retrying and classifying as the policy says; returns a success body.
   * It holds a place among the requests in flight from its slot in the bucket to its final answer.
   */
  private async exchange(
    method: string,
    params: Record<string, unknown>,
    ctx: ExchangeContext,
  ): Promise<Body> {
    try {
      return await this.inFlight.run(() => this.attempts(method, params, ctx));
    } catch (e) {
      if (e instanceof DeadlinePassed) throw this.deadline.error(ctx.label, this.host);
      throw e;
    }
  }

  private async attempts(
    method: string,
    params: Record<string, unknown>,
    ctx: ExchangeContext,
  ): Promise<Body> {
    const tries = { rate_limit: 0, operation_limit: 0, transient: 0, final: 0 };
    const signal = this.opts.signal;
    for (;;) {
      if (this.deadline.passed()) throw new DeadlinePassed();
      // The pacer's waits end at an interrupt; none starts a request after it.
      await this.pacer.pace();
      throwIfInterrupted(signal);
      this.stats.httpRequests += 1;
      let failure: AttemptFailure;
      let error: B24Error;
      try {
        const resp = await this.wire.send(method, params, {
          timeoutMs: this.deadline.requestTimeout(this.opts.timeoutMs),
          ...(ctx.repeatable && signal !== undefined ? { signal } : {}),
        });
        this.pacer.noteTime(resp.body);
        const err = classifyResponse(ctx.label, resp.status, resp.body, resp.text, this.host);
        if (!err) return resp.body as Body;
        error = err;
        failure = this.failureOf(err);
      } catch (e) {
        if (!(e instanceof WireFailure)) throw e;
        if (ctx.repeatable && signal?.aborted === true) throw interruptedError(signal);
        error = this.wireError(ctx.label, e);
        // A read whose answer had begun but did not finish in time (one byte a second) would only take
        // as long again: stop at --timeout (test/portal/http-wire-deadline.test.ts). A write in that state
        // stays an unknown outcome, resolved by re-reading.
        failure =
          isSettingFailure(e.code) || e.failure === 'aborted' || (e.answerStarted && ctx.repeatable)
            ? { kind: 'final' }
            : { kind: 'transient', maybeDelivered: e.maybeDelivered };
      }
      const decision = decideRetry(
        failure,
        {
          retriesSoFar: tries[failure.kind],
          repeatable: ctx.repeatable,
          drainPerSecond: this.pacer.drainPerSecond,
        },
        this.policy,
      );
      if (decision.retry && !ctx.signal?.aborted) {
        if (this.deadline.passed(decision.delayMs)) throw new DeadlinePassed();
        tries[failure.kind] += 1;
        this.stats.retries += 1;
        if (failure.kind === 'rate_limit') this.pacer.saturate();
        const reason =
          failure.kind === 'transient' || failure.kind === 'final'
            ? error.viaProxy
              ? 'proxy_retry'
              : 'retry'
            : failure.kind;
        await untilAborted(this.pacer.wait(decision.delayMs, reason), ctx.signal);
        if (!ctx.signal?.aborted) continue;
      }
      // Interrupted: the attempt that just failed was the last one sent.
      if (ctx.signal?.aborted) throw error;
      const final = this.finalError(error, failure, decision, ctx);
      // A read cut by the command's deadline says so, not "no answer within 3 s".
      if (final.category === 'timeout' && this.deadline.passed()) throw new DeadlinePassed();
      throw final;
    }
  }

  /** The error a request ends with once the policy says not to send it again. */
  private finalError(
    error: B24Error,
    failure: AttemptFailure,
    decision: ReturnType<typeof decideRetry>,
    ctx: ExchangeContext,
  ): B24Error {
    if (
      failure.kind === 'transient' &&
      !decision.retry &&
      decision.reason === 'not_repeatable' &&
      failure.maybeDelivered
    ) {
      return new B24Error({
        category: 'unknown_outcome',
        method: ctx.label,
        b24Code: error.b24Code,
        description: error.description || `HTTP ${error.status}`,
        status: error.status,
        host: this.host,
        params: ctx.params,
        calls: ctx.calls,
        cause: error,
      });
    }
    if (failure.kind === 'operation_limit') {
      const waitMs = decision.retry ? 0 : (decision.waitMs ?? 0);
      return new B24Error({
        category: 'operation_limit',
        method: ctx.label,
        b24Code: error.b24Code,
        description: error.description,
        status: error.status,
        host: this.host,
        data: { waitSeconds: Math.ceil(waitMs / 1000) },
        cause: error,
      });
    }
    return error;
  }

  private failureOf(err: B24Error): AttemptFailure {
    if (err.category === 'rate_limit') return { kind: 'rate_limit' };
    if (err.category === 'operation_limit')
      return { kind: 'operation_limit', resetInMs: this.pacer.operatingResetInMs() };
    if (err.status >= 500 && !FINAL.has(err.category)) return { kind: 'transient', maybeDelivered: true };
    return { kind: 'final' };
  }

  private wireError(label: string, e: WireFailure): B24Error {
    // A request cut because the command's deadline came says so, not "no answer within 0 s".
    const cut = e.failure === 'timeout' && this.deadline.passed();
    return new B24Error({
      category: e.failure === 'timeout' ? 'timeout' : 'network',
      method: label,
      b24Code: e.code ?? '',
      description: cut ? `cut at --deadline ${this.deadline.seconds} s` : e.message,
      status: 0,
      host: this.host,
      ...(e.proxy ? { proxy: e.proxy } : {}),
      cause: e,
    });
  }

  private count(methods: readonly string[]): void {
    this.stats.restCalls += methods.length;
    for (const m of methods) this.stats.byMethod[m] = (this.stats.byMethod[m] ?? 0) + 1;
  }
}

/** The B24Client every command uses, over any Wire (HTTP or the sandbox). */
export function createTransport(wire: Wire, opts: TransportOptions = {}): B24Client {
  return new Transport(wire, opts);
}
