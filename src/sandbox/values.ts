/**
 * Reading request parameters the way PHP sees them: JSON bodies and batch query strings arrive as
 * nested maps of strings, numbers, booleans and lists, and every handler coerces what it needs.
 */
export type Params = Record<string, unknown>;

export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** PHP's `is_array`: lists and maps both count. */
export function isPhpArray(v: unknown): v is Record<string, unknown> | unknown[] {
  return v !== null && typeof v === 'object';
}

export function asRecord(v: unknown): Record<string, unknown> | undefined {
  if (isRecord(v)) return v;
  if (Array.isArray(v)) return Object.fromEntries(v.map((x, i) => [String(i), x]));
  return undefined;
}

export function asList(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (isRecord(v)) return Object.values(v);
  return v === undefined || v === null ? [] : [v];
}

/** PHP's `(string)` for scalars; undefined for maps and lists. */
export function asText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return v ? '1' : '';
  return undefined;
}

/** PHP's `(int)`: leading digits, anything else 0. */
export function toInt(v: unknown): number {
  if (typeof v === 'number') return Number.isFinite(v) ? Math.trunc(v) : 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const m = /^\s*([+-]?\d+)/.exec(v);
    return m ? Number.parseInt(m[1] ?? '0', 10) : 0;
  }
  return 0;
}

/** Y/N flags: "Y", "y", true, 1 and "1" count as yes. */
export function isYes(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1;
  if (typeof v === 'string') return v.toUpperCase() === 'Y' || v === '1' || v.toLowerCase() === 'true';
  return false;
}

export function yn(b: boolean): 'Y' | 'N' {
  return b ? 'Y' : 'N';
}

/** A parameter by name, tried as given, lower-case and upper-case (crm proxies accept all three). */
export function param(params: Params, name: string): unknown {
  if (name in params) return params[name];
  const lower = name.toLowerCase();
  if (lower in params) return params[lower];
  const upper = name.toUpperCase();
  if (upper in params) return params[upper];
  return undefined;
}

/** Escapes like PHP's htmlspecialcharsbx (ENT_COMPAT: & < > " and ' as &#039;). */
export function htmlEscape(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#039;');
}

/** Any value as text: scalars as PHP prints them, null as '', structures as JSON. */
export function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return JSON.stringify(v) ?? '';
}

/** Orders numbers numerically and everything else as text (a database ORDER BY for our purposes). */
export function compareLoose(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return text(a).localeCompare(text(b), 'ru');
}
