/**
 * Offsets → 1-based line and column, from the text alone. Both YAML parsers (the fast one and `yaml`) share
 * it, so a place is reported the same way whichever parser read the file.
 */
export class LineIndex {
  /**
   * Offset of the first character of every line; a line starts after each `\n`. Found on the first
   * question: a spec read without its tree (src/spec/load-plain.ts) may never ask one.
   */
  private lineStarts: number[] | undefined;
  /**
   * The line of the last lookup. Parsers ask in text order, so the next offset is nearly always on that
   * line or a few after it: a 700 KB spec asks some 100 000 times (issue #18).
   */
  private hint = 0;

  constructor(private readonly text: string) {}

  private get starts(): number[] {
    if (this.lineStarts === undefined) {
      const starts = [0];
      const t = this.text;
      for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }

  /** The 0-based line holding `offset`: the last line that starts at or before it. */
  lineOf(offset: number): number {
    const starts = this.starts;
    let low = this.hint;
    if (starts[low]! <= offset) {
      // A few steps forward from the hint, then a binary search over what is left.
      for (let step = 0; step < 4; step++) {
        if (low + 1 >= starts.length || starts[low + 1]! > offset) return (this.hint = low);
        low++;
      }
    } else low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return (this.hint = low);
  }

  /** The offset where 0-based line `line` starts. */
  lineStart(line: number): number {
    return this.starts[line]!;
  }

  linePos(offset: number): { line: number; col: number } {
    const line = this.lineOf(offset);
    return { line: line + 1, col: offset - this.starts[line]! + 1 };
  }
}
