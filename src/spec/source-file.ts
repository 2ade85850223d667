import { readFile, stat } from 'node:fs/promises';
import { LineIndex } from './line-index.js';
import { specFileMeta } from './load-meta.js';
import { makeProblem } from './problem.js';
import type { SourceLocation, SpecProblem } from './types.js';

/** Refuse spec files above this size: a real sales department is a few dozen kilobytes. */
export const MAX_SPEC_BYTES = 5 * 1024 * 1024;

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
  const fail = (messageId: 'notFound' | 'unreadable' | 'tooLarge' | 'notAFile', data = {}): ReadResult => ({
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
    return { ok: true, text: await readFile(file, 'utf8') };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') return fail('notFound');
    return fail('unreadable', { reason: err.code ?? err.message });
  }
}

export function locationAt(src: SourceFile, start: number, end?: number): SourceLocation {
  const a = src.lines.linePos(start);
  const loc: SourceLocation = { file: src.file, line: a.line, col: a.col };
  if (end !== undefined && end > start) {
    const b = src.lines.linePos(end);
    loc.endLine = b.line;
    loc.endCol = b.col;
  }
  return loc;
}
