/**
 * Offsets → 1-based line and column, from the text alone. Both YAML parsers (the fast one and `yaml`) share
 * it, so a place is reported the same way whichever parser read the file.
 */
export class LineIndex {
  /** Offset of the first character of every line; a line starts after each `\n`. */
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  linePos(offset: number): { line: number; col: number } {
    // The last line that starts at or before the offset.
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, col: offset - this.starts[low]! + 1 };
  }
}
