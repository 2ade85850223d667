import type { LEntry, LNode, LScalar } from './located.js';
import { locationAt, type SourceFile } from './source-file.js';

/**
 * What the fast YAML parser (yaml-fast.ts) makes of what it reads: the located tree the loader merges and
 * points into (`LocatedBuild`), or the plain value alone (`PlainBuild`), which is all a spec without
 * `extends`, references or file paths needs until a problem must be placed (src/spec/load-plain.ts).
 * Both see the same calls in the same order, so `toPlain` of the one is the other
 * (test/spec/yaml-fast.test.ts).
 */
export interface Build<N, M> {
  scalar(value: LScalar['value'], start: number, end: number): N;
  map(): M;
  /** Adds an entry; false when the key is already there (the parser then leaves the text to yaml). */
  entry(map: M, key: string, keyStart: number, keyEnd: number, node: N): boolean;
  endMap(map: M, start: number, end: number): N;
  seq(items: N[], start: number, end: number): N;
}

export class LocatedBuild implements Build<LNode, Map<string, LEntry>> {
  constructor(private readonly src: SourceFile) {}

  scalar(value: LScalar['value'], start: number, end: number): LNode {
    return { kind: 'scalar', value, loc: locationAt(this.src, start, end) };
  }

  map(): Map<string, LEntry> {
    return new Map();
  }

  entry(map: Map<string, LEntry>, key: string, keyStart: number, keyEnd: number, node: LNode): boolean {
    if (map.has(key)) return false;
    map.set(key, { key, keyLoc: locationAt(this.src, keyStart, keyEnd), node });
    return true;
  }

  endMap(entries: Map<string, LEntry>, start: number, end: number): LNode {
    return { kind: 'map', entries, loc: locationAt(this.src, start, end) };
  }

  seq(items: LNode[], start: number, end: number): LNode {
    return { kind: 'seq', items, loc: locationAt(this.src, start, end) };
  }
}

type Plain = unknown;

export class PlainBuild implements Build<Plain, Record<string, Plain>> {
  scalar(value: LScalar['value']): Plain {
    return value;
  }

  map(): Record<string, Plain> {
    return {};
  }

  entry(map: Record<string, Plain>, key: string, _start: number, _end: number, node: Plain): boolean {
    if (Object.hasOwn(map, key)) return false;
    // A YAML key `__proto__` must stay data, never become the object's prototype (as in `toPlain`).
    if (key === '__proto__')
      Object.defineProperty(map, key, { value: node, enumerable: true, writable: true, configurable: true });
    else map[key] = node;
    return true;
  }

  endMap(map: Record<string, Plain>): Plain {
    return map;
  }

  seq(items: Plain[]): Plain {
    return items;
  }
}
