/**
 * The proxy a request to a portal goes through, from the environment (`https_proxy`, `all_proxy`,
 * `no_proxy`, upper or lower case), as before with the SDK's axios, which read the same variables with
 * `proxy-from-env` and an older `https-proxy-agent` (docs/bitrix24/b24jssdk.md#the-wire-without-the-sdk).
 * Both are loaded only when a proxy variable is set, so a run without one pays nothing for this.
 */
import type { Agent } from 'node:http';

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY'] as const;

/**
 * A CONNECT-tunnelling agent for `origin` (https), or undefined when no proxy applies: no proxy variable,
 * or `no_proxy` names the host. The loopback sandbox never goes through a proxy (its caller skips this).
 */
export async function proxyAgentFor(origin: string): Promise<Agent | undefined> {
  if (!PROXY_VARIABLES.some((name) => process.env[name])) return undefined;
  const { getProxyForUrl } = await import('proxy-from-env');
  const proxy = getProxyForUrl(origin);
  if (!proxy) return undefined;
  const { HttpsProxyAgent } = await import('https-proxy-agent');
  return new HttpsProxyAgent(proxy);
}
