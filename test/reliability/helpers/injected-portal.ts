import type { B24Client } from '../../../src/portal/client.js';
import type { OpenPortalOptions } from '../../../src/portal/open-portal.js';

/**
 * Portals the reliability tests hand to the CLI by name: `--portal <ref>` for a registered ref opens
 * a transport the test built (a faulted emulator, a virtual clock), everything else opens as usual.
 * A test file routes openPortal here with vi.mock (see `routeOpenPortal` in each suite).
 */
export type PortalOpener = (opts: OpenPortalOptions) => Promise<B24Client>;

const portals = new Map<string, PortalOpener>();

export function injectPortal(ref: string, open: PortalOpener): () => void {
  portals.set(ref, open);
  return () => {
    portals.delete(ref);
  };
}

export function injectedOpener(ref: string | undefined): PortalOpener | undefined {
  return ref === undefined ? undefined : portals.get(ref.trim());
}
