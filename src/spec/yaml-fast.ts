import type { LNode } from './located.js';
import type { SourceFile } from './source-file.js';
import { LocatedBuild, PlainBuild, type Build } from './yaml-fast-build.js';
import { FlowReader, type FlowCursor } from './yaml-fast-flow.js';
import {
  COLON,
  DASH,
  DOCUMENT_MARKER,
  DQUOTE,
  giveUp,
  GREATER,
  HASH,
  isIndicator,
  LBRACE,
  LBRACKET,
  PIPE,
  readBlockScalar,
  readQuoted,
  resolvePlainScalar,
  SPACE,
  splitLines,
  SQUOTE,
  startsPlain,
  UNSUPPORTED_TEXT,
  type Line,
} from './yaml-fast-scalars.js';

export { resolvePlainScalar } from './yaml-fast-scalars.js';

/*
 * Why a second YAML parser: `yaml` needs 40–50 ms of a cold process to parse a 30 KB spec, and ~25 ms more
 * to load, while `b24cfg validate` should start about as fast as Node itself (issue #8). Specs are written
 * in plain block YAML, so this parser reads that subset in one pass over the lines and gives up on anything
 * else — anchors and aliases, tags, multi-line plain or quoted scalars, complex or quoted keys, duplicate
 * keys, empty flow entries, unusual indentation or comment placement, tabs, several documents. The caller
 * then parses the file with `yaml`, which also explains every syntax error; this parser never reports one.
 *
 * When it does answer, its tree is the one `parseYamlFull` builds from `yaml`'s parse: the same values
 * (YAML 1.2 core schema, as `yaml` resolves it), the same kinds and the same locations and spans.
 * test/spec/yaml-fast.test.ts compares the two on every spec in the repository and on generated documents.
 * The characters and scalars are in yaml-fast-scalars.ts, flow collections in yaml-fast-flow.ts.
 */

type Parsed<N> = [node: N, after: number];

class FastYamlParser<N, M> {
  private readonly text: string;
  private readonly lines: Line[];
  private readonly flow: FlowReader<N, M>;
  /** The current line: everything before it is consumed. */
  private i = 0;

  constructor(
    text: string,
    private readonly build: Build<N, M>,
  ) {
    this.text = text;
    this.lines = splitLines(text);
    this.flow = new FlowReader(text, this.lines, build);
  }

  parseDocument(): N {
    const first = this.peek();
    // The root of a spec is a block mapping written from the first column.
    if (!first || first.col !== first.start) giveUp();
    const [root] = this.parseMap(first);
    if (this.peek()) giveUp();
    return root;
  }

  /** The next line with content, skipping empty and comment lines. */
  private peek(): Line | undefined {
    const lines = this.lines;
    while (this.i < lines.length && lines[this.i]!.blank) this.i++;
    return lines[this.i];
  }

  private isSeqItem(ln: Line): boolean {
    const t = this.text;
    return t.charCodeAt(ln.col) === DASH && (ln.col + 1 === ln.end || t.charCodeAt(ln.col + 1) === SPACE);
  }

  /**
   * The value of a key or dash written alone on the lines below it (`ln` is the first), more indented than
   * that key or dash (at `parentIndent`): a block collection, or a flow collection or scalar on its own line.
   */
  private parseBlock(ln: Line, parentIndent: number, commentsBefore: boolean): Parsed<N> {
    if (this.isSeqItem(ln)) return this.parseSeq(ln);
    const c = this.text.charCodeAt(ln.col);
    const entry = !isIndicator(c) && this.findColon(ln, ln.col) >= 0;
    if (
      entry ||
      !(
        c === LBRACKET ||
        c === LBRACE ||
        c === DQUOTE ||
        c === SQUOTE ||
        startsPlain(this.text, ln.col, false)
      )
    ) {
      return this.parseMap(ln);
    }
    // yaml (2.9) misreads a scalar below its key after some comment lines (`#c` in the first column).
    if (commentsBefore) giveUp();
    return this.parseInline(ln, ln.col, parentIndent);
  }

  private parseMap(first: Line): Parsed<N> {
    const indent = first.col - first.start;
    const entries = this.build.map();
    let after = first.col;
    for (;;) {
      const mark = this.i;
      const ln = this.peek();
      if (!ln || ln.col - ln.start < indent) {
        this.closeCollection(mark, indent);
        break;
      }
      if (ln.col - ln.start > indent || this.isSeqItem(ln)) giveUp();
      after = this.parseEntry(ln, indent, entries);
    }
    return [this.build.endMap(entries, first.col, after), after];
  }

  /**
   * A collection written at `indent` ends before line `this.i` (or the end of the file); lines `from` up to
   * there are empty or comments. yaml counts a comment indented deeper than a collection into that
   * collection's extent when it ends there: such ends are left to yaml.
   */
  private closeCollection(from: number, indent: number): void {
    for (let x = from; x < this.i; x++) {
      const l = this.lines[x]!;
      if (!l.empty && l.col - l.start > indent) giveUp();
    }
    // The enclosing collection may end at the same line: it must see these comments too.
    this.i = from;
  }

  /** Where `key: ` ends on the line (the colon), or -1 when the line is not a mapping entry. */
  private findColon(ln: Line, from: number): number {
    const t = this.text;
    for (let j = from; j < ln.end; j++) {
      const c = t.charCodeAt(j);
      if (c === COLON && (j + 1 === ln.end || t.charCodeAt(j + 1) === SPACE)) return j;
      if (c === HASH && t.charCodeAt(j - 1) === SPACE) return -1;
    }
    return -1;
  }

  private parseEntry(ln: Line, indent: number, entries: M): number {
    const t = this.text;
    const keyStart = ln.col;
    if (isIndicator(t.charCodeAt(keyStart))) giveUp();
    const colon = this.findColon(ln, keyStart);
    if (colon < 0) giveUp();
    let keyEnd = colon;
    while (t.charCodeAt(keyEnd - 1) === SPACE) keyEnd--;
    // yaml refuses implicit keys over 1024 characters.
    if (keyEnd - keyStart > 1000) giveUp();
    const key = String(resolvePlainScalar(t.slice(keyStart, keyEnd)));
    let p = colon + 1;
    while (p < ln.end && t.charCodeAt(p) === SPACE) p++;
    let parsed: Parsed<N>;
    if (p === ln.end || t.charCodeAt(p) === HASH) {
      const from = ++this.i;
      const next = this.peek();
      const nextIndent = next ? next.col - next.start : -1;
      let commented = t.charCodeAt(p) === HASH;
      for (let x = from; x < this.i && !commented; x++) commented = !this.lines[x]!.empty;
      if (next && nextIndent > indent) parsed = this.parseBlock(next, indent, commented);
      // A sequence may be written at its key's own indentation.
      else if (next && nextIndent === indent && this.isSeqItem(next)) parsed = this.parseSeq(next, true);
      else {
        // yaml ends an empty value where it stands; when comments follow it, at the next thing written.
        parsed = [this.nullAt(p), commented ? (next ? next.col : t.length) : p];
      }
    } else {
      parsed = this.parseInline(ln, p, indent);
    }
    if (!this.build.entry(entries, key, keyStart, keyEnd, parsed[0])) giveUp();
    return parsed[1];
  }

  /** `atKeyIndent`: the sequence is a mapping value written at its key's own indentation. */
  private parseSeq(first: Line, atKeyIndent = false): Parsed<N> {
    const t = this.text;
    const indent = first.col - first.start;
    // Read before the loop: a compact mapping in the first item moves `first.col` on to its first key.
    const start = first.col;
    const items: N[] = [];
    let after = start;
    for (;;) {
      const mark = this.i;
      const ln = this.peek();
      if (!ln || ln.col - ln.start < indent || (ln.col - ln.start === indent && !this.isSeqItem(ln))) {
        // After such a sequence yaml also counts comments at the key's indentation into the mapping.
        this.closeCollection(mark, atKeyIndent ? indent - 1 : indent);
        break;
      }
      if (ln.col - ln.start > indent) giveUp();
      let p = ln.col + 1;
      while (p < ln.end && t.charCodeAt(p) === SPACE) p++;
      let parsed: Parsed<N>;
      if (p === ln.end || t.charCodeAt(p) === HASH) {
        this.i++;
        const next = this.peek();
        // An empty item (`-` alone) is left to yaml.
        if (!next || next.col - next.start <= indent) giveUp();
        parsed = this.parseBlock(next, indent, true);
      } else if (this.startsEntry(ln, p)) {
        // `- key: value`: a mapping whose keys line up with the first one.
        ln.col = p;
        parsed = this.parseMap(ln);
      } else {
        const c = t.charCodeAt(p);
        if (c === DASH && (p + 1 === ln.end || t.charCodeAt(p + 1) === SPACE)) giveUp();
        parsed = this.parseInline(ln, p, indent);
      }
      items.push(parsed[0]);
      after = parsed[1];
    }
    return [this.build.seq(items, start, after), after];
  }

  /** Whether the text of a sequence item at `p` is `key: …` (a plain key; any other key goes to yaml). */
  private startsEntry(ln: Line, p: number): boolean {
    const c = this.text.charCodeAt(p);
    if (c === DQUOTE || c === SQUOTE || c === LBRACKET || c === LBRACE) return false;
    return !isIndicator(c) && this.findColon(ln, p) >= 0;
  }

  /** A value written on the line of its key or dash, at `p`; `parentIndent` is that key's or dash's column. */
  private parseInline(ln: Line, p: number, parentIndent: number): Parsed<N> {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (c === PIPE || c === GREATER) {
      const block = readBlockScalar(t, this.lines, this.i, ln, p, parentIndent);
      this.i = block.nextLine;
      return [this.scalar(block.value, p, block.end), block.end];
    }
    let node: N;
    let end: number;
    if (c === DQUOTE || c === SQUOTE) {
      const [value, after] = readQuoted(t, ln.end, p);
      node = this.scalar(value, p, after);
      end = after;
    } else if (c === LBRACKET || c === LBRACE) {
      const cur: FlowCursor = { line: this.i, q: p, parentIndent };
      node = this.flow.node(cur);
      // The collection may have ended on a later line: the rest of the value's checks apply there.
      this.i = cur.line;
      ln = this.lines[cur.line]!;
      end = cur.q;
    } else {
      if (!startsPlain(t, p, false)) giveUp();
      let q = p;
      for (; q < ln.end; q++) {
        const d = t.charCodeAt(q);
        if (d === HASH && t.charCodeAt(q - 1) === SPACE) break;
        // `a: b: c` is an error yaml explains.
        if (d === COLON && (q + 1 === ln.end || t.charCodeAt(q + 1) === SPACE)) giveUp();
      }
      end = q;
      while (t.charCodeAt(end - 1) === SPACE) end--;
      node = this.scalar(resolvePlainScalar(t.slice(p, end)), p, end);
    }
    // After a quoted scalar or a flow collection only a comment may follow on the line.
    let q = end;
    while (q < ln.end && t.charCodeAt(q) === SPACE) q++;
    if (q < ln.end && (t.charCodeAt(q) !== HASH || q === end)) giveUp();
    this.i++;
    // A more indented line below would continue a plain scalar (or be an error): leave it to yaml.
    // Comment lines never continue a scalar; `closeCollection` looks at them.
    for (let x = this.i; x < this.lines.length; x++) {
      const l = this.lines[x]!;
      if (l.blank) continue;
      if (l.col - l.start > parentIndent) giveUp();
      break;
    }
    return [node, ln.next];
  }

  private scalar(value: string | number | boolean | null, start: number, end: number): N {
    return this.build.scalar(value, start, end);
  }

  private nullAt(p: number): N {
    return this.scalar(null, p, p);
  }
}

/**
 * The located tree of a spec written in plain block YAML, or undefined when the text uses anything else
 * (then parse it with `parseYamlFull`, which handles all of YAML and reports its errors).
 */
export function parseFastYaml(src: SourceFile): LNode | undefined {
  return parseWith(src.text, new LocatedBuild(src));
}

/**
 * The plain value of a spec written in plain block YAML — `toPlain(parseFastYaml(…)).value` without the
 * located tree — or undefined where `parseFastYaml` gives up.
 */
export function parseFastYamlPlain(text: string): Record<string, unknown> | undefined {
  return parseWith(text, new PlainBuild()) as Record<string, unknown> | undefined;
}

function parseWith<N, M>(text: string, build: Build<N, M>): N | undefined {
  if (UNSUPPORTED_TEXT.test(text) || DOCUMENT_MARKER.test(text)) return undefined;
  try {
    return new FastYamlParser(text, build).parseDocument();
  } catch {
    // GIVE_UP, or anything unforeseen (a stack overflow on absurd nesting): yaml decides.
    return undefined;
  }
}
