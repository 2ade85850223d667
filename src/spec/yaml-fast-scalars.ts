/**
 * The pieces of the fast YAML parser (yaml-fast.ts) that read characters rather than structure: the
 * lines, the characters it knows, and its scalars — plain (resolved as `yaml`'s core schema does),
 * quoted on one line, and block (`|`, `>`).
 */
/** Thrown (and caught in `parseFastYaml`) when the text leaves the subset. */
const GIVE_UP = new Error('outside the fast YAML subset');

export function giveUp(): never {
  throw GIVE_UP;
}

export interface Line {
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

export const SPACE = 0x20;
export const HASH = 0x23;
export const COLON = 0x3a;
export const DASH = 0x2d;
export const DQUOTE = 0x22;
export const SQUOTE = 0x27;
export const LBRACKET = 0x5b;
export const RBRACKET = 0x5d;
export const LBRACE = 0x7b;
export const RBRACE = 0x7d;
export const COMMA = 0x2c;
export const QUESTION = 0x3f;
export const PIPE = 0x7c;
export const GREATER = 0x3e;
export const CR = 0x0d;
export const LF = 0x0a;
export const BACKSLASH = 0x5c;
export const PLUS = 0x2b;

/**
 * Characters (and line breaks other than `\n` and `\r\n`) whose handling differs between YAML processors
 * or needs `yaml`'s error messages: tabs, control characters, a byte order mark, NEL, line and paragraph
 * separators, a lone carriage return.
 */
export const UNSUPPORTED_TEXT =
  // eslint-disable-next-line no-control-regex
  /[\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\u2028\u2029]|\r(?!\n)/;

/** Directives and document markers: several documents or a `%YAML` header go to `yaml`. */
export const DOCUMENT_MARKER = /^(?:%|---(?:[ \r\n]|$)|\.\.\.(?:[ \r\n]|$))/m;

/** Characters that cannot start a plain scalar in block context (YAML 1.2 §7.3.3, c-indicator). */
const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`'].map((ch) => ch.charCodeAt(0)));

export function isIndicator(c: number): boolean {
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

/** The lines of a text; no line after a final line break, so keep chomping counts only the lines written. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start < text.length || start === 0;) {
    const nl = text.indexOf('\n', start);
    const next = nl < 0 ? text.length : nl + 1;
    let end = nl < 0 ? text.length : nl;
    if (end > start && text.charCodeAt(end - 1) === CR) end--;
    let col = start;
    while (col < end && text.charCodeAt(col) === SPACE) col++;
    const empty = col === end;
    lines.push({ start, end, next, col, empty, blank: empty || text.charCodeAt(col) === HASH });
    if (nl < 0) break;
    start = next;
  }
  return lines;
}

/**
 * Whether a plain scalar may start at `p` (YAML 1.2 §7.3.3 ns-plain-first): not with an indicator, except
 * `-`, `?` and `:` directly followed by a character that could continue it (`-5`, `:x`).
 */
export function startsPlain(t: string, p: number, inFlow: boolean): boolean {
  const c = t.charCodeAt(p);
  if (!isIndicator(c)) return true;
  if (c !== DASH && c !== QUESTION && c !== COLON) return false;
  const n = t.charCodeAt(p + 1);
  if (Number.isNaN(n) || n === SPACE || n === CR || n === LF) return false;
  return !inFlow || (n !== COMMA && n !== LBRACKET && n !== RBRACKET && n !== LBRACE && n !== RBRACE);
}

/** A quoted scalar that ends on its own line (at `lineEnd`): [value, offset after the closing quote]. */
export function readQuoted(t: string, lineEnd: number, p: number): [string, number] {
  const quote = t.charCodeAt(p);
  let out = '';
  let seg = p + 1;
  let q = p + 1;
  for (;;) {
    if (q >= lineEnd) giveUp();
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
  return [out, q + 1];
}

/**
 * `|` and `>` with an optional chomping indicator, its header at `p` on line `i` (`ln`); the indentation
 * comes from the first content line. Returns the value, the offset after it and the first line after it.
 */
export function readBlockScalar(
  t: string,
  lines: readonly Line[],
  i: number,
  ln: Line,
  p: number,
  parentIndent: number,
): { value: string; end: number; nextLine: number } {
  const folded = t.charCodeAt(p) === GREATER;
  let q = p + 1;
  let chomp: 'clip' | 'strip' | 'keep' = 'clip';
  if (t.charCodeAt(q) === DASH) chomp = 'strip';
  else if (t.charCodeAt(q) === PLUS) chomp = 'keep';
  if (chomp !== 'clip') q++;
  const h = q;
  while (q < ln.end && t.charCodeAt(q) === SPACE) q++;
  if (q < ln.end && (t.charCodeAt(q) !== HASH || q === h)) giveUp();

  let first = i + 1;
  while (first < lines.length && lines[first]!.empty) first++;
  const body = lines[first];
  if (!body) giveUp();
  const m = body.col - body.start;
  if (m <= parentIndent) giveUp();
  // Leading empty lines with more spaces than the content, or any in a folded scalar, are left to yaml.
  for (let x = i + 1; x < first; x++) {
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

  let value = '\n'.repeat(first - i - 1);
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
      value += folded ? (pendingEmpty > 0 ? '\n'.repeat(pendingEmpty) : ' ') : '\n'.repeat(pendingEmpty + 1);
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
  return { value, end, nextLine: x };
}
