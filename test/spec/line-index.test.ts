import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/spec/line-index.js';

/** Line and column of `offset` counted from the text directly. */
function naive(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, col: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

describe('LineIndex', () => {
  it.each([
    ['', 0, { line: 1, col: 1 }],
    ['a\nb', 2, { line: 2, col: 1 }],
    ['a\nb', 1, { line: 1, col: 2 }],
    ['a\n\n\nb', 4, { line: 4, col: 1 }],
    ['ab\r\ncd\n', 7, { line: 3, col: 1 }],
  ])('%j at %i → %j', (text, offset, pos) => {
    expect(new LineIndex(text).linePos(offset)).toEqual(pos);
  });

  // The index remembers the last line it found (parsers ask in text order): any order of questions,
  // forwards, backwards or far ahead, gets the same answers as counting.
  it('answers any sequence of offsets as counting would', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[ab\n]{0,80}$/),
        fc.array(fc.nat(), { maxLength: 30 }),
        (text, picks) => {
          const index = new LineIndex(text);
          for (const pick of picks) {
            const offset = pick % (text.length + 1);
            expect(index.linePos(offset)).toEqual(naive(text, offset));
            expect(index.lineStart(index.lineOf(offset))).toBe(offset - naive(text, offset).col + 1);
          }
        },
      ),
    );
  });
});
