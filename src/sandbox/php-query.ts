/**
 * Decoding PHP-style query strings the way the portal's PHP does (parse_str): the commands inside a
 * `batch` call ("crm.status.add?fields[ENTITY_ID]=DEAL_STAGE&fields[NAME]=X") and form-encoded request
 * bodies. The client side only encodes them (src/portal/php-query.ts); test/portal/php-query.test.ts
 * round-trips the two.
 */
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
