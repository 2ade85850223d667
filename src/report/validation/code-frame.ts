import type { ChalkInstance } from 'chalk';
import { escapedExcerpt } from '../../core/terminal-text.js';
import type { SourceLocation } from '../../spec/types.js';

/** The most of a source line shown: the file may not be a spec at all (issue 15: no file is dumped). */
export const MAX_FRAME = 120;
/** What is shown of a file that did not parse as a spec: a short excerpt around the place, no more. */
export const MAX_FRAME_NOT_A_SPEC = 40;

/**
 * The source line of a location with a caret under the column (or a run of carets under the span): at most
 * `max` characters of it, from a little before the column, control characters shown as escapes.
 */
export function codeFrame(
  source: string | undefined,
  loc: SourceLocation,
  chalk: ChalkInstance,
  indent: string,
  max = MAX_FRAME,
): string[] {
  if (source === undefined) return [];
  const line = source.split(/\r?\n/)[loc.line - 1];
  if (line === undefined) return [];
  const number = String(loc.line);
  const gutter = ' '.repeat(number.length);
  const col = Math.max(0, loc.col - 1);
  // A window that keeps the column in view on a long line; "…" marks what is left out on the left.
  const from = col < max / 2 ? 0 : col - Math.floor(max / 4);
  const lead = from > 0 ? '…' : '';
  const start = col - from;
  const spanEnd = loc.endLine === loc.line && loc.endCol !== undefined ? loc.endCol - 1 - from : start + 1;
  const rest = line.slice(from);
  const width = Math.max(1, Math.min(spanEnd, rest.length, max) - start);
  // Control characters are shown as escapes (tabs stay, for the caret), never sent to the terminal.
  const shown = escapedExcerpt(rest, max, true);
  // Tabs keep their width in the caret line so the caret stays under the right character.
  const pad = lead.replace(/./g, ' ') + rest.slice(0, start).replace(/[^\t]/g, ' ');
  return [
    `${indent}${chalk.dim(`${number} │`)} ${lead}${shown}`,
    `${indent}${chalk.dim(`${gutter} │`)} ${pad}${chalk.red('^'.repeat(width))}`,
  ];
}
