import type { ChalkInstance } from 'chalk';
import type { SourceLocation } from '../../spec/types.js';

const MAX_LINE = 160;

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
  const shown = line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line;
  // Tabs keep their width in the caret line so the caret stays under the right character.
  const pad = line.slice(0, start).replace(/[^\t]/g, ' ');
  return [
    `${indent}${chalk.dim(`${number} │`)} ${shown}`,
    `${indent}${chalk.dim(`${gutter} │`)} ${pad}${chalk.red('^'.repeat(width))}`,
  ];
}
