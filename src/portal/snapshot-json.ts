import { createReadStream } from 'node:fs';
import type { JsonSyntaxReason } from './snapshot-messages.js';

/** Where a file stops being the JSON it should be: line and column as an editor counts them (1-based). */
export class JsonSyntaxError extends Error {
  constructor(
    readonly reason: JsonSyntaxReason,
    readonly line: number,
    readonly col: number,
  ) {
    super(`${reason} at ${line}:${col}`);
  }
}

const enum St {
  Value,
  ValueOrClose,
  Key,
  KeyOrClose,
  Colon,
  After,
  Str,
  Esc,
  Hex,
  Minus,
  Zero,
  Int,
  Dot,
  Frac,
  Exp,
  ExpSign,
  ExpInt,
  Literal,
}

const OBJ = 1;
const ARR = 2;
const isWs = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
/** Where a number may end: what can follow a value. */
const endsNumber = (c: number) => isWs(c) || c === 44 || c === 93 || c === 125;
const PUNCT = { '{': 'objectExpected', '[': 'listExpected', ':': 'colonExpected' } as const;
const ESCAPES = new Set([34, 92, 47, 98, 102, 110, 114, 116]);
/**
 * Reads of 32 KB and a buffer dropped past 16 KB keep every string under V8's large-object size (a
 * Cyrillic chunk is two bytes a character): large strings go straight to the old generation and pile up
 * until a full collection, which tripled the peak RSS of reading a million-deal snapshot
 * (BENCHMARKS.md#audit-from-a-snapshot-issue-18).
 */
const CHUNK = 1 << 15;
const KEEP = 1 << 14;
/** rowValue: the longest text it guesses is one value, and how many wrong guesses of a kind it makes. */
const GUESS_MAX = 1 << 16;
const MISSES = 16;
const NO_VALUE = Symbol('no value');

/**
 * A JSON file read front to back in chunks, for snapshot files that may hold millions of rows (issue
 * #18): the caller walks the structure it expects (`object`, `array`) and takes each small value whole
 * (`value`, one JSON.parse of its text) or lets it pass (`skip`, checked but not kept). Memory is the
 * read-ahead chunk plus the largest value taken whole; the layout (pretty, one row a line, minified)
 * does not matter. The scanner checks the grammar itself, so a damaged file is named by line and
 * column, not by JSON.parse's message.
 */
export class JsonReader {
  private buf = '';
  private pos = 0;
  /** Lines and the current line's columns in what was dropped from the front of the buffer. */
  private linesBefore = 0;
  private colBefore = 0;
  private done = false;
  private lineMisses = 0;
  private braceMisses = 0;

  private constructor(private readonly chunks: AsyncIterator<string> | Iterator<string>) {}

  static open(path: string): JsonReader {
    const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: CHUNK });
    return new JsonReader((stream as AsyncIterable<string>)[Symbol.asyncIterator]());
  }

  /** Text given in pieces (tests: every way a file can be cut into chunks). */
  static ofText(...pieces: string[]): JsonReader {
    return new JsonReader(pieces[Symbol.iterator]());
  }

  /** Stops reading: the file is closed even when the walk stopped half-way. */
  async close(): Promise<void> {
    this.done = true;
    await this.chunks.return?.();
  }

  /** Line and column of a place in the buffer (1-based). */
  placeOf(at: number = this.pos): { line: number; col: number } {
    const lastNl = this.buf.lastIndexOf('\n', at - 1);
    let line = this.linesBefore + 1;
    for (let i = this.buf.indexOf('\n'); i !== -1 && i < at; i = this.buf.indexOf('\n', i + 1)) line++;
    return { line, col: lastNl === -1 ? this.colBefore + at + 1 : at - lastNl };
  }

  private fail(reason: JsonSyntaxReason, at: number): never {
    const { line, col } = this.placeOf(at);
    throw new JsonSyntaxError(reason, line, col);
  }

  /** Drops the buffer's front up to `upTo`, keeping count of its lines. */
  private drop(upTo: number): void {
    const gone = this.buf.slice(0, upTo);
    const lastNl = gone.lastIndexOf('\n');
    if (lastNl === -1) this.colBefore += gone.length;
    else {
      for (let i = gone.indexOf('\n'); i !== -1; i = gone.indexOf('\n', i + 1)) this.linesBefore++;
      this.colBefore = gone.length - lastNl - 1;
    }
    this.buf = this.buf.slice(upTo);
    this.pos -= upTo;
  }

  /** One more chunk onto the buffer; false at the end of the file. */
  private async more(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.chunks.next();
    if (next.done) {
      this.done = true;
      return false;
    }
    this.buf += next.value;
    return true;
  }

  /** The next character that is not whitespace (not consumed), or undefined at the end of the file. */
  async peek(): Promise<number | undefined> {
    for (;;) {
      while (this.pos < this.buf.length && isWs(this.buf.charCodeAt(this.pos))) this.pos++;
      if (this.pos < this.buf.length) return this.buf.charCodeAt(this.pos);
      if (this.pos > 0) this.drop(this.pos);
      if (!(await this.more())) return undefined;
    }
  }

  private async punct(ch: keyof typeof PUNCT): Promise<void> {
    const c = await this.peek();
    if (c !== ch.charCodeAt(0)) this.fail(c === undefined ? 'endsEarly' : PUNCT[ch], this.pos);
    this.pos++;
  }

  /** The next value, whole. */
  async value(): Promise<unknown> {
    await this.peek();
    const start = this.pos;
    const end = await this.scan(true);
    const v: unknown = JSON.parse(this.buf.slice(start, end));
    this.pos = end;
    if (this.pos > KEEP) this.drop(this.pos);
    return v;
  }

  /**
   * The next value when it is a row of a snapshot (src/audit/snapshot-write.ts): a small value alone on
   * its line, or, as older b24cfg wrote rows over several lines, an object without objects inside. Each
   * guess of where it ends goes to JSON.parse, which checks the text itself; as a value is what starts
   * here whatever follows it, a guess that parses is the value. A guess that fails costs an exception,
   * so after a few the reader stops making it; what no guess finds goes through the scanner.
   */
  async rowValue(): Promise<unknown> {
    await this.peek();
    const { buf, pos } = this;
    if (this.lineMisses < MISSES) {
      const nl = buf.indexOf('\n', pos);
      if (nl !== -1 && nl - pos < GUESS_MAX) {
        let end = nl;
        while (end > pos && isWs(buf.charCodeAt(end - 1))) end--;
        if (buf.charCodeAt(end - 1) === 44) end--;
        const v = this.guess(end, () => this.lineMisses++);
        if (v !== NO_VALUE) return v;
      }
    }
    if (this.braceMisses < MISSES && buf.charCodeAt(pos) === 123) {
      const close = buf.indexOf('}', pos);
      if (close !== -1 && close - pos < GUESS_MAX) {
        const v = this.guess(close + 1, () => this.braceMisses++);
        if (v !== NO_VALUE) return v;
      }
    }
    return this.value();
  }

  /** JSON.parse of the buffer from pos to `end`: the value, moved past, or NO_VALUE. */
  private guess(end: number, missed: () => void): unknown {
    let v: unknown;
    try {
      v = JSON.parse(this.buf.slice(this.pos, end));
    } catch {
      missed();
      return NO_VALUE;
    }
    this.pos = end;
    if (this.pos > KEEP) this.drop(this.pos);
    return v;
  }

  /** The next value, checked and let go. */
  async skip(): Promise<void> {
    await this.peek();
    this.pos = await this.scan(false);
  }

  /** `{ … }`: `each` is called with every key and must take or skip its value. */
  async object(each: (key: string) => Promise<void>): Promise<void> {
    await this.punct('{');
    if ((await this.peek()) === 125) {
      this.pos++;
      return;
    }
    for (;;) {
      if ((await this.peek()) !== 34) this.fail('keyExpected', this.pos);
      const key = (await this.value()) as string;
      await this.punct(':');
      await each(key);
      const c = await this.peek();
      if (c === 44) this.pos++;
      else if (c === 125) {
        this.pos++;
        return;
      } else this.fail(c === undefined ? 'endsEarly' : 'commaOrBrace', this.pos);
    }
  }

  /** `[ … ]`: `each` is called for every element and must take or skip it. */
  async array(each: () => Promise<void>): Promise<void> {
    await this.punct('[');
    if ((await this.peek()) === 93) {
      this.pos++;
      return;
    }
    for (;;) {
      await each();
      const c = await this.peek();
      if (c === 44) this.pos++;
      else if (c === 93) {
        this.pos++;
        return;
      } else this.fail(c === undefined ? 'endsEarly' : 'commaOrBracket', this.pos);
    }
  }

  /** Nothing but whitespace is left. */
  async end(): Promise<void> {
    if ((await this.peek()) !== undefined) this.fail('trailingText', this.pos);
  }

  /** Whether the next value is `{`, without consuming it. */
  async isObjectNext(): Promise<boolean> {
    return (await this.peek()) === 123;
  }

  /**
   * Scans one value from `pos` (not moved) and returns the index just past it. `keep`: the value's text
   * stays in the buffer for JSON.parse; otherwise what is scanned is dropped as the buffer refills.
   */
  private async scan(keep: boolean): Promise<number> {
    const stack: number[] = [];
    let st: St = St.Value;
    let i = this.pos;
    let lit = '';
    let litAt = 0;
    let hex = 0;
    for (;;) {
      const buf = this.buf;
      const n = buf.length;
      while (i < n) {
        const c = buf.charCodeAt(i);
        switch (st) {
          case St.Str:
            if (c === 34) {
              st = stack.length > 0 && stack[stack.length - 1] === -OBJ ? St.Colon : St.After;
              if (st === St.Colon) stack[stack.length - 1] = OBJ;
            } else if (c === 92) st = St.Esc;
            else if (c < 32) this.fail('badString', i);
            i++;
            continue;
          case St.Esc:
            if (c === 117) {
              st = St.Hex;
              hex = 0;
            } else if (ESCAPES.has(c)) st = St.Str;
            else this.fail('badString', i);
            i++;
            continue;
          case St.Hex:
            if (!isHex(c)) this.fail('badString', i);
            if (++hex === 4) st = St.Str;
            i++;
            continue;
          case St.Value:
          case St.ValueOrClose:
            if (isWs(c)) {
              i++;
              continue;
            }
            if (c === 93 && st === St.ValueOrClose) {
              stack.pop();
              st = St.After;
              i++;
              continue;
            }
            i++;
            if (c === 123) {
              stack.push(OBJ);
              st = St.KeyOrClose;
            } else if (c === 91) {
              stack.push(ARR);
              st = St.ValueOrClose;
            } else if (c === 34) st = St.Str;
            else if (c === 45) st = St.Minus;
            else if (c === 48) st = St.Zero;
            else if (isDigit(c)) st = St.Int;
            else if (c === 116 || c === 102 || c === 110) {
              lit = c === 116 ? 'true' : c === 102 ? 'false' : 'null';
              litAt = 1;
              st = St.Literal;
            } else this.fail('valueExpected', i - 1);
            continue;
          case St.Key:
          case St.KeyOrClose:
            if (isWs(c)) {
              i++;
              continue;
            }
            if (c === 125 && st === St.KeyOrClose) {
              stack.pop();
              st = St.After;
              i++;
              continue;
            }
            if (c !== 34) this.fail('keyExpected', i);
            // A key's closing quote leads to the colon: marked on the stack while inside it.
            stack[stack.length - 1] = -OBJ;
            st = St.Str;
            i++;
            continue;
          case St.Colon:
            if (isWs(c)) {
              i++;
              continue;
            }
            if (c !== 58) this.fail('colonExpected', i);
            st = St.Value;
            i++;
            continue;
          case St.Literal:
            if (c !== lit.charCodeAt(litAt)) this.fail('valueExpected', i);
            i++;
            if (++litAt === lit.length) st = St.After;
            continue;
          case St.Minus:
            if (c === 48) st = St.Zero;
            else if (isDigit(c)) st = St.Int;
            else this.fail('badNumber', i);
            i++;
            continue;
          case St.Int:
          case St.Zero:
            if (st === St.Int && isDigit(c)) i++;
            else if (c === 46) {
              st = St.Dot;
              i++;
            } else if (c === 101 || c === 69) {
              st = St.Exp;
              i++;
            } else if (endsNumber(c)) st = St.After;
            else this.fail('badNumber', i);
            continue;
          case St.Dot:
            if (!isDigit(c)) this.fail('badNumber', i);
            st = St.Frac;
            i++;
            continue;
          case St.Frac:
            if (isDigit(c)) i++;
            else if (c === 101 || c === 69) {
              st = St.Exp;
              i++;
            } else if (endsNumber(c)) st = St.After;
            else this.fail('badNumber', i);
            continue;
          case St.Exp:
            if (c === 43 || c === 45) st = St.ExpSign;
            else if (isDigit(c)) st = St.ExpInt;
            else this.fail('badNumber', i);
            i++;
            continue;
          case St.ExpSign:
            if (!isDigit(c)) this.fail('badNumber', i);
            st = St.ExpInt;
            i++;
            continue;
          case St.ExpInt:
            if (isDigit(c)) i++;
            else if (endsNumber(c)) st = St.After;
            else this.fail('badNumber', i);
            continue;
          case St.After: {
            // The value just ended: the whole one, or inside a container a comma or its closer comes next.
            if (stack.length === 0) return i;
            if (isWs(c)) {
              i++;
              continue;
            }
            const top = stack[stack.length - 1];
            if (c === 44) st = top === OBJ ? St.Key : St.Value;
            else if ((c === 125 && top === OBJ) || (c === 93 && top === ARR)) stack.pop();
            else this.fail(top === OBJ ? 'commaOrBrace' : 'commaOrBracket', i);
            i++;
            continue;
          }
        }
      }
      if (st === St.After && stack.length === 0) return i;
      if (!keep && i > this.pos) {
        this.drop(i);
        i = 0;
      }
      if (!(await this.more())) {
        if (stack.length === 0 && (st === St.Int || st === St.Zero || st === St.Frac || st === St.ExpInt))
          return i;
        this.fail('endsEarly', i);
      }
    }
  }
}
