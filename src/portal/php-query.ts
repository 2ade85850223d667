import { InternalError } from '../core/errors.js';

/**
 * PHP-style query strings, the format of the commands inside a `batch` call:
 * `{"cmd": {"add": "crm.status.add?fields[ENTITY_ID]=DEAL_STAGE&fields[NAME]=X"}}`
 * (docs/bitrix24/batch.md#batch-response). The portal decodes them with PHP's parse_str, so nested keys use
 * brackets and lists use numeric indexes. This side only encodes; the emulated portal decodes them as the
 * server does (src/sandbox/php-query.ts).
 *
 * What the format cannot carry (docs/bitrix24/b24jssdk.md#batch-query-strings): an empty array and
 * `undefined` vanish, and null becomes an empty string. Calls whose params need those must be sent as single
 * JSON calls; `canEncodeLosslessly` tells which. Every value arrives as text, so a boolean is refused: each
 * call writes its flags as the receiving method reads them (docs/bitrix24/parity.md#php-comparison).
 */
export type QueryValue = string | number | null | undefined | QueryValue[] | { [k: string]: QueryValue };

function encodePart(s: string): string {
  // `$result[...]` references must reach the portal verbatim inside values; encodeURIComponent keeps
  // them decodable because PHP decodes %24 and %5B again before resolving references.
  return encodeURIComponent(s);
}

function pushPairs(prefix: string, value: unknown, out: string[]): void {
  if (value === undefined) return;
  if (value === null) {
    out.push(`${encodePart(prefix)}=`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => pushPairs(`${prefix}[${i}]`, v, out));
    return;
  }
  if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      pushPairs(`${prefix}[${k}]`, v, out);
    return;
  }
  out.push(`${encodePart(prefix)}=${encodePart(scalarToString(prefix, value))}`);
}

function scalarToString(prefix: string, v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  // A boolean has no text every method reads alike: `false` would arrive as "false", which PHP 8
  // takes as greater than 0 (docs/bitrix24/parity.md#php-comparison). Each call encodes its own
  // flags (Y/N or 1/0, whichever the receiving method reads), so one here is a bug in b24cfg.
  if (typeof v === 'boolean')
    throw new InternalError(`${prefix}=${String(v)}: a boolean cannot go into a batch command`);
  return '';
}

/** Encodes params as PHP would expect them: `a[b][0]=x&c=y`. */
export function encodePhpQuery(params: Record<string, unknown>): string {
  const out: string[] = [];
  for (const [k, v] of Object.entries(params)) pushPairs(k, v, out);
  return out.join('&');
}

/** False when encoding would lose information (empty arrays/objects anywhere, undefined inside arrays). */
export function canEncodeLosslessly(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value))
    return value.length > 0 && value.every((v) => v !== undefined && canEncodeLosslessly(v));
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.length > 0 && entries.every(([, v]) => canEncodeLosslessly(v));
  }
  return true;
}
