import type { ChalkInstance } from 'chalk';
import { fmt, type Lang } from '../../core/i18n.js';
import type { AuditReport, StandardResult } from './types.js';
import type { Status } from '../../standards/types.js';
import {
  gradeAction,
  gradeTitle,
  identityLine,
  needsAction,
  requestsLine,
  shownCounts,
  shownFindings,
  shownStatus,
  sourceLine,
  type ShownStatus,
} from './common.js';
import { pointsText, scoreText, STATUS_SYMBOL } from './labels.js';
import { CATEGORY_TEXT, PART_TEXT, REPORT_LINES as L, REPORT_WORDS as W, STATUS_TEXT } from './messages.js';
import { terminalSafe } from '../../core/terminal-text.js';

export interface PrettyAuditOptions {
  lang: Lang;
  chalk: ChalkInstance;
  /** --quiet: the score and one row per standard that needs action, nothing else. */
  quiet?: boolean;
}

function statusColour(chalk: ChalkInstance, s: Status | ShownStatus): (t: string) => string {
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

function statusCell(s: ShownStatus, lang: Lang): string {
  return `${STATUS_SYMBOL[s]} ${STATUS_TEXT[s][lang]}`;
}

function standardLines(r: StandardResult, o: PrettyAuditOptions, width: number): string[] {
  const { lang, chalk } = o;
  const shown = shownStatus(r);
  const colour = statusColour(chalk, shown);
  // A waived standard's findings are greyed: they are out of the score, not failures to fix.
  const findingColour = (s: Status) => (shown === 'suppressed' ? chalk.dim : statusColour(chalk, s));
  const status = pad(statusCell(shown, lang), width);
  const lines = [
    `${pad(r.id, 6)} ${colour(status)} ${pad(String(r.weight), 3)} ${pad(pointsText(r.points), 5)} ${r.title[lang]}`,
  ];
  for (const f of shownFindings(r)) {
    const mark = findingColour(f.status)(STATUS_SYMBOL[f.status]);
    const info = f.scored ? '' : chalk.dim(W.forInformationParens[lang]);
    lines.push(`       ${mark} ${chalk.dim(`${PART_TEXT[f.part][lang]}:`)} ${f.message[lang]}${info}`);
    for (const loc of f.locations ?? [])
      lines.push(chalk.dim(`           ${loc.file}:${loc.line}:${loc.col}`));
  }
  if (r.suppression) {
    const s = r.suppression;
    const text = fmt(L.suppressedUntil, lang, {
      expires: s.expires,
      expired: s.expired ? L.expiredCaps[lang] : '',
      reason: s.reason,
      by: s.by ? ` (${s.by})` : '',
    });
    lines.push(`       ${s.expired ? chalk.yellow(text) : chalk.dim(text)}`);
  }
  if (needsAction(r)) lines.push(chalk.dim(`       → ${r.remediation[lang]}`));
  return lines;
}

/** The terminal report: the score and grade first, then one row per standard with what it found. */
export function formatAuditPretty(report: AuditReport, o: PrettyAuditOptions): string {
  const { lang, chalk } = o;
  const out: string[] = [];
  const score = `${scoreText(report.score.value)} / 100`;
  const scoreLine = `${chalk.bold(W.scoreLabel[lang])} ${chalk.bold(score)} — ${gradeTitle(report, lang)}`;
  const width = Math.max(...report.results.map((r) => [...statusCell(shownStatus(r), lang)].length));
  if (o.quiet) {
    out.push(scoreLine);
    for (const r of report.results.filter(needsAction)) out.push(standardLines(r, o, width)[0] ?? '');
    return `${out.join('\n')}\n`;
  }
  out.push(chalk.bold(W.salesDepartmentAudit[lang]) + chalk.dim(` · ${sourceLine(report, lang)}`));
  out.push(chalk.dim(identityLine(report, lang)));
  out.push('');
  out.push(scoreLine);
  out.push(`  ${gradeAction(report, lang)}`);
  const cats = report.score.byCategory
    .filter((c) => c.value !== null)
    .map((c) => `${CATEGORY_TEXT[c.category][lang]} ${scoreText(c.value)}`)
    .join(' · ');
  if (cats) out.push(chalk.dim(`  ${cats}`));
  out.push('');
  out.push(
    chalk.dim(
      `${pad('ID', 6)} ${pad(W.status[lang], width)} ${pad(W.weightShort[lang], 3)} ${pad(W.pointsShort[lang], 5)} ${W.standard[lang]}`,
    ),
  );
  for (const r of report.results) out.push(...standardLines(r, o, width));
  out.push('');
  out.push(
    [...shownCounts(report.results)]
      .map(([s, n]) => statusColour(chalk, s)(`${STATUS_TEXT[s][lang]}: ${n}`))
      .join(chalk.dim(' · ')),
  );
  const valid = report.attestations.filter((a) => !a.expired).length;
  const activeSup = report.suppressions.filter((s) => !s.expired).length;
  out.push(
    chalk.dim(
      fmt(L.attestationCounts, lang, {
        valid,
        expiredAtt: report.attestations.length - valid,
        active: activeSup,
        expiredSup: report.suppressions.length - activeSup,
      }),
    ),
  );
  const req = requestsLine(report, lang);
  if (req) out.push(chalk.dim(req));
  return terminalSafe(`${out.join('\n')}\n`, { keepColor: chalk.level > 0 });
}
