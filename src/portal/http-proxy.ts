/**
 * The proxy a request to a portal goes through, from the environment (`https_proxy`, `all_proxy`,
 * `no_proxy`, upper or lower case), as before with the SDK's axios, which read the same variables with
 * `proxy-from-env` and an older `https-proxy-agent` (docs/bitrix24/b24jssdk.md#the-wire-without-the-sdk).
 * Both are loaded only when a proxy variable is set, so a run without one pays nothing for this.
 */
import type { Agent } from 'node:http';
import { WireFailure, type ProxyRef } from './wire.js';

/** In the order proxy-from-env reads them for an https URL: `<scheme>_proxy`, then `all_proxy`, lower case first. */
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY'] as const;

/** A proxy requests go through: its tunnelling agent, and how an error names it. */
export interface PortalProxy extends ProxyRef {
  agent: Agent;
}

/** The variable proxy-from-env took the proxy from: the first of them that is set and not empty. */
function variableOf(env: NodeJS.ProcessEnv): string {
  return PROXY_VARIABLES.find((name) => env[name]) ?? PROXY_VARIABLES[0];
}

/**
 * `host:port` of a proxy URL, never its user or password (a proxy URL may carry credentials); the port a
 * scheme implies when the URL has none. Undefined when the text is not a URL.
 */
export function proxyAddress(proxyUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(proxyUrl);
  } catch {
    return undefined;
  }
  const port = url.port || (url.protocol === 'https:' ? '443' : url.protocol === 'http:' ? '80' : '');
  return port ? `${url.hostname}:${port}` : url.hostname;
}

/**
 * A CONNECT-tunnelling agent for `origin` (https), or undefined when no proxy applies: no proxy variable,
 * or `no_proxy` names the host. The loopback sandbox never goes through a proxy (its caller skips this).
 * A proxy address that is not a URL is a WireFailure naming the variable (never its value, which may
 * hold a password), not a crash (test/portal/http-proxy.test.ts).
 */
export async function proxyFor(origin: string): Promise<PortalProxy | undefined> {
  if (!PROXY_VARIABLES.some((name) => process.env[name])) return undefined;
  const { getProxyForUrl } = await import('proxy-from-env');
  const proxy = getProxyForUrl(origin);
  if (!proxy) return undefined;
  const variable = variableOf(process.env);
  const address = proxyAddress(proxy);
  if (address === undefined)
    throw new WireFailure(
      'network',
      false,
      `the proxy address in ${variable} is not a URL`,
      'ERR_INVALID_URL',
      false,
      { address: '?', hostname: '', variable },
    );
  const { HttpsProxyAgent } = await import('https-proxy-agent');
  return { agent: new HttpsProxyAgent(proxy), address, hostname: new URL(proxy).hostname, variable };
}
