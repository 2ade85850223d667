import type { Locate, SourceLocation } from './types.js';

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
  /**
   * Offsets of the scalar's source text in its file, to point inside a string (e.g. at a `${var:x}`), when
   * that text is not where `loc` points: a YAML alias keeps the text of its anchor. Otherwise the text is
   * at `loc` (`spanOf` in src/spec/source-file.ts): no pair of offsets is kept for each of a big spec's
   * values (issue #18).
   */
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

/** RFC 6901 escaping of one pointer segment. */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerOf(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${escapePointer(String(s))}`).join('');
}

/**
 * Where the value (or its key) at a JSON pointer was written, found in the tree only when asked:
 * most loads have no problem to place, so no index of every pointer is built (issue #18: a 700 KB
 * spec has some 100 000 of them). A value missing from the spec is shown at its nearest parent; a
 * key that is not there has no place.
 */
export function locatorOf(root: LNode): Locate {
  return (pointer, part = 'value') => {
    const segments = pointer === '' ? [] : pointer.slice(1).split('/');
    let node = root;
    let keyLoc: SourceLocation | undefined;
    for (const raw of segments) {
      const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      let next: LNode | undefined;
      keyLoc = undefined;
      if (node.kind === 'map') {
        const entry = node.entries.get(segment);
        next = entry?.node;
        keyLoc = entry?.keyLoc;
      } else if (node.kind === 'seq' && /^(0|[1-9]\d*)$/.test(segment)) next = node.items[Number(segment)];
      if (next === undefined) return part === 'key' ? undefined : node.loc;
      node = next;
    }
    return part === 'key' ? (keyLoc ?? node.loc) : node.loc;
  };
}

/** Plain JSON-like value of a located tree, and where each value and key of it was written. */
export function toPlain(root: LNode): { value: unknown; locate: Locate } {
  const walk = (node: LNode): unknown => {
    if (node.kind === 'scalar') return node.value;
    if (node.kind === 'seq') return node.items.map(walk);
    const out: Record<string, unknown> = {};
    for (const entry of node.entries.values()) {
      const value = walk(entry.node);
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
  return { value: walk(root), locate: locatorOf(root) };
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
