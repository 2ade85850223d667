import type { PortalArg } from '../core/command-line.js';

/**
 * How a next-step hint names the portal this command worked on, so that the hint can be pasted as it
 * is (issue 16, item 4): the profile's name, the sandbox as given, or — for a webhook URL, which holds
 * the secret — a reference to B24_WEBHOOK_URL, never the URL itself.
 */
export function portalArgOf(ref: string | undefined): PortalArg {
  const given = ref?.trim();
  if (given === undefined || given === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(given))
    return { raw: '"$B24_WEBHOOK_URL"' };
  return given;
}
