import type { Build } from './yaml-fast-build.js';
import {
  COLON,
  COMMA,
  CR,
  DQUOTE,
  giveUp,
  HASH,
  isIndicator,
  LBRACE,
  LBRACKET,
  RBRACE,
  RBRACKET,
  readQuoted,
  resolvePlainScalar,
  SPACE,
  SQUOTE,
  startsPlain,
  type Line,
} from './yaml-fast-scalars.js';

/** A position inside a flow collection, which may span lines. */
export interface FlowCursor {
  line: number;
  q: number;
  /** The column of the key or dash the collection belongs to: its lines must be indented deeper. */
  parentIndent: number;
}

/** Characters after which a colon in a flow scalar would start a value or end the collection. */
function isFlowStop(c: number): boolean {
  return (
    c === SPACE || c === CR || c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE
  );
}

/** Flow collections and flow values of the fast YAML parser (yaml-fast.ts), over its lines. */
export class FlowReader<N, M> {
  constructor(
    private readonly text: string,
    private readonly lines: readonly Line[],
    private readonly build: Build<N, M>,
  ) {}

  private scalar(value: string | number | boolean | null, start: number, end: number): N {
    return this.build.scalar(value, start, end);
  }

  /** A flow value — `[a, "b"]`, `{ key: value }`, a scalar — read from `cur`, which it moves past the value. */
  node(cur: FlowCursor): N {
    const t = this.text;
    const ln = this.lines[cur.line]!;
    const q0 = cur.q;
    const c = t.charCodeAt(q0);
    if (c === DQUOTE || c === SQUOTE) {
      const [value, end] = readQuoted(t, ln.end, q0);
      cur.q = end;
      return this.scalar(value, q0, end);
    }
    if (c === LBRACKET || c === LBRACE) return this.collection(cur, c === LBRACE);
    if (!startsPlain(t, q0, true)) giveUp();
    let q = q0;
    for (; q < ln.end; q++) {
      const d = t.charCodeAt(q);
      if (d === COMMA || d === RBRACKET || d === RBRACE) break;
      if (d === LBRACKET || d === LBRACE || (d === HASH && t.charCodeAt(q - 1) === SPACE)) giveUp();
      // `a:b` stays one scalar; a colon before a space, a flow indicator or the line's end is left to yaml.
      if (d === COLON && (q + 1 === ln.end || isFlowStop(t.charCodeAt(q + 1)))) giveUp();
    }
    let end = q;
    while (t.charCodeAt(end - 1) === SPACE) end--;
    cur.q = end;
    return this.scalar(resolvePlainScalar(t.slice(q0, end)), q0, end);
  }

  /**
   * Moves `cur` over spaces, line breaks and comments inside a flow collection. Its lines must be indented
   * deeper than the key or dash that holds it, as yaml requires.
   */
  private skip(cur: FlowCursor): void {
    const t = this.text;
    for (;;) {
      const ln = this.lines[cur.line]!;
      while (cur.q < ln.end && t.charCodeAt(cur.q) === SPACE) cur.q++;
      if (cur.q < ln.end && !(t.charCodeAt(cur.q) === HASH && t.charCodeAt(cur.q - 1) === SPACE)) return;
      cur.line++;
      const next = this.lines[cur.line];
      if (!next) giveUp();
      if (!next.blank && next.col - next.start <= cur.parentIndent) giveUp();
      cur.q = next.start;
    }
  }

  /**
   * `[a, b]` or `{ a: 1, b: [c] }`, on one line or several (as Prettier writes long ones, with a trailing
   * comma); no empty entries, complex keys or multi-line scalars.
   */
  private collection(cur: FlowCursor, isMap: boolean): N {
    const t = this.text;
    const p = cur.q;
    const close = isMap ? RBRACE : RBRACKET;
    // Only the one this collection needs: a spec may hold thousands of small flow mappings (issue #18).
    const items: N[] | undefined = isMap ? undefined : [];
    const entries: M | undefined = isMap ? this.build.map() : undefined;
    cur.q++;
    for (;;) {
      this.skip(cur);
      if (t.charCodeAt(cur.q) === close) break;
      if (entries !== undefined) {
        const ln = this.lines[cur.line]!;
        const keyStart = cur.q;
        if (isIndicator(t.charCodeAt(keyStart))) giveUp();
        let q = keyStart;
        for (; ; q++) {
          if (q >= ln.end) giveUp();
          const d = t.charCodeAt(q);
          if (d === COLON && t.charCodeAt(q + 1) === SPACE) break;
          if (d === COMMA || d === LBRACKET || d === RBRACKET || d === LBRACE || d === RBRACE || d === COLON)
            giveUp();
          if (d === HASH && t.charCodeAt(q - 1) === SPACE) giveUp();
        }
        let keyEnd = q;
        while (t.charCodeAt(keyEnd - 1) === SPACE) keyEnd--;
        const key = String(resolvePlainScalar(t.slice(keyStart, keyEnd)));
        cur.q = q + 1;
        this.skip(cur);
        const node = this.node(cur);
        if (!this.build.entry(entries, key, keyStart, keyEnd, node)) giveUp();
      } else {
        items!.push(this.node(cur));
      }
      this.skip(cur);
      const d = t.charCodeAt(cur.q);
      if (d === COMMA) {
        cur.q++;
        continue;
      }
      if (d === close) break;
      giveUp();
    }
    cur.q++;
    return entries !== undefined ? this.build.endMap(entries, p, cur.q) : this.build.seq(items!, p, cur.q);
  }
}
