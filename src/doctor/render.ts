import { dataJson } from '../core/data-text.js';
import type { ChalkInstance } from 'chalk';
import { fmt, plural, type Lang } from '../core/i18n.js';
import { DOCTOR_SUMMARY } from './messages.js';
import type { CheckStatus, DoctorReport } from './types.js';
import { terminalSafe } from '../core/terminal-text.js';

function paint(chalk: ChalkInstance, status: CheckStatus, s: string): string {
  return status === 'ok' ? chalk.green(s) : status === 'warn' ? chalk.yellow(s) : chalk.red.bold(s);
}

/**
 * The table for a terminal: status, check, what was found, and on the next line what to do.
 * `quiet` (--quiet) keeps the checks that are not ok and the summary line.
 */
export function renderDoctorPretty(
  report: DoctorReport,
  lang: Lang,
  chalk: ChalkInstance,
  quiet = false,
): string {
  const all = report.checks.map((c) => ({
    status: c.status,
    title: fmt(c.title, lang, c.data),
    detail: fmt(c.detail, lang, c.data),
    fix: c.fix ? fmt(c.fix, lang, c.data) : undefined,
  }));
  const rows = quiet ? all.filter((r) => r.status !== 'ok') : all;
  const titleWidth = Math.max(...rows.map((r) => r.title.length), 10);
  const lines = quiet ? [] : [chalk.bold(`b24cfg doctor — ${report.host}`), ''];
  for (const r of rows) {
    lines.push(`  ${paint(chalk, r.status, r.status.padEnd(4))}  ${r.title.padEnd(titleWidth)}  ${r.detail}`);
    if (r.fix && r.status !== 'ok')
      lines.push(`  ${' '.repeat(4)}  ${' '.repeat(titleWidth)}  ${chalk.cyan(`→ ${r.fix}`)}`);
  }
  const fails = rows.filter((r) => r.status === 'fail').length;
  const warns = rows.filter((r) => r.status === 'warn').length;
  if (rows.length > 0) lines.push('');
  if (fails === 0 && warns === 0) {
    lines.push(chalk.green(DOCTOR_SUMMARY.allGood[lang]));
  } else {
    const f = `${fails} ${plural(lang, fails, ['ошибка', 'ошибки', 'ошибок'], ['failure', 'failures'])}`;
    const w = `${warns} ${plural(lang, warns, ['предупреждение', 'предупреждения', 'предупреждений'], ['warning', 'warnings'])}`;
    lines.push(fmt(DOCTOR_SUMMARY.summary, lang, { fails: f, warns: w }));
  }
  return terminalSafe(`${lines.join('\n')}\n`, { keepColor: chalk.level > 0 });
}

/** Machine-readable report (stable keys; texts in the chosen language). */
export function renderDoctorJson(report: DoctorReport, lang: Lang, exitCode: number): string {
  const out = {
    ok: exitCode === 0,
    exitCode,
    portal: report.host,
    scopes: report.scopes ?? null,
    license: report.license ?? null,
    checks: report.checks.map((c) => ({
      id: c.id,
      status: c.status,
      title: fmt(c.title, lang, c.data),
      detail: fmt(c.detail, lang, c.data),
      ...(c.fix && c.status !== 'ok' ? { fix: fmt(c.fix, lang, c.data) } : {}),
    })),
  };
  return dataJson(out);
}
