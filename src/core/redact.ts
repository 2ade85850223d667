/**
 * The webhook secret must never reach any output, file, error or log
 * (RELIABILITY.md#the-promises-and-their-tests). A webhook URL carries it in the path:
 * https://PORTAL/rest/<user>/<secret>/ (docs/bitrix24/transport.md#webhook-url), and REST 3.0 uses
 * /rest/api/<user>/<secret>/. Everything user-visible passes through `redact`.
 *
 * Only the secrets b24cfg was given are replaced, with their encodings: never text that merely looks like
 * a webhook path. Portal data such as a welcome message linking to https://help.example.com/rest/2/guide
 * is exported, snapshotted, journaled and restored verbatim (test/reliability/redaction-verbatim.test.ts).
 */
const knownSecrets = new Set<string>();
/** Every form of every known secret, longest first, so that no form is cut by a shorter one. */
let forms: string[] = [];

export const REDACTED = '***';

/** A secret shorter than this is not a webhook secret (Bitrix24 issues 16 characters). */
const MIN_SECRET = 4;

/** The secret as it can appear inside JSON text: escaped as JSON.stringify does and as PHP does. */
function jsonForms(secret: string): string[] {
  const std = JSON.stringify(secret).slice(1, -1);
  const php = std
    .replace(/\//g, '\\/')
    .replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return [std, php];
}

/** The secret in a URL: percent-encoded by encodeURIComponent, with upper- or lower-case hex. */
function urlForms(secret: string): string[] {
  const upper = encodeURIComponent(secret);
  return [upper, upper.replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase())];
}

function formsOf(secret: string): string[] {
  const b64 = Buffer.from(secret, 'utf8').toString('base64');
  return [secret, ...urlForms(secret), ...jsonForms(secret), b64, b64.replace(/=+$/, '')];
}

/** Registers a secret so that it is removed wherever it appears, in every encoding `formsOf` knows. */
export function registerSecret(secret: string): void {
  if (secret.length < MIN_SECRET || knownSecrets.has(secret)) return;
  knownSecrets.add(secret);
  const all = new Set(forms);
  for (const f of formsOf(secret)) if (f.length >= MIN_SECRET) all.add(f);
  forms = [...all].sort((a, b) => b.length - a.length);
}

/** Webhook paths in a text that holds credentials: /rest/<user>/<secret> and /rest/api/<user>/<secret>. */
const WEBHOOK_PATH = /\/rest\/(?:api\/)?[^/\s?#"'<>\\]+\/([^/\s?#"'<>\\]+)/g;

/**
 * Registers the secret of every webhook URL in a text that is known to hold credentials (an environment
 * variable with a webhook URL, the profiles file, a --portal value), before any part of it can be printed.
 * Never call it on portal or spec data: a path there is data, not a secret.
 */
export function registerSecretsIn(text: string | undefined): void {
  if (text === undefined) return;
  for (const m of text.matchAll(WEBHOOK_PATH)) {
    const raw = m[1] ?? '';
    registerSecret(raw);
    try {
      registerSecret(decodeURIComponent(raw));
    } catch {
      // A malformed percent-sequence: the raw form is registered already.
    }
  }
}

/** True when the text holds any known secret in any known form. */
export function holdsSecret(text: string): boolean {
  return forms.some((f) => text.includes(f));
}

export function redact(input: string): string {
  let out = input;
  for (const f of forms) if (out.includes(f)) out = out.split(f).join(REDACTED);
  return out;
}

/** Redacts every string inside a JSON-like value (for journals, snapshots and reports). */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => redactDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = redactDeep(v);
    return out as T;
  }
  return value;
}
