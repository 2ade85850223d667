/**
 * The webhook secret must never reach any output, file, error or log
 * (RELIABILITY.md#the-promises-and-their-tests). A webhook URL carries it in the path:
 * https://PORTAL/rest/<user>/<secret>/ (docs/bitrix24/transport.md#webhook-url), and REST 3.0 uses
 * /rest/api/<user>/<secret>/. Everything user-visible passes through `redact`.
 */
const WEBHOOK_PATH = /(\/rest\/(?:api\/)?\d+\/)([^/\s?#"'<>\\]+)/g;

const knownSecrets = new Set<string>();

/** Registers a secret so that it is removed even where it appears outside a URL. */
export function registerSecret(secret: string): void {
  if (secret.length >= 4) knownSecrets.add(secret);
}

export const REDACTED = '***';

export function redact(input: string): string {
  let out = input.replace(WEBHOOK_PATH, (_all, prefix: string) => `${prefix}${REDACTED}`);
  for (const s of knownSecrets) {
    if (out.includes(s)) out = out.split(s).join(REDACTED);
    const enc = encodeURIComponent(s);
    if (enc !== s && out.includes(enc)) out = out.split(enc).join(REDACTED);
  }
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
