import type { LEntry, LNode, LScalar } from './located.js';
import { locationAt, type SourceFile } from './source-file.js';

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
 */

/** Thrown (and caught in `parseFastYaml`) when the text leaves the subset. */
const GIVE_UP = new Error('outside the fast YAML subset');

function giveUp(): never {
  throw GIVE_UP;
}

interface Line {
  start: number;
  /** End of the line's text, before `\n` or `\r\n`. */
  end: number;
  /** Start of the next line (`end` plus the line break), or the text's length for the last line. */
  next: number;
  /** Where the line's content starts: its first non-space character, moved on past `- ` in a sequence item. */
  col: number;
  /** Only spaces. */
  empty: boolean;
  /** Only spaces, or a comment. */
  blank: boolean;
}

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const COMMA = 0x2c;
const QUESTION = 0x3f;
const PIPE = 0x7c;
const GREATER = 0x3e;
const CR = 0x0d;
const LF = 0x0a;
const BACKSLASH = 0x5c;
const PLUS = 0x2b;

/**
 * Characters (and line breaks other than `\n` and `\r\n`) whose handling differs between YAML processors
 * or needs `yaml`'s error messages: tabs, control characters, a byte order mark, NEL, line and paragraph
 * separators, a lone carriage return.
 */
// eslint-disable-next-line no-control-regex
const UNSUPPORTED_TEXT = /[\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\u2028\u2029]|\r(?!\n)/;

/** Directives and document markers: several documents or a `%YAML` header go to `yaml`. */
const DOCUMENT_MARKER = /^(?:%|---(?:[ \r\n]|$)|\.\.\.(?:[ \r\n]|$))/m;

/** Characters that cannot start a plain scalar in block context (YAML 1.2 §7.3.3, c-indicator). */
const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`'].map((ch) => ch.charCodeAt(0)));

function isIndicator(c: number): boolean {
  return INDICATORS.has(c);
}

// The YAML 1.2 core schema as the `yaml` package (2.x) applies it to plain scalars, in its order:
// null, bool, octal, decimal and hexadecimal integers, .inf/.nan, floats (yaml/dist/schema/core/*.js).
const NULL_RE = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL_RE = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCT_RE = /^0o[0-7]+$/;
const INT_RE = /^[-+]?[0-9]+$/;
const HEX_RE = /^0x[0-9a-fA-F]+$/;
const NAN_RE = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** The value of a plain (unquoted) scalar, as `yaml` resolves it with its default (core) schema. */
export function resolvePlainScalar(s: string): string | number | boolean | null {
  const c = s.charCodeAt(0);
  // Most values are words: only a digit, + - . ~ or n N t T f F first can make them anything but a string.
  const numeric = (c >= 0x30 && c <= 0x39) || c === PLUS || c === DASH || c === 0x2e;
  if (!numeric && !'~nNtTfF'.includes(s.charAt(0))) return s === '' ? null : s;
  if (NULL_RE.test(s)) return null;
  if (BOOL_RE.test(s)) return s.charAt(0) === 't' || s.charAt(0) === 'T';
  if (!numeric) return s;
  if (OCT_RE.test(s)) return parseInt(s.substring(2), 8);
  if (INT_RE.test(s)) return parseInt(s, 10);
  if (HEX_RE.test(s)) return parseInt(s.substring(2), 16);
  if (NAN_RE.test(s))
    return s.endsWith('nan') || s.endsWith('NaN') || s.endsWith('NAN')
      ? NaN
      : c === DASH
        ? -Infinity
        : Infinity;
  if (FLOAT_EXP_RE.test(s) || FLOAT_RE.test(s)) return parseFloat(s);
  return s;
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

type Parsed = [node: LNode, after: number];

/** A position inside a flow collection, which may span lines. */
interface FlowCursor {
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

class FastYamlParser {
  private readonly text: string;
  private readonly lines: Line[] = [];
  /** The current line: everything before it is consumed. */
  private i = 0;

  constructor(private readonly src: SourceFile) {
    const text = src.text;
    this.text = text;
    // No line after a final line break: keep chomping counts only the empty lines really written.
    for (let start = 0; start < text.length || start === 0;) {
      const nl = text.indexOf('\n', start);
      const next = nl < 0 ? text.length : nl + 1;
      let end = nl < 0 ? text.length : nl;
      if (end > start && text.charCodeAt(end - 1) === CR) end--;
      let col = start;
      while (col < end && text.charCodeAt(col) === SPACE) col++;
      const empty = col === end;
      this.lines.push({ start, end, next, col, empty, blank: empty || text.charCodeAt(col) === HASH });
      if (nl < 0) break;
      start = next;
    }
  }

  parseDocument(): LNode {
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
  private parseBlock(ln: Line, parentIndent: number, commentsBefore: boolean): Parsed {
    if (this.isSeqItem(ln)) return this.parseSeq(ln);
    const c = this.text.charCodeAt(ln.col);
    const entry = !isIndicator(c) && this.findColon(ln, ln.col) >= 0;
    if (
      entry ||
      !(c === LBRACKET || c === LBRACE || c === DQUOTE || c === SQUOTE || this.startsPlain(ln.col, false))
    ) {
      return this.parseMap(ln);
    }
    // yaml (2.9) misreads a scalar below its key after some comment lines (`#c` in the first column).
    if (commentsBefore) giveUp();
    return this.parseInline(ln, ln.col, parentIndent);
  }

  private parseMap(first: Line): Parsed {
    const indent = first.col - first.start;
    const entries = new Map<string, LEntry>();
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
    return [{ kind: 'map', entries, loc: locationAt(this.src, first.col, after) }, after];
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

  private parseEntry(ln: Line, indent: number, entries: Map<string, LEntry>): number {
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
    if (entries.has(key)) giveUp();
    const keyLoc = locationAt(this.src, keyStart, keyEnd);
    let p = colon + 1;
    while (p < ln.end && t.charCodeAt(p) === SPACE) p++;
    let parsed: Parsed;
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
    entries.set(key, { key, keyLoc, node: parsed[0] });
    return parsed[1];
  }

  /** `atKeyIndent`: the sequence is a mapping value written at its key's own indentation. */
  private parseSeq(first: Line, atKeyIndent = false): Parsed {
    const t = this.text;
    const indent = first.col - first.start;
    // Read before the loop: a compact mapping in the first item moves `first.col` on to its first key.
    const start = first.col;
    const items: LNode[] = [];
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
      let parsed: Parsed;
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
    return [{ kind: 'seq', items, loc: locationAt(this.src, start, after) }, after];
  }

  /** Whether the text of a sequence item at `p` is `key: …` (a plain key; any other key goes to yaml). */
  private startsEntry(ln: Line, p: number): boolean {
    const c = this.text.charCodeAt(p);
    if (c === DQUOTE || c === SQUOTE || c === LBRACKET || c === LBRACE) return false;
    return !isIndicator(c) && this.findColon(ln, p) >= 0;
  }

  /** A value written on the line of its key or dash, at `p`; `parentIndent` is that key's or dash's column. */
  private parseInline(ln: Line, p: number, parentIndent: number): Parsed {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (c === PIPE || c === GREATER) return this.parseBlockScalar(ln, p, parentIndent);
    let node: LNode;
    let end: number;
    if (c === DQUOTE || c === SQUOTE) {
      [node, end] = this.quoted(ln, p);
    } else if (c === LBRACKET || c === LBRACE) {
      const cur: FlowCursor = { line: this.i, q: p, parentIndent };
      node = this.flowCollection(cur, c === LBRACE);
      // The collection may have ended on a later line: the rest of the value's checks apply there.
      this.i = cur.line;
      ln = this.lines[cur.line]!;
      end = cur.q;
    } else {
      if (!this.startsPlain(p, false)) giveUp();
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

  /**
   * Whether a plain scalar may start at `p` (YAML 1.2 §7.3.3 ns-plain-first): not with an indicator, except
   * `-`, `?` and `:` directly followed by a character that could continue it (`-5`, `:x`).
   */
  private startsPlain(p: number, inFlow: boolean): boolean {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (!isIndicator(c)) return true;
    if (c !== DASH && c !== QUESTION && c !== COLON) return false;
    const n = t.charCodeAt(p + 1);
    if (Number.isNaN(n) || n === SPACE || n === CR || n === LF) return false;
    return !inFlow || (n !== COMMA && n !== LBRACKET && n !== RBRACKET && n !== LBRACE && n !== RBRACE);
  }

  private scalar(value: LScalar['value'], start: number, end: number): LScalar {
    return { kind: 'scalar', value, loc: locationAt(this.src, start, end), span: [start, end] };
  }

  private nullAt(p: number): LScalar {
    return this.scalar(null, p, p);
  }

  /** A quoted scalar that ends on its own line: [node, offset after the closing quote]. */
  private quoted(ln: Line, p: number): [LScalar, number] {
    const t = this.text;
    const quote = t.charCodeAt(p);
    let out = '';
    let seg = p + 1;
    let q = p + 1;
    for (;;) {
      if (q >= ln.end) giveUp();
      const c = t.charCodeAt(q);
      if (c === quote) {
        if (quote === SQUOTE && t.charCodeAt(q + 1) === SQUOTE) {
          out += t.slice(seg, q + 1);
          q += 2;
          seg = q;
          continue;
        }
        break;
      }
      if (c === BACKSLASH && quote === DQUOTE) {
        out += t.slice(seg, q);
        const e = t[q + 1] ?? '';
        const simple = ESCAPES[e];
        if (simple !== undefined) {
          out += simple;
          q += 2;
        } else {
          const n = HEX_DIGITS[e];
          const hex = n === undefined ? '' : t.slice(q + 2, q + 2 + n);
          if (n === undefined || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) giveUp();
          out += String.fromCodePoint(parseInt(hex, 16));
          q += 2 + n;
        }
        seg = q;
        continue;
      }
      q++;
    }
    out += t.slice(seg, q);
    return [this.scalar(out, p, q + 1), q + 1];
  }

  /** A flow value — `[a, "b"]`, `{ key: value }`, a scalar — read from `cur`, which it moves past the value. */
  private flowNode(cur: FlowCursor): LNode {
    const t = this.text;
    const ln = this.lines[cur.line]!;
    const q0 = cur.q;
    const c = t.charCodeAt(q0);
    if (c === DQUOTE || c === SQUOTE) {
      const [node, end] = this.quoted(ln, q0);
      cur.q = end;
      return node;
    }
    if (c === LBRACKET || c === LBRACE) return this.flowCollection(cur, c === LBRACE);
    if (!this.startsPlain(q0, true)) giveUp();
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
  private flowSkip(cur: FlowCursor): void {
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
  private flowCollection(cur: FlowCursor, isMap: boolean): LNode {
    const t = this.text;
    const p = cur.q;
    const close = isMap ? RBRACE : RBRACKET;
    const items: LNode[] = [];
    const entries = new Map<string, LEntry>();
    cur.q++;
    for (;;) {
      this.flowSkip(cur);
      if (t.charCodeAt(cur.q) === close) break;
      if (isMap) {
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
        if (entries.has(key)) giveUp();
        cur.q = q + 1;
        this.flowSkip(cur);
        const node = this.flowNode(cur);
        entries.set(key, { key, keyLoc: locationAt(this.src, keyStart, keyEnd), node });
      } else {
        items.push(this.flowNode(cur));
      }
      this.flowSkip(cur);
      const d = t.charCodeAt(cur.q);
      if (d === COMMA) {
        cur.q++;
        continue;
      }
      if (d === close) break;
      giveUp();
    }
    cur.q++;
    const loc = locationAt(this.src, p, cur.q);
    return isMap ? { kind: 'map', entries, loc } : { kind: 'seq', items, loc };
  }

  /** `|` and `>` with an optional chomping indicator; the indentation comes from the first content line. */
  private parseBlockScalar(ln: Line, p: number, parentIndent: number): Parsed {
    const t = this.text;
    const folded = t.charCodeAt(p) === GREATER;
    let q = p + 1;
    let chomp: 'clip' | 'strip' | 'keep' = 'clip';
    if (t.charCodeAt(q) === DASH) chomp = 'strip';
    else if (t.charCodeAt(q) === PLUS) chomp = 'keep';
    if (chomp !== 'clip') q++;
    const h = q;
    while (q < ln.end && t.charCodeAt(q) === SPACE) q++;
    if (q < ln.end && (t.charCodeAt(q) !== HASH || q === h)) giveUp();

    const lines = this.lines;
    let first = this.i + 1;
    while (first < lines.length && lines[first]!.empty) first++;
    const body = lines[first];
    if (!body) giveUp();
    const m = body.col - body.start;
    if (m <= parentIndent) giveUp();
    // Leading empty lines with more spaces than the content, or any in a folded scalar, are left to yaml.
    for (let x = this.i + 1; x < first; x++) {
      if (folded || lines[x]!.end - lines[x]!.start > m) giveUp();
    }
    let last = first;
    let x = first;
    for (; x < lines.length; x++) {
      const l = lines[x]!;
      if (l.empty) {
        if (l.end - l.start > m) giveUp();
        continue;
      }
      if (l.col - l.start < m) break;
      // More-indented lines change how a folded scalar joins its lines.
      if (folded && l.col - l.start > m) giveUp();
      last = x;
    }
    const stop = lines[x];
    if (stop && stop.col - stop.start > parentIndent) giveUp();

    let value = '\n'.repeat(first - this.i - 1);
    let pendingEmpty = 0;
    let started = false;
    for (let y = first; y <= last; y++) {
      const l = lines[y]!;
      if (l.empty) {
        pendingEmpty++;
        continue;
      }
      const text = t.slice(l.start + m, l.end);
      if (started)
        value += folded
          ? pendingEmpty > 0
            ? '\n'.repeat(pendingEmpty)
            : ' '
          : '\n'.repeat(pendingEmpty + 1);
      value += text;
      started = true;
      pendingEmpty = 0;
    }
    let end = lines[last]!.next;
    // yaml (2.x) ends a clipped or kept scalar with a line break even where the file ends without one.
    if (chomp === 'clip') value += '\n';
    if (chomp === 'keep') {
      const tail = lines[x - 1]!;
      if (x - 1 > last && tail.next === tail.end) giveUp();
      value += '\n'.repeat(1 + (x - 1 - last));
      end = tail.next;
    }
    this.i = x;
    return [this.scalar(value, p, end), end];
  }
}

/**
 * The located tree of a spec written in plain block YAML, or undefined when the text uses anything else
 * (then parse it with `parseYamlFull`, which handles all of YAML and reports its errors).
 */
export function parseFastYaml(src: SourceFile): LNode | undefined {
  if (UNSUPPORTED_TEXT.test(src.text) || DOCUMENT_MARKER.test(src.text)) return undefined;
  try {
    return new FastYamlParser(src).parseDocument();
  } catch {
    // GIVE_UP, or anything unforeseen (a stack overflow on absurd nesting): yaml decides.
    return undefined;
  }
}
