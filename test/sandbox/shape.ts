/**
 * Recursive shape comparison of a sandbox answer with a documented example: the same keys with the same
 * JSON types. Values are not compared. Rules that keep it honest without being brittle:
 * - null matches any scalar (documented examples use null where a portal may print a value);
 * - objects whose keys are all ids ("27", "103") or language codes ("en", "ru") are maps: their values
 *   are compared, their keys are not;
 * - each element of an array is compared with the documented element it matches best (rows of
 *   different user-field types look different);
 * - an empty documented array or object ([] is PHP's empty map) accepts any array or object.
 */
type Json = ReturnType<typeof JSON.parse>;

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function isMapLike(o: Record<string, unknown>): boolean {
  const keys = Object.keys(o);
  return keys.length > 0 && (keys.every((k) => /^\d+$/.test(k)) || keys.every((k) => /^[a-z]{2}$/.test(k)));
}

function best(doc: unknown[], ours: unknown, path: string): string[] {
  let chosen: string[] | undefined;
  for (const d of doc) {
    const issues = compareShape(d, ours, path);
    if (chosen === undefined || issues.length < chosen.length) chosen = issues;
    if (chosen.length === 0) break;
  }
  return chosen ?? [];
}

export function compareShape(doc: Json, ours: Json, path = 'result'): string[] {
  const dk = kind(doc);
  const ok = kind(ours);
  if (dk === 'null' || ok === 'null') {
    const other = dk === 'null' ? ok : dk;
    return other === 'object' || other === 'array' ? [`${path}: documented ${dk}, got ${ok}`] : [];
  }
  if (dk === 'array') {
    const d = doc as unknown[];
    if (ok !== 'array' && !(ok === 'object' && d.length === 0))
      return [`${path}: documented array, got ${ok}`];
    if (d.length === 0) return [];
    const o = ok === 'array' ? (ours as unknown[]) : Object.values(ours as Record<string, unknown>);
    if (o.length === 0) return [`${path}: documented a non-empty list, got an empty one (seed data for it)`];
    return o.flatMap((item) => best(d, item, `${path}[]`));
  }
  if (dk === 'object') {
    const d = doc as Record<string, unknown>;
    if (Object.keys(d).length === 0)
      return ok === 'object' || ok === 'array' ? [] : [`${path}: documented object, got ${ok}`];
    if (ok !== 'object') return [`${path}: documented object, got ${ok}`];
    const o = ours as Record<string, unknown>;
    if (isMapLike(d)) {
      const values = Object.values(o);
      if (values.length === 0)
        return [`${path}: documented a non-empty map, got an empty one (seed data for it)`];
      return values.flatMap((v) => best(Object.values(d), v, `${path}{}`));
    }
    const issues: string[] = [];
    for (const key of Object.keys(d)) {
      if (!(key in o)) issues.push(`${path}.${key}: missing`);
      else issues.push(...compareShape(d[key], o[key], `${path}.${key}`));
    }
    for (const key of Object.keys(o)) if (!(key in d)) issues.push(`${path}.${key}: not documented`);
    return issues;
  }
  return dk === ok ? [] : [`${path}: documented ${dk}, got ${ok}`];
}
