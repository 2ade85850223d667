/**
 * Resolves `$result[key][a][b]` references to calls that ran in an EARLIER request, the way the
 * portal resolves them inside one batch (docs/bitrix24/batch.md#result-references): the path is walked
 * from the results step by step, and a step that is not there (or holds null) stops the walk where it
 * is, without an error. A value that is exactly one reference becomes the value reached (any type); a
 * reference inside a longer string, with any text after it up to whitespace, is replaced by the value
 * reached when that is a string or a number, and left as it is otherwise. References whose first key
 * has not run yet are left for the portal (the transport keeps them in the same request).
 * `test/apply/refs.test.ts` runs the same table against the sandbox's batch.
 */
const RUN = /\$result([^\s]*)/g;
const STEP = /\[([^\]]+)\]/g;

export function resolveRefs(value: unknown, done: ReadonlyMap<string, unknown>): unknown {
  if (typeof value === 'string') return resolveString(value, done);
  if (Array.isArray(value)) return value.map((v) => resolveRefs(v, done));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveRefs(v, done)]));
  }
  return value;
}

/** PHP `isset($v[$key])` and `$v[$key]`: list rows by a canonical integer, a string's characters too. */
function step(v: unknown, key: string): unknown {
  const index = /^(0|-?[1-9]\d*)$/.test(key) ? Number(key) : undefined;
  if (typeof v === 'string') {
    if (index === undefined) return undefined;
    const at = index < 0 ? v.length + index : index;
    return at >= 0 && at < v.length ? v[at] : undefined;
  }
  if (Array.isArray(v)) return index === undefined ? undefined : (v as unknown[])[index];
  if (v !== null && typeof v === 'object') return (v as Record<string, unknown>)[key];
  return undefined;
}

/** The value a path reaches from the results, or undefined when its first key has not run. */
function reach(path: string, done: ReadonlyMap<string, unknown>): { value: unknown } | undefined {
  const keys = [...path.matchAll(STEP)].map((m) => m[1] as string);
  const [first, ...rest] = keys;
  if (first === undefined || !done.has(first)) return undefined;
  let cur: unknown = done.get(first);
  for (const k of rest) {
    const next = step(cur, k);
    if (next === undefined || next === null) break;
    cur = next;
  }
  return { value: cur };
}

function resolveString(s: string, done: ReadonlyMap<string, unknown>): unknown {
  let out = s;
  for (const m of s.matchAll(RUN)) {
    const run = m[0];
    const r = reach(m[1] as string, done);
    if (r === undefined) continue;
    if (run === s) return r.value;
    const text = typeof r.value === 'number' ? String(r.value) : r.value;
    // str_replace: every occurrence of the run.
    if (typeof text === 'string') out = out.split(run).join(text);
  }
  return out;
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
