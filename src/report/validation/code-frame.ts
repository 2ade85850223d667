import type { ChalkInstance } from 'chalk';
import { escapedExcerpt } from '../../core/terminal-text.js';
import type { SourceLocation } from '../../spec/types.js';

/** The most of a source line shown: the file may not be a spec at all (issue 15: no file is dumped). */
const MAX_LINE = 120;

/** The source line of a location with a caret under the column (or a run of carets under the span). */
export function codeFrame(
  source: string | undefined,
  loc: SourceLocation,
  chalk: ChalkInstance,
  indent: string,
): string[] {
  if (source === undefined) return [];
  const line = source.split(/\r?\n/)[loc.line - 1];
  if (line === undefined) return [];
  const number = String(loc.line);
  const gutter = ' '.repeat(number.length);
  const start = Math.max(0, loc.col - 1);
  const spanEnd = loc.endLine === loc.line && loc.endCol !== undefined ? loc.endCol - 1 : start + 1;
  const width = Math.max(1, Math.min(spanEnd, line.length, MAX_LINE) - start);
  // Control characters are shown as escapes (tabs stay, for the caret), never sent to the terminal.
  const shown = escapedExcerpt(line, MAX_LINE, true);
  // Tabs keep their width in the caret line so the caret stays under the right character.
  const pad = line.slice(0, start).replace(/[^\t]/g, ' ');
  return [
    `${indent}${chalk.dim(`${number} │`)} ${shown}`,
    `${indent}${chalk.dim(`${gutter} │`)} ${pad}${chalk.red('^'.repeat(width))}`,
  ];
}
