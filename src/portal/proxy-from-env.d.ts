// proxy-from-env ships no types (src/portal/http-proxy.ts uses it).
declare module 'proxy-from-env' {
  /** The proxy URL for `url` from *_proxy and no_proxy, or '' when none applies. */
  export function getProxyForUrl(url: string | URL): string;
}
