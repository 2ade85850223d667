import type { PortalInfo } from './read.js';

/**
 * One portal answers under several host names (a custom domain and its `*.bitrix24.ru` name,
 * `localhost` and `127.0.0.1`). Its state file and its locks are keyed by the name the portal gives
 * itself (docs/bitrix24/portal-identity.md#server-address), so that two spellings of one portal share
 * one lock and one state file.
 */
export function portalIdentity(info: Pick<PortalInfo, 'host' | 'identity'>): string {
  return info.identity ?? info.host;
}

/**
 * Whether two reads (a journal's, a snapshot's, a plan's, and this one) saw the same portal: the same
 * identity, or the same URL host (a file written before b24cfg knew identities names only the host).
 */
export function samePortal(
  a: Pick<PortalInfo, 'host' | 'identity'>,
  b: Pick<PortalInfo, 'host' | 'identity'>,
): boolean {
  return portalIdentity(a) === portalIdentity(b) || a.host === b.host;
}

/** A portal name as a file name: `.b24cfg/<name>.state.json`, `<name>.lock`. */
export function fileNameOf(identity: string): string {
  return identity.replace(/[^A-Za-z0-9._-]+/g, '_');
}
