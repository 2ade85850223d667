import { readFile, stat } from 'node:fs/promises';
import { LineIndex } from './line-index.js';
import { specFileMeta } from './load-meta.js';
import { makeProblem } from './problem.js';
import type { SourceLocation, SpecProblem } from './types.js';

/** Refuse spec files above this size: a real sales department is a few dozen kilobytes. */
export const MAX_SPEC_BYTES = 5 * 1024 * 1024;

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Where the first invalid UTF-8 sequence starts: the bytes before the first replacement character. */
function firstInvalidUtf8(bytes: Buffer): number {
  const lenient = bytes.toString('utf8');
  return Buffer.byteLength(lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD'))));
}

export interface SourceFile {
  file: string;
  text: string;
  lines: LineIndex;
}

export function sourceFile(file: string, text: string): SourceFile {
  return { file, text, lines: new LineIndex(text) };
}

export type ReadResult = { ok: true; text: string } | { ok: false; problem: SpecProblem };

/** Reads a text file the spec names, refusing directories and files over the size limit. */
export async function readLimitedText(file: string, display: string): Promise<ReadResult> {
  const fail = (
    messageId: 'notFound' | 'unreadable' | 'tooLarge' | 'notAFile' | 'binary' | 'notUtf8',
    data = {},
  ): ReadResult => ({
    ok: false,
    problem: makeProblem(specFileMeta, {
      messageId,
      data: { file: display, limit: MAX_SPEC_BYTES, ...data },
      path: '',
    }),
  });
  try {
    const st = await stat(file);
    if (!st.isFile()) return fail('notAFile');
    if (st.size > MAX_SPEC_BYTES) return fail('tooLarge', { size: st.size });
    const bytes = await readFile(file);
    // A binary file decoded leniently would be echoed back as raw bytes in code frames; say what it is.
    const zero = bytes.indexOf(0);
    if (zero >= 0) return fail('binary', { offset: zero });
    try {
      return { ok: true, text: STRICT_UTF8.decode(bytes) };
    } catch {
      return fail('notUtf8', { offset: firstInvalidUtf8(bytes) });
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') return fail('notFound');
    return fail('unreadable', { reason: err.code ?? err.message });
  }
}

/** The offsets of the text a location covers in its file: the inverse of `locationAt`. */
export function spanOf(src: SourceFile, loc: SourceLocation): [number, number] {
  const start = src.lines.lineStart(loc.line - 1) + loc.col - 1;
  if (loc.endLine === undefined || loc.endCol === undefined) return [start, start];
  return [start, src.lines.lineStart(loc.endLine - 1) + loc.endCol - 1];
}

export function locationAt(src: SourceFile, start: number, end?: number): SourceLocation {
  const lines = src.lines;
  const a = lines.lineOf(start);
  const line = a + 1;
  const col = start - lines.lineStart(a) + 1;
  if (end === undefined || end <= start) return { file: src.file, line, col };
  const b = lines.lineOf(end);
  // One literal with every field: a location is built for each value of a spec (issue #18), and
  // fields added later would need a second allocation.
  return { file: src.file, line, col, endLine: b + 1, endCol: end - lines.lineStart(b) + 1 };
}
