/**
 * Resolves `$result[key][a][b]` references to calls that ran in an EARLIER request, the way the
 * portal does inside one batch (docs/bitrix24/batch.md#result-references): a value
 * that is exactly one reference becomes the referenced value (any type); a reference inside a longer
 * string is replaced by its string form. References to keys not yet run are left for the portal.
 */
const REF = /\$result((?:\[[^\]\s]+\])+)/g;

export function resolveRefs(value: unknown, done: ReadonlyMap<string, unknown>): unknown {
  if (typeof value === 'string') return resolveString(value, done);
  if (Array.isArray(value)) return value.map((v) => resolveRefs(v, done));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveRefs(v, done)]));
  }
  return value;
}

function lookup(path: string, done: ReadonlyMap<string, unknown>): { found: boolean; value?: unknown } {
  const keys = [...path.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1] as string);
  const [first, ...rest] = keys;
  if (first === undefined || !done.has(first)) return { found: false };
  let cur: unknown = done.get(first);
  for (const k of rest) {
    if (cur === null || typeof cur !== 'object') return { found: false };
    cur = (cur as Record<string, unknown>)[k];
    if (cur === undefined) return { found: false };
  }
  return { found: true, value: cur };
}

function resolveString(s: string, done: ReadonlyMap<string, unknown>): unknown {
  const whole = /^\$result((?:\[[^\]\s]+\])+)$/.exec(s);
  if (whole) {
    const r = lookup(whole[1] as string, done);
    return r.found ? r.value : s;
  }
  return s.replace(REF, (m, path: string) => {
    const r = lookup(path, done);
    if (!r.found || (typeof r.value !== 'string' && typeof r.value !== 'number')) return m;
    return String(r.value);
  });
}

/** Keys of calls referenced anywhere inside params. */
export function referencedKeys(value: unknown): string[] {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') for (const m of v.matchAll(/\$result\[([^\]\s]+)\]/g)) out.add(m[1] as string);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return [...out];
}
