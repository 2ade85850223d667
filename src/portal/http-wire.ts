/**
 * The only network code in b24cfg: one raw REST exchange over HTTP with Node's own http/https. Every policy
 * (batching, paging, pacing, retries, error mapping) lives above any Wire in the transport
 * (src/portal/transport.ts), so the HTTP portal and the sandbox behave alike. Why not through
 * @bitrix24/b24jssdk any more: docs/bitrix24/b24jssdk.md#the-wire-without-the-sdk.
 */
import type * as NodeHttp from 'node:http';
import type { IncomingMessage } from 'node:http';
import { redact } from '../core/redact.js';
import { oneLine } from '../core/terminal-text.js';
import { VERSION } from '../core/version.js';
import { proxyFor, type PortalProxy } from './http-proxy.js';
import { parseWebhookUrl, type WebhookRef } from './webhook-url.js';
import { WireFailure, type Wire, type WireResponse, type WireSendOptions } from './wire.js';

/**
 * Bitrix24 kills a request after 60 s (docs/bitrix24/transport.md#request-timeout); we wait a little longer.
 */
export const DEFAULT_TIMEOUT_MS = 65_000;

interface HttpEndpoint {
  /** node:http or node:https, the module object itself: its `request` is looked up at each call, where
   * msw's interceptor (test/portal/helpers/msw-portal.ts) finds it. */
  transport: Pick<typeof NodeHttp, 'request'>;
  /** The proxy from the environment, when one applies; else Node's global keep-alive agent is used. */
  proxy: PortalProxy | undefined;
  /** https://host/rest/<user>/<secret> — holds the secret; never printed. */
  base: string;
}

/**
 * Node's http or https, imported when the first request goes out: offline commands never load either, and
 * the loopback sandbox never loads TLS (BENCHMARKS.md#start-up-of-a-portal-command-issue-18).
 */
async function openEndpoint(ref: WebhookRef): Promise<HttpEndpoint> {
  const base = `${ref.origin}/rest/${ref.userId}/${encodeURIComponent(ref.secret)}`;
  if (ref.loopback) {
    return { transport: (await import('node:http')).default, proxy: undefined, base };
  }
  const transport = (await import('node:https')).default;
  return { transport, proxy: await proxyFor(ref.origin), base };
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

/**
 * Through a proxy the socket goes to the proxy, and the proxy resolves and connects to the portal: a
 * refused connection or an unknown host is the proxy's (what the proxy met on the way to the portal
 * comes back as its answer to CONNECT instead).
 */
function proxyFailure(code: string, proxy: PortalProxy): WireFailure | undefined {
  const { agent: _agent, ...ref } = proxy;
  const fail = (text: string) =>
    new WireFailure('network', false, redact(`${text} (${code})`), code, false, ref);
  switch (code) {
    case 'ECONNREFUSED':
      return fail('the proxy refused the connection');
    case 'ENOTFOUND':
      return fail(`proxy host ${proxy.hostname} not found`);
    case 'EAI_AGAIN':
      return fail(`cannot resolve the proxy host ${proxy.hostname} right now`);
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return fail('the proxy is unreachable');
    default:
      return undefined;
  }
}

/**
 * The proxy answered CONNECT with something but 200: it refused the tunnel (403, 407 without
 * credentials) or could not open it (502, 504). What follows is the proxy's answer, not the portal's.
 */
function tunnelRefused(
  proxy: PortalProxy,
  tunnel: { status: number; text: string },
  to: string,
): WireFailure {
  const { agent: _agent, ...ref } = proxy;
  const status = `HTTP ${tunnel.status}${tunnel.text ? ` ${oneLine(tunnel.text, 60)}` : ''}`;
  const code = `PROXY_HTTP_${tunnel.status}`;
  return new WireFailure(
    'network',
    false,
    redact(`the proxy answered ${status} to the tunnel to ${to} (${code})`),
    code,
    false,
    ref,
  );
}

/** Maps socket and TLS failures to WireFailure without ever carrying the request URL (it holds the secret). */
export function toWireFailure(
  e: unknown,
  host: string,
  timeoutMs: number,
  deadline: DeadlineState = { expired: false, started: false },
  proxy?: PortalProxy,
): WireFailure {
  const cause = (e as { cause?: unknown } | null)?.cause;
  const code = errorCodeOf(e) || errorCodeOf(cause);
  const msg = (text: string) => redact(`${text}${code ? ` (${code})` : ''}`);
  const seconds = Math.round(timeoutMs / 1000);
  const viaProxy = proxy && !deadline.expired ? proxyFailure(code, proxy) : undefined;
  if (viaProxy) return viaProxy;
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

/** What a portal may compress its answer with, and how to undo it (zlib is loaded only for such an answer). */
const ENCODINGS = new Set(['gzip', 'x-gzip', 'deflate', 'br']);

async function decoded(raw: Buffer, encoding: string | undefined): Promise<Buffer> {
  const e = encoding?.trim().toLowerCase();
  if (e === undefined || !ENCODINGS.has(e) || raw.length === 0) return raw;
  const zlib = await import('node:zlib');
  const { promisify } = await import('node:util');
  const undo = e === 'br' ? zlib.brotliDecompress : e === 'deflate' ? zlib.inflate : zlib.gunzip;
  return promisify(undo)(raw);
}

/** A cancelled request, as the transport's failure mapping knows it. */
function cancelled(): Error {
  return Object.assign(new Error('the request was cancelled'), { code: 'ERR_CANCELED' });
}

interface Exchange {
  status: number;
  raw: Buffer;
  encoding: string | undefined;
  /** Where a redirect sends the request. */
  location: string | undefined;
  /** Through a proxy: its answer to CONNECT. Anything but 200 means the answer above is the proxy's. */
  tunnel?: { status: number; text: string };
}

/** One request of an exchange: the first POST, or a request a redirect asked for. */
interface Hop {
  transport: HttpEndpoint['transport'];
  proxy: PortalProxy | undefined;
  url: string;
  method: 'POST' | 'GET';
  body: Buffer | undefined;
}

/**
 * One POST, the whole answer read. Rejects with the socket's error (its `code` is what toWireFailure
 * reads), `cancelled()` when `signal` aborts, or a timeout when `timeoutMs` passes (`deadline.expired`).
 */
function exchange(
  hop: Hop,
  deadline: DeadlineState,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(cancelled());
      return;
    }
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const fail = (e: Error) => finish(() => reject(e));
    const req = hop.transport.request(hop.url, {
      method: hop.method,
      agent: hop.proxy?.agent,
      headers: {
        ...(hop.body ? { 'Content-Type': 'application/json', 'Content-Length': hop.body.length } : {}),
        Accept: 'application/json, text/plain, */*',
        'Accept-Encoding': 'gzip, deflate, br',
        'User-Agent': `b24cfg/${VERSION}`,
      },
    });
    req.on('error', fail);
    let tunnel: Exchange['tunnel'];
    // https-proxy-agent tells the request what the proxy said to CONNECT; on a refusal it then plays the
    // proxy's own answer as if it were the portal's.
    req.on('proxyConnect', (c: { statusCode?: number; statusText?: string }) => {
      tunnel = { status: c.statusCode ?? 0, text: c.statusText ?? '' };
    });
    const stop = (e: Error) => {
      fail(e);
      req.destroy(e);
    };
    const onAbort = () => stop(cancelled());
    // The deadline covers the whole exchange, the answer's last byte included: a socket's idle timeout
    // never fires for a server that sends one byte a second (test/portal/http-wire-deadline.test.ts).
    const timer = setTimeout(() => {
      deadline.expired = true;
      stop(Object.assign(new Error('deadline'), { code: 'ETIMEDOUT' }));
    }, timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    req.on('response', (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => {
        deadline.started = true;
        chunks.push(c);
      });
      res.on('error', fail);
      res.on('aborted', () => fail(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })));
      res.on('end', () =>
        finish(() =>
          resolve({
            status: res.statusCode ?? 0,
            raw: Buffer.concat(chunks),
            encoding: res.headers['content-encoding'],
            location: res.headers.location,
            ...(tunnel ? { tunnel } : {}),
          }),
        ),
      );
    });
    req.end(hop.body);
  });
}

/** Redirects followed, as axios did under the SDK (docs/bitrix24/b24jssdk.md#the-wire-without-the-sdk). */
const MAX_REDIRECTS = 5;

/**
 * The request a redirect answer asks for, or undefined when it is the answer: not a redirect, too many of
 * them, or one to another scheme (https is never left for http). 307 and 308 repeat the POST; 301, 302 and
 * 303 become a GET without the body, as browsers and axios do: a login page in front of a portal is then
 * shown for what it is (test/cli/not-rest-endpoint.test.ts).
 */
async function redirected(hop: Hop, answer: Exchange, hops: number): Promise<Hop | undefined> {
  if (answer.location === undefined || hops >= MAX_REDIRECTS) return undefined;
  if (![301, 302, 303, 307, 308].includes(answer.status)) return undefined;
  const from = new URL(hop.url);
  let to: URL;
  try {
    to = new URL(answer.location, from);
  } catch {
    return undefined;
  }
  if (to.protocol !== from.protocol) return undefined;
  const again = answer.status === 307 || answer.status === 308;
  const proxy = to.origin === from.origin || to.protocol !== 'https:' ? hop.proxy : await proxyFor(to.origin);
  return {
    transport: hop.transport,
    proxy,
    url: to.href,
    method: again ? hop.method : 'GET',
    body: again ? hop.body : undefined,
  };
}

/**
 * A Wire over HTTP: every status is an answer to read, not an exception (the portal's error text lives in
 * the body, docs/bitrix24/b24jssdk.md#lost-error-texts), and the body comes back raw for the transport to
 * parse.
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
      // A proxy address that is not a URL fails every request the same way (a WireFailure).
      endpoint ??= openEndpoint(ref);
      const ep = await endpoint;
      const timeoutMs = sendOpts?.timeoutMs ?? opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      const deadline: DeadlineState = { expired: false, started: false };
      // One deadline for the request and the redirects it follows.
      const until = performance.now() + timeoutMs;
      let hop: Hop | undefined = {
        transport: ep.transport,
        proxy: ep.proxy,
        url: `${ep.base}/${encodeURIComponent(method)}`,
        method: 'POST',
        body: Buffer.from(JSON.stringify(params), 'utf8'),
      };
      let answer: Exchange;
      let text: string;
      // The request in flight: a failure of its socket is its proxy's when it went through one.
      let current = hop;
      try {
        for (let hops = 0; ; hops++) {
          const left = Math.max(1, until - performance.now());
          deadline.started = false;
          current = hop;
          answer = await exchange(hop, deadline, left, sendOpts?.signal);
          if (hop.proxy && answer.tunnel && answer.tunnel.status !== 200)
            throw tunnelRefused(hop.proxy, answer.tunnel, new URL(hop.url).host);
          hop = await redirected(hop, answer, hops);
          if (!hop) break;
        }
        text = (await decoded(answer.raw, answer.encoding)).toString('utf8');
      } catch (e) {
        if (e instanceof WireFailure) throw e;
        throw toWireFailure(e, ref.host, timeoutMs, deadline, current.proxy);
      }
      try {
        return { status: answer.status, body: JSON.parse(text) as unknown };
      } catch {
        // An HTML 502 page from the front, or JSON cut off mid-way.
        return { status: answer.status, body: undefined, text };
      }
    },
    close: () => Promise.resolve(),
  };
}
