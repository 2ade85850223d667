/**
 * The only network code in b24cfg: one raw REST exchange over HTTP through @bitrix24/b24jssdk. Every
 * policy (batching, paging, pacing, retries, error mapping) lives above any Wire in the transport
 * (src/portal/transport.ts), so the HTTP portal and the sandbox behave alike.
 */
import type * as Sdk from '@bitrix24/b24jssdk';
import type { TypeHttp } from '@bitrix24/b24jssdk';
import { InternalError } from '../core/errors.js';
import { redact } from '../core/redact.js';
import { parseWebhookUrl, type WebhookRef } from './webhook-url.js';
import { WireFailure, type Wire, type WireResponse, type WireSendOptions } from './wire.js';

/**
 * Bitrix24 kills a request after 60 s (docs/bitrix24/transport.md#request-timeout); we wait a little longer.
 */
export const DEFAULT_TIMEOUT_MS = 65_000;

interface HttpEndpoint {
  /** The SDK's axios instance (its type comes through the SDK; axios is not our direct dependency). */
  ajax: TypeHttp['ajaxClient'];
  /** https://host/rest/<user>/<secret> — holds the secret; never printed. */
  base: string;
}

/** Node's web globals that load undici when first touched (all four are lazy getters on globalThis). */
const UNDICI_GLOBALS = ['fetch', 'FormData', 'Request', 'Response'] as const;

/**
 * Imported lazily: offline commands skip the SDK (docs/bitrix24/b24jssdk.md#import-cost). It is bundled
 * and code-cached with the CLI (scripts/bundle.mjs). Its axios looks at fetch, FormData, Request and
 * Response as it loads, for a fetch adapter it never picks in Node (it takes the http adapter), and the
 * first look loads undici, ~40 ms of every portal command (BENCHMARKS.md#start-up-of-a-portal-command-issue-18).
 * So they read as absent while it loads, and are put back right after.
 */
async function importSdk(): Promise<typeof Sdk> {
  const g = globalThis as Record<string, unknown>;
  const saved = UNDICI_GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(g, name)] as const);
  for (const [name, d] of saved)
    if (d?.configurable)
      Object.defineProperty(g, name, { value: undefined, configurable: true, writable: true });
  try {
    return await import('@bitrix24/b24jssdk');
  } finally {
    for (const [name, d] of saved) {
      if (d?.configurable) Object.defineProperty(g, name, d);
    }
  }
}

async function openEndpoint(ref: WebhookRef): Promise<HttpEndpoint> {
  const sdk = await importSdk();
  // The SDK refuses http:// (JSSDK_HOOK_URL_NOT_HTTPS, docs/bitrix24/b24jssdk.md#https-only), so the loopback sandbox is
  // addressed as https here and turned back into http by the interceptor below.
  const httpsOrigin = ref.origin.replace(/^http:/, 'https:');
  const hook = sdk.B24Hook.fromWebhookUrl(`${httpsOrigin}/rest/${ref.userId}/${ref.secret}/`, {
    // SDK retries off and a COMPLETE rateLimit object: a partial one silently disables the SDK's
    // limiter (docs/bitrix24/b24jssdk.md#rate-limiter). Our own bucket and retry policy are the real ones.
    restrictionParams: { ...sdk.ParamsFactory.getDefault(), maxRetries: 1, retryOnNetworkError: false },
  });
  const logger = sdk.Logger.create('b24cfg');
  // ConsoleHandler writes to stdout (docs/bitrix24/b24jssdk.md#logging); keep the SDK quiet and on stderr.
  logger.pushHandler(new sdk.StreamHandler(sdk.LogLevel.ERROR, { stream: process.stderr }));
  hook.setLogger(logger);
  const http = hook.getHttpClient(sdk.ApiVersion.v2);
  const ajax = http.ajaxClient;
  if (ref.loopback) {
    ajax.interceptors.request.use((config) => ({
      ...config,
      url: config.url?.replace(/^https:\/\//, 'http://'),
      baseURL: config.baseURL?.replace(/^https:\/\//, 'http://'),
    }));
  }
  const base = hook.getTargetOriginWithPath().get(sdk.ApiVersion.v2);
  if (base === undefined) throw new InternalError('the SDK gave no REST v2 address for the webhook');
  return { ajax, base };
}

function errorCodeOf(e: unknown): string {
  if (e !== null && typeof e === 'object' && 'code' in e && typeof e.code === 'string') return e.code;
  return '';
}

/** What the total deadline of one request saw when it fired. */
export interface DeadlineState {
  /** The deadline fired (not the caller's own signal). */
  expired: boolean;
  /** Some of the answer had arrived: the portal is answering, too slowly. */
  started: boolean;
}

/** Maps axios/node failures to WireFailure without ever carrying the request URL (it holds the secret). */
export function toWireFailure(
  e: unknown,
  host: string,
  timeoutMs: number,
  deadline: DeadlineState = { expired: false, started: false },
): WireFailure {
  const cause = (e as { cause?: unknown } | null)?.cause;
  const code = errorCodeOf(e) || errorCodeOf(cause);
  const msg = (text: string) => redact(`${text}${code ? ` (${code})` : ''}`);
  const seconds = Math.round(timeoutMs / 1000);
  if (deadline.expired) {
    return deadline.started
      ? new WireFailure(
          'timeout',
          true,
          redact(`the answer did not finish within ${seconds} s`),
          'ETIMEDOUT',
          true,
        )
      : new WireFailure('timeout', true, redact(`no answer within ${seconds} s`), 'ETIMEDOUT');
  }
  switch (code) {
    case 'ECONNABORTED':
    case 'ETIMEDOUT':
      return new WireFailure('timeout', true, msg(`no answer within ${seconds} s`), code);
    case 'ERR_CANCELED':
      return new WireFailure('aborted', true, msg('the request was cancelled'), code);
    case 'ENOTFOUND':
      return new WireFailure('network', false, msg(`host ${host} not found`), code);
    case 'EAI_AGAIN':
      return new WireFailure('network', false, msg(`cannot resolve ${host} right now`), code);
    case 'ECONNREFUSED':
      return new WireFailure('network', false, msg(`${host} refused the connection`), code);
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new WireFailure('network', false, msg(`${host} is unreachable`), code);
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return new WireFailure('network', false, msg(`the TLS certificate of ${host} is not valid`), code);
    default:
      // ECONNRESET, EPIPE, "socket hang up", ERR_NETWORK: the body may have reached the portal.
      return new WireFailure('dropped', true, msg('the connection was dropped'), code || undefined);
  }
}

/** The body of an answer as text, whatever axios made of it. */
function bodyText(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  if (Buffer.isBuffer(raw)) return raw.toString('utf8');
  return raw == null ? '' : JSON.stringify(raw);
}

/**
 * A Wire over HTTP. We POST with the SDK's own axios instance (`getHttpClient(v2).ajaxClient`)
 * rather than its `call()`: `call()` throws on 4xx and turns `error:""` answers into
 * "ERR_BAD_REQUEST" without the portal's text (8 of our 26 error fixtures, docs/bitrix24/b24jssdk.md#lost-error-texts), runs its own
 * limiter on real timers (tests need virtual time), and treats some codes as soft successes. The
 * raw instance gives us the status and body of every answer; the SDK still supplies URL
 * validation, the REST address, its headers and interceptors.
 */
export function createHttpWire(webhookUrl: string, opts: { timeoutMs?: number } = {}): Wire {
  const ref = parseWebhookUrl(webhookUrl);
  let endpoint: Promise<HttpEndpoint> | undefined;
  return {
    host: ref.host,
    kind: 'http',
    async send(
      method: string,
      params: Record<string, unknown>,
      sendOpts?: WireSendOptions,
    ): Promise<WireResponse> {
      endpoint ??= openEndpoint(ref);
      const { ajax, base } = await endpoint;
      const timeoutMs = sendOpts?.timeoutMs ?? opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      // axios's `timeout` is the socket's idle time: a server that sends one byte a second never trips it.
      // The deadline covers the whole exchange, the answer's last byte included
      // (test/portal/http-wire-deadline.test.ts).
      const deadline: DeadlineState = { expired: false, started: false };
      const expiry = new AbortController();
      const timer = setTimeout(() => {
        deadline.expired = true;
        expiry.abort();
      }, timeoutMs);
      const signal = sendOpts?.signal ? AbortSignal.any([sendOpts.signal, expiry.signal]) : expiry.signal;
      let status: number;
      let raw: unknown;
      try {
        const res = await ajax.post<unknown>(`${base}/${encodeURIComponent(method)}`, params, {
          timeout: timeoutMs,
          signal,
          onDownloadProgress: () => {
            deadline.started = true;
          },
          // Every status is an answer to read, not an exception: the portal's error text lives in the body.
          validateStatus: () => true,
          responseType: 'text',
          transformResponse: [(d: unknown) => d],
          headers: { 'Content-Type': 'application/json' },
        });
        status = res.status;
        raw = res.data;
      } catch (e) {
        throw toWireFailure(e, ref.host, timeoutMs, deadline);
      } finally {
        clearTimeout(timer);
      }
      const text = bodyText(raw);
      try {
        return { status, body: JSON.parse(text) as unknown };
      } catch {
        // An HTML 502 page from the front, or JSON cut off mid-way.
        return { status, body: undefined, text };
      }
    },
    close: () => Promise.resolve(),
  };
}
