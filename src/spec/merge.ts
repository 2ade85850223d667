import type { LEntry, LMap, LNode } from './located.js';

/**
 * Arrays whose items have an identity: an overlay item with the same identity deep-merges into the base
 * item (in the base's position) and new items are appended. Every other array is replaced as a whole.
 * Paths use `*` for "any index" and `$` for "any key".
 */
const KEYED_ARRAYS: readonly (readonly [string, string])[] = [
  ['directions', 'key'],
  ['email_templates', 'key'],
  ['directions/*/stages', 'code'],
  ['directions/*/lost/reasons', 'code'],
  ['fields/$', 'code'],
  ['fields/$/*/items', 'xml_id'],
  ['segments/$', 'code'],
  ['lead_sources', 'code'],
  ['lead_statuses', 'code'],
  ['open_lines', 'name'],
  ['documents', 'name'],
  ['numerators', 'name'],
  ['permissions/roles', 'name'],
  ['departments', 'name'],
];

function matches(pattern: string, path: readonly string[]): boolean {
  const parts = pattern.split('/');
  if (parts.length !== path.length) return false;
  return parts.every((p, i) => {
    const seg = path[i]!;
    if (p === '*') return /^\d+$/.test(seg);
    if (p === '$') return true;
    return p === seg;
  });
}

/** The identity property of the items of the array at `path`, if that array is keyed. */
export function identityKeyFor(path: readonly string[]): string | undefined {
  return KEYED_ARRAYS.find(([pattern]) => matches(pattern, path))?.[1];
}

function identityOf(item: LNode, key: string): string | undefined {
  if (item.kind !== 'map') return undefined;
  const id = item.entries.get(key)?.node;
  return id?.kind === 'scalar' && id.value !== null ? String(id.value) : undefined;
}

/**
 * Merges `overlay` over `base` (README.md#the-spec `extends`): maps deep-merge, keyed arrays merge by
 * identity, anything else is replaced by the overlay. Values keep their own locations, so a value inherited
 * from a base file still points at the base file.
 */
export function mergeLocated(base: LNode, overlay: LNode, path: readonly string[] = []): LNode {
  if (base.kind === 'map' && overlay.kind === 'map') return mergeMaps(base, overlay, path);
  if (base.kind === 'seq' && overlay.kind === 'seq') {
    const key = identityKeyFor(path);
    if (!key) return overlay;
    const items = [...base.items];
    const position = new Map<string, number>();
    items.forEach((item, i) => {
      const id = identityOf(item, key);
      if (id !== undefined && !position.has(id)) position.set(id, i);
    });
    for (const item of overlay.items) {
      const id = identityOf(item, key);
      const at = id === undefined ? undefined : position.get(id);
      if (at === undefined) {
        if (id !== undefined) position.set(id, items.length);
        items.push(item);
      } else {
        items[at] = mergeLocated(items[at]!, item, [...path, String(at)]);
      }
    }
    return { kind: 'seq', items, loc: overlay.loc };
  }
  return overlay;
}

function mergeMaps(base: LMap, overlay: LMap, path: readonly string[]): LMap {
  const entries = new Map<string, LEntry>(base.entries);
  for (const [k, entry] of overlay.entries) {
    const prev = entries.get(k);
    entries.set(k, prev ? { ...entry, node: mergeLocated(prev.node, entry.node, [...path, k]) } : entry);
  }
  return { kind: 'map', entries, loc: overlay.loc };
}
