import type { ChalkInstance } from 'chalk';
import { fmt, type Lang } from '../../core/i18n.js';
import type { AuditReport, StandardResult } from './types.js';
import type { Status } from '../../standards/types.js';
import { gradeAction, gradeTitle, identityLine, isSuppressed, requestsLine, sourceLine } from './common.js';
import { pointsText, scoreText, STATUS_SYMBOL } from './labels.js';
import { CATEGORY_TEXT, PART_TEXT, REPORT_LINES as L, REPORT_WORDS as W, STATUS_TEXT } from './messages.js';
import { terminalSafe } from '../../core/terminal-text.js';

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
  const sup = isSuppressed(r) ? chalk.dim(W.suppressed[lang]) : '';
  const lines = [
    `${pad(r.id, 6)} ${colour(status)} ${pad(String(r.weight), 3)} ${pad(pointsText(r.points), 5)} ${r.title[lang]}${sup}`,
  ];
  for (const f of r.findings) {
    const mark = statusColour(chalk, f.status)(STATUS_SYMBOL[f.status]);
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
  if (r.status !== 'pass' && r.status !== 'manual-attested' && r.status !== 'not-applicable') {
    lines.push(chalk.dim(`       → ${r.remediation[lang]}`));
  }
  return lines;
}

/** The terminal report: the score and grade first, then one row per standard with what it found. */
export function formatAuditPretty(report: AuditReport, o: PrettyAuditOptions): string {
  const { lang, chalk } = o;
  const out: string[] = [];
  out.push(chalk.bold(W.salesDepartmentAudit[lang]) + chalk.dim(` · ${sourceLine(report, lang)}`));
  out.push(chalk.dim(identityLine(report, lang)));
  out.push('');
  const score = `${scoreText(report.score.value)} / 100`;
  out.push(`${chalk.bold(W.scoreLabel[lang])} ${chalk.bold(score)} — ${gradeTitle(report, lang)}`);
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
      `${pad('ID', 6)} ${pad(W.status[lang], width)} ${pad(W.weightShort[lang], 3)} ${pad(W.pointsShort[lang], 5)} ${W.standard[lang]}`,
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
