import type { SourceLocation } from './types.js';

/**
 * A YAML value that remembers where it was written. The loader keeps specs in this form while it merges
 * `extends` and substitutes variables, so every value still points at the file (and line) it came from.
 * Nodes are never mutated after creation: merging and substitution build new nodes.
 */
export type LNode = LScalar | LMap | LSeq;

export interface LScalar {
  kind: 'scalar';
  value: string | number | boolean | null;
  loc: SourceLocation;
  /** Offsets of the scalar's source text in its file, to point inside a string (e.g. at a `${var:x}`). */
  span?: [number, number];
}

export interface LEntry {
  key: string;
  keyLoc: SourceLocation;
  node: LNode;
}

export interface LMap {
  kind: 'map';
  entries: ReadonlyMap<string, LEntry>;
  loc: SourceLocation;
}

export interface LSeq {
  kind: 'seq';
  items: readonly LNode[];
  loc: SourceLocation;
}

export interface LocationIndex {
  values: Map<string, SourceLocation>;
  keys: Map<string, SourceLocation>;
}

/** RFC 6901 escaping of one pointer segment. */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerOf(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${escapePointer(String(s))}`).join('');
}

/** Plain JSON-like value of a located tree, plus where every value and key was written. */
export function toPlain(root: LNode): { value: unknown; index: LocationIndex } {
  const index: LocationIndex = { values: new Map(), keys: new Map() };
  const walk = (node: LNode, pointer: string): unknown => {
    index.values.set(pointer, node.loc);
    if (node.kind === 'scalar') return node.value;
    if (node.kind === 'seq') return node.items.map((item, i) => walk(item, `${pointer}/${i}`));
    const out: Record<string, unknown> = {};
    for (const entry of node.entries.values()) {
      const p = `${pointer}/${escapePointer(entry.key)}`;
      index.keys.set(p, entry.keyLoc);
      const value = walk(entry.node, p);
      // A YAML key `__proto__` must stay data, never become the object's prototype.
      if (entry.key === '__proto__') {
        Object.defineProperty(out, entry.key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else out[entry.key] = value;
    }
    return out;
  };
  return { value: walk(root, ''), index };
}

/** The entry's node when `node` is a map that has `key`. */
export function child(node: LNode | undefined, key: string): LNode | undefined {
  return node?.kind === 'map' ? node.entries.get(key)?.node : undefined;
}

/** A copy of a map with one entry replaced, added (when `next` is given) or removed. */
export function withEntry(map: LMap, key: string, next: LEntry | undefined): LMap {
  const entries = new Map(map.entries);
  if (next) entries.set(key, next);
  else entries.delete(key);
  return { ...map, entries };
}
