import { holdsSecret } from '../core/redact.js';

/**
 * What `${env:…}` and `${file:…}` must not bring into a spec: whatever it holds may be written onto the
 * portal, where every user of the CRM reads it. A value that holds a webhook (ours or any other) is never
 * substituted; a variable whose name or value looks like a credential only when the spec's `allow_env`
 * names it (test/spec/file-access.test.ts).
 */

/** A webhook URL's path: /rest/<user>/<secret>, REST 3.0 /rest/api/<user>/<secret>. */
const WEBHOOK = /\/rest\/(?:api\/)?\d+\/([^/\s?#"'<>\\]{8,})/g;

/** Words that name a credential anywhere in a variable's name (GITHUB_TOKEN, DB_PASSWORD, B24_WEBHOOK_URL). */
const CREDENTIAL_WORDS =
  /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|WEBHOOK|CREDENTIAL|APIKEY|API_KEY|PRIVATE_KEY|ACCESS_KEY/i;
/** Parts of a name (between underscores) that name a credential (SSH_AUTH_SOCK, NPM_KEY, SENTRY_DSN). */
const CREDENTIAL_PARTS = new Set([
  'KEY',
  'PASS',
  'PWD',
  'AUTH',
  'SESSION',
  'COOKIE',
  'PRIVATE',
  'PAT',
  'DSN',
]);

/** Well-known shapes of tokens and keys, whatever the variable is called. */
const CREDENTIAL_VALUES: readonly RegExp[] = [
  /\bgh[pousr]_[A-Za-z0-9]{20,}/, // GitHub tokens
  /\bgithub_pat_[A-Za-z0-9_]{20,}/,
  /\bglpat-[A-Za-z0-9_-]{20,}/, // GitLab
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/, // Slack
  /\bAKIA[0-9A-Z]{16}\b/, // AWS access key id
  /\bnpm_[A-Za-z0-9]{36}\b/,
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\./, // a JWT
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /:\/\/[^/\s:@]+:[^/\s@]+@/, // a URL with a password in it
];

export type Refusal = 'webhook' | 'credential';

/** The webhook secrets the environment holds (B24_WEBHOOK_URL and any other variable with a webhook URL). */
export function webhookSecretsIn(env: Record<string, string | undefined>): Set<string> {
  const out = new Set<string>();
  for (const v of Object.values(env))
    if (v !== undefined) for (const m of v.matchAll(WEBHOOK)) if (m[1]) out.add(m[1]);
  return out;
}

/** The value holds a secret b24cfg was given or one the environment holds. */
function holdsKnownSecret(value: string, envSecrets: ReadonlySet<string>): boolean {
  if (holdsSecret(value)) return true;
  for (const s of envSecrets) if (value.includes(s)) return true;
  return false;
}

export function looksLikeCredentialName(name: string): boolean {
  return (
    CREDENTIAL_WORDS.test(name) ||
    name
      .toUpperCase()
      .split('_')
      .some((p) => CREDENTIAL_PARTS.has(p))
  );
}

function looksLikeCredentialValue(value: string): boolean {
  return CREDENTIAL_VALUES.some((re) => re.test(value));
}

/** Why an environment variable must not be substituted, if it must not. */
export function envRefusal(
  name: string,
  value: string,
  allowed: ReadonlySet<string>,
  envSecrets: ReadonlySet<string>,
): Refusal | undefined {
  // A variable's value shaped like a webhook URL is one; a file may mention such a path as text.
  if (holdsKnownSecret(value, envSecrets) || new RegExp(WEBHOOK.source).test(value)) return 'webhook';
  if (allowed.has(name)) return undefined;
  return looksLikeCredentialName(name) || looksLikeCredentialValue(value) ? 'credential' : undefined;
}

/** Why a file's text must not be substituted (a `.env` or `.git/config` inside the project), if it must not. */
export function fileRefusal(text: string, envSecrets: ReadonlySet<string>): Refusal | undefined {
  if (holdsKnownSecret(text, envSecrets)) return 'webhook';
  return looksLikeCredentialValue(text) ? 'credential' : undefined;
}
