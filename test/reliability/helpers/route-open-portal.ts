import type * as OpenPortalModule from '../../../src/portal/open-portal.js';
import { injectedOpener } from './injected-portal.js';

/** The body of a vi.mock factory for src/portal/open-portal.js: registered refs first, then the real one. */
export function routedOpenPortal(orig: typeof OpenPortalModule): typeof OpenPortalModule {
  return {
    ...orig,
    openPortal: (ref, p, opts = {}) => {
      const injected = injectedOpener(ref);
      return injected ? injected(opts) : orig.openPortal(ref, p, opts);
    },
  };
}
