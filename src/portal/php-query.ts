/**
 * PHP-style query strings, the format of the commands inside a `batch` call:
 * `{"cmd": {"add": "crm.status.add?fields[ENTITY_ID]=DEAL_STAGE&fields[NAME]=X"}}` (rest-map §14,
 * docs settings/how-to-call-rest-api/batch.md). The portal decodes them with PHP's parse_str, so
 * nested keys use brackets and lists use numeric indexes.
 *
 * What the format cannot carry (research/b24jssdk.md §4): an empty array and `undefined` vanish, and
 * null becomes an empty string. Calls whose params need those must be sent as single JSON calls;
 * `canEncodeLosslessly` tells which.
 */
export type QueryValue =
  string | number | boolean | null | undefined | QueryValue[] | { [k: string]: QueryValue };

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
  out.push(`${encodePart(prefix)}=${encodePart(scalarToString(value))}`);
}

function scalarToString(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
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

function decodePart(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** Splits `a[b][]` into ["a", "b", ""] the way PHP does (text after a stray "]" is ignored). */
function splitKey(key: string): string[] {
  const open = key.indexOf('[');
  if (open <= 0) return [key];
  const parts = [key.slice(0, open)];
  const re = /\[([^\]]*)\]/g;
  re.lastIndex = open;
  let m: RegExpExecArray | null;
  let pos = open;
  while ((m = re.exec(key)) !== null && m.index === pos) {
    parts.push(m[1] ?? '');
    pos = re.lastIndex;
  }
  return parts;
}

type Node = Record<string, unknown>;

/**
 * Decodes like PHP's parse_str: nested keys become objects; objects whose keys are exactly 0..n-1
 * become arrays (PHP has one ordered-map type; JSON consumers expect lists).
 */
export function decodePhpQuery(query: string): Record<string, unknown> {
  const root: Node = {};
  if (query === '') return root;
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = decodePart(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decodePart(pair.slice(eq + 1));
    const path = splitKey(rawKey);
    let node: Node = root;
    for (let i = 0; i < path.length; i++) {
      let seg = path[i] ?? '';
      const last = i === path.length - 1;
      if (seg === '') seg = String(Object.keys(node).filter((k) => /^\d+$/.test(k)).length);
      if (last) {
        node[seg] = value;
      } else {
        const next = node[seg];
        if (next === null || typeof next !== 'object') node[seg] = {};
        node = node[seg] as Node;
      }
    }
  }
  return listify(root) as Record<string, unknown>;
}

function listify(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Node;
  const keys = Object.keys(obj);
  for (const k of keys) obj[k] = listify(obj[k]);
  if (keys.length > 0 && keys.every((k, i) => k === String(i))) return keys.map((k) => obj[k]);
  return obj;
}

/** Splits a batch command "method?query" into its method and decoded params. */
export function parseBatchCommand(cmd: string): { method: string; params: Record<string, unknown> } {
  const q = cmd.indexOf('?');
  if (q < 0) return { method: cmd.trim(), params: {} };
  return { method: cmd.slice(0, q).trim(), params: decodePhpQuery(cmd.slice(q + 1)) };
}
