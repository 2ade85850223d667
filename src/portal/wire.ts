/**
 * A Wire is one way to deliver a single REST request to a portal and get the raw answer back:
 * HTTP with Node's own http/https (src/portal/http-wire.ts, the only network code) or the in-process
 * sandbox emulator (src/sandbox/). All policy (batching, paging, rate budget, retries, error mapping)
 * lives above it in the transport, so both ways behave identically.
 */
export interface WireResponse {
  /** HTTP status (the sandbox reports the status the real portal would send). */
  status: number;
  /** Parsed JSON body, or undefined when the body was not JSON (see `text`). */
  body: unknown;
  /** The raw body text when it was not JSON (an HTML error page, truncated JSON). */
  text?: string;
}

export interface WireSendOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface Wire {
  /** Host for messages and state-file names, e.g. "acme.bitrix24.ru" or "sandbox". Never the secret. */
  readonly host: string;
  readonly kind: 'http' | 'sandbox';
  /**
   * False when the other end enforces no request rate (an in-process emulator with its limits off):
   * the transport then does not pace. Absent means paced, as a real portal must be
   * (docs/bitrix24/limits.md#leaky-bucket).
   */
  readonly paced?: boolean;
  /** POST <portal>/rest/<user>/<secret>/<method> with a JSON body. */
  send(method: string, params: Record<string, unknown>, opts?: WireSendOptions): Promise<WireResponse>;
  /** Releases sockets or persists sandbox state. */
  close?(): Promise<void>;
}

/** The proxy a request went through, as an error names it: never the credentials its URL may carry. */
export interface ProxyRef {
  /** `host:port`. */
  address: string;
  hostname: string;
  /** The environment variable it came from (`https_proxy`, `HTTPS_PROXY`, `all_proxy`, `ALL_PROXY`). */
  variable: string;
}

/**
 * A failure asking again cannot fix, so it is not retried and exits 1, a setting to correct: a host that
 * does not exist, a proxy address that is not a URL, a proxy that refuses the tunnel (`PROXY_HTTP_4xx`,
 * test/portal/http-proxy.test.ts).
 */
export function isSettingFailure(code: string | undefined): boolean {
  return code === 'ENOTFOUND' || code === 'ERR_INVALID_URL' || /^PROXY_HTTP_4\d\d$/.test(code ?? '');
}

/**
 * The request never produced an HTTP answer. `maybeDelivered` is true when the portal may have
 * executed it (timeout or a connection dropped after the body was sent): a write with that outcome
 * must be resolved by re-reading the portal, never by sending it again blindly
 * (RELIABILITY.md#the-promises-and-their-tests).
 */
export class WireFailure extends Error {
  constructor(
    readonly failure: 'timeout' | 'network' | 'dropped' | 'aborted',
    readonly maybeDelivered: boolean,
    message: string,
    /** The system error code when known (ENOTFOUND, ECONNREFUSED …): an unknown host is never retried. */
    readonly code?: string,
    /**
     * A timeout after part of the answer had arrived: the portal (or something posing as it) answers too
     * slowly to finish within the deadline, and asking again would only wait as long again.
     */
    readonly answerStarted = false,
    /** Set when the failure is the proxy's (refused, not found, not a URL, no tunnel), not the portal's. */
    readonly proxy?: ProxyRef,
  ) {
    super(message);
    this.name = 'WireFailure';
  }
}
