import { shellWord } from '../core/shell.js';
import type { PortalTarget } from './open-portal.js';

/** The environment variable a pasted command names the portal by when it has no profile. */
export const WEBHOOK_ENV_ARG = '"$B24_WEBHOOK_URL"';

/**
 * How a command to paste (a hint, a next step) names this portal: the profile name, `sandbox` or
 * `sandbox:<file>` as given, else `"$B24_WEBHOOK_URL"`: never the webhook URL, which holds the secret.
 */
export function portalArgOf(target: PortalTarget, ref: string | undefined): string {
  if (target.kind === 'sandbox') return shellWord(ref?.trim() || 'sandbox');
  if (target.source === 'profile' && target.profile !== undefined) return shellWord(target.profile);
  return WEBHOOK_ENV_ARG;
}
