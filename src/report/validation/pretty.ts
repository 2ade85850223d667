import { fmt, plural } from '../../core/i18n.js';
import { displayPath } from '../../spec/file-refs.js';
import { codeFrame, MAX_FRAME, MAX_FRAME_NOT_A_SPEC } from './code-frame.js';
import { countBySeverity, fileOrder, placedProblems } from './collect.js';
import { VALIDATION_WORDS as W } from './messages.js';
import type { PlacedProblem, ValidationFormatOptions, ValidationResults } from './types.js';
import { terminalSafe } from '../../core/terminal-text.js';

/**
 * For people: problems grouped by file, each with file:line:col, severity, message, the source line with a
 * caret, the rule id and a hint; then one summary line.
 */
export function formatValidationPretty(results: ValidationResults, o: ValidationFormatOptions): string {
  const { chalk, lang } = o;
  const problems = placedProblems(results).filter((p) => !o.quiet || p.problem.severity === 'error');
  const sources = new Map<string, string>();
  for (const r of results) for (const [f, text] of r.sources) sources.set(f, text);
  const byFile = new Map<string, PlacedProblem[]>();
  for (const f of fileOrder(results)) byFile.set(f, []);
  for (const p of problems) {
    const list = byFile.get(p.file);
    if (list) list.push(p);
    else byFile.set(p.file, [p]);
  }

  const lines: string[] = [];
  for (const [file, list] of byFile) {
    const shown = displayPath(file, o.cwd);
    if (list.length === 0) {
      if (!o.quiet && results.some((r) => r.rootFile === file)) lines.push(`${chalk.green('✔')} ${shown}`);
      continue;
    }
    lines.push(chalk.underline(shown));
    for (const { problem } of list) {
      const loc = problem.location;
      const where = loc ? `${shown}:${loc.line}:${loc.col}` : shown;
      const isError = problem.severity === 'error';
      const severity = isError ? chalk.red(W.error[lang]) : chalk.yellow(W.warning[lang]);
      lines.push(`  ${where}  ${severity}  ${problem.message[lang]}  ${chalk.dim(`[${problem.rule}]`)}`);
      // A file that did not parse as a spec may be anything (a key, an environment dump): a short excerpt.
      const max = problem.rule === 'yaml-syntax' ? MAX_FRAME_NOT_A_SPEC : MAX_FRAME;
      if (loc) lines.push(...codeFrame(sources.get(loc.file), loc, chalk, '    ', max));
      if (problem.hint) lines.push(`    ${chalk.cyan(W.hint[lang])} ${problem.hint[lang]}`);
    }
    lines.push('');
  }
  lines.push(summaryLine(problems, results.length, o));
  return terminalSafe(`${lines.join('\n')}\n`, { keepColor: chalk.level > 0 });
}

function summaryLine(problems: readonly PlacedProblem[], files: number, o: ValidationFormatOptions): string {
  const { errors, warnings } = countBySeverity(problems);
  const { chalk, lang } = o;
  const e = `${errors} ${plural(lang, errors, ['ошибка', 'ошибки', 'ошибок'], ['error', 'errors'])}`;
  const w = `${warnings} ${plural(lang, warnings, ['предупреждение', 'предупреждения', 'предупреждений'], ['warning', 'warnings'])}`;
  const counted = `${files} ${plural(lang, files, ['файл', 'файла', 'файлов'], ['file', 'files'])}`;
  const f = fmt(files === 1 ? W.checkedOne : W.checkedMany, lang, { n: counted });
  const text = `${e}, ${w} · ${f}`;
  return errors > 0
    ? chalk.red.bold(`✖ ${text}`)
    : warnings > 0
      ? chalk.yellow.bold(`✔ ${text}`)
      : chalk.green.bold(`✔ ${text}`);
}
