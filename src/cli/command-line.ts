import { shellWord } from '../core/shell.js';
import { WEBHOOK_ENV_ARG } from '../portal/portal-arg.js';

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * The command the user ran, as a line to paste into a shell: every word quoted as the shell needs, and
 * a webhook URL (which holds the secret) replaced by `"$B24_WEBHOOK_URL"`. Hints offer it with a flag
 * added ("overwrite it: b24cfg export --portal acme --out spec.yaml --force").
 */
export function commandToPaste(argv: readonly string[]): string {
  const words = argv.map((a) => {
    if (URL_LIKE.test(a)) return WEBHOOK_ENV_ARG;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0 && URL_LIKE.test(a.slice(eq + 1)))
      return `${a.slice(0, eq + 1)}${WEBHOOK_ENV_ARG}`;
    return shellWord(a);
  });
  return ['b24cfg', ...words].join(' ');
}
