import type { ChalkInstance } from 'chalk';
import type { Lang } from '../../core/i18n.js';
import type { AuditReport, StandardResult } from './types.js';
import type { Status } from '../../standards/types.js';
import { gradeAction, gradeTitle, identityLine, isSuppressed, requestsLine, sourceLine } from './common.js';
import { CATEGORY_TEXT, PART_TEXT, pointsText, scoreText, STATUS_SYMBOL, STATUS_TEXT } from './labels.js';

export interface PrettyAuditOptions {
  lang: Lang;
  chalk: ChalkInstance;
}

function statusColour(chalk: ChalkInstance, s: Status): (t: string) => string {
  switch (s) {
    case 'pass':
    case 'manual-attested':
      return chalk.green;
    case 'partial':
    case 'manual-expired':
      return chalk.yellow;
    case 'fail':
    case 'manual-unattested':
      return chalk.red;
    case 'error':
      return chalk.magenta;
    default:
      return chalk.dim;
  }
}

function pad(s: string, n: number): string {
  const len = [...s].length;
  return len >= n ? s : s + ' '.repeat(n - len);
}

function standardLines(r: StandardResult, o: PrettyAuditOptions, width: number): string[] {
  const { lang, chalk } = o;
  const colour = statusColour(chalk, r.status);
  const status = pad(`${STATUS_SYMBOL[r.status]} ${STATUS_TEXT[r.status][lang]}`, width);
  const sup = isSuppressed(r) ? chalk.dim(lang === 'ru' ? ' (исключён)' : ' (suppressed)') : '';
  const lines = [
    `${pad(r.id, 6)} ${colour(status)} ${pad(String(r.weight), 3)} ${pad(pointsText(r.points), 5)} ${r.title[lang]}${sup}`,
  ];
  for (const f of r.findings) {
    const mark = statusColour(chalk, f.status)(STATUS_SYMBOL[f.status]);
    const info = f.scored ? '' : chalk.dim(lang === 'ru' ? ' (для сведения)' : ' (for information)');
    lines.push(`       ${mark} ${chalk.dim(`${PART_TEXT[f.part][lang]}:`)} ${f.message[lang]}${info}`);
    for (const loc of f.locations ?? [])
      lines.push(chalk.dim(`           ${loc.file}:${loc.line}:${loc.col}`));
  }
  if (r.suppression) {
    const s = r.suppression;
    const text =
      lang === 'ru'
        ? `исключение до ${s.expires}${s.expired ? ' — ИСТЕКЛО' : ''}: ${s.reason}${s.by ? ` (${s.by})` : ''}`
        : `suppressed until ${s.expires}${s.expired ? ' — EXPIRED' : ''}: ${s.reason}${s.by ? ` (${s.by})` : ''}`;
    lines.push(`       ${s.expired ? chalk.yellow(text) : chalk.dim(text)}`);
  }
  if (r.status !== 'pass' && r.status !== 'manual-attested' && r.status !== 'not-applicable') {
    lines.push(chalk.dim(`       → ${r.remediation[lang]}`));
  }
  return lines;
}

/** The terminal report: the score and grade first, then one row per standard with what it found. */
export function formatAuditPretty(report: AuditReport, o: PrettyAuditOptions): string {
  const { lang, chalk } = o;
  const ru = lang === 'ru';
  const out: string[] = [];
  out.push(
    chalk.bold(ru ? 'Аудит отдела продаж' : 'Sales department audit') +
      chalk.dim(` · ${sourceLine(report, lang)}`),
  );
  out.push(chalk.dim(identityLine(report, lang)));
  out.push('');
  const score = `${scoreText(report.score.value)} / 100`;
  out.push(`${chalk.bold(ru ? 'Оценка:' : 'Score:')} ${chalk.bold(score)} — ${gradeTitle(report, lang)}`);
  out.push(`  ${gradeAction(report, lang)}`);
  const cats = report.score.byCategory
    .filter((c) => c.value !== null)
    .map((c) => `${CATEGORY_TEXT[c.category][lang]} ${scoreText(c.value)}`)
    .join(' · ');
  if (cats) out.push(chalk.dim(`  ${cats}`));
  out.push('');
  const width = Math.max(
    ...report.results.map((r) => [...`${STATUS_SYMBOL[r.status]} ${STATUS_TEXT[r.status][lang]}`].length),
  );
  out.push(
    chalk.dim(
      `${pad('ID', 6)} ${pad(ru ? 'Статус' : 'Status', width)} ${pad(ru ? 'Вес' : 'Wt', 3)} ${pad(ru ? 'Балл' : 'Pts', 5)} ${ru ? 'Стандарт' : 'Standard'}`,
    ),
  );
  for (const r of report.results) out.push(...standardLines(r, o, width));
  out.push('');
  const counts = new Map<Status, number>();
  for (const r of report.results) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  out.push(
    [...counts]
      .map(([s, n]) => statusColour(chalk, s)(`${STATUS_TEXT[s][lang]}: ${n}`))
      .join(chalk.dim(' · ')),
  );
  const valid = report.attestations.filter((a) => !a.expired).length;
  const activeSup = report.suppressions.filter((s) => !s.expired).length;
  out.push(
    chalk.dim(
      ru
        ? `Подтверждений: ${valid} действующих, ${report.attestations.length - valid} истекших · исключений: ${activeSup} действующих, ${report.suppressions.length - activeSup} истекших`
        : `Attestations: ${valid} valid, ${report.attestations.length - valid} expired · suppressions: ${activeSup} active, ${report.suppressions.length - activeSup} expired`,
    ),
  );
  const req = requestsLine(report, lang);
  if (req) out.push(chalk.dim(req));
  return `${out.join('\n')}\n`;
}
