import { fmt, type Lang } from '../../core/i18n.js';
import type { AuditReport, StandardResult } from './types.js';
import type { Evidence } from '../../standards/types.js';
import {
  gradeAction,
  gradeTitle,
  identityLine,
  isSuppressed,
  manualResults,
  requestsLine,
  shownFindings,
  shownStatus,
  sourceLine,
} from './common.js';
import { pointsText, scoreText, STATUS_SYMBOL } from './labels.js';
import { CATEGORY_TEXT, PART_TEXT, REPORT_LINES as L, REPORT_WORDS as W, STATUS_TEXT } from './messages.js';
import { terminalSafe } from '../../core/terminal-text.js';

/** Markdown table cells: no pipes or line breaks inside. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function evidenceLines(ev: Evidence, lang: Lang): string[] {
  const out: string[] = [];
  if (ev.counts.length > 0)
    out.push(`  - ${ev.counts.map((c) => `${c.label[lang]}: **${c.value}**`).join(' · ')}`);
  if (ev.expected || ev.actual) {
    const exp = ev.expected ? `${W.expectedLower[lang]}: ${ev.expected[lang]}` : '';
    const act = ev.actual ? `${W.actual[lang]}: ${ev.actual[lang]}` : '';
    out.push(`  - ${[exp, act].filter(Boolean).join('; ')}`);
  }
  for (const g of ev.samples ?? []) {
    const more =
      g.total > g.items.length ? fmt(L.shownOf, lang, { shown: g.items.length, total: g.total }) : '';
    const items = g.items.map(
      (s) => (s.url ? `[${cell(s.label)}](${s.url})` : cell(s.label)) + (s.note ? ` — ${s.note[lang]}` : ''),
    );
    out.push(`  - ${g.title[lang]}${more}: ${items.join('; ')}`);
  }
  if (ev.read.length > 0) out.push(`  - ${W.readLower[lang]}: ${ev.read.map((r) => `\`${r}\``).join(', ')}`);
  return out;
}

function details(r: StandardResult, lang: Lang): string[] {
  const out = [
    `### ${r.id} ${r.title[lang]} — ${STATUS_SYMBOL[shownStatus(r)]} ${STATUS_TEXT[shownStatus(r)][lang]}`,
    '',
  ];
  for (const f of shownFindings(r)) {
    const info = f.scored ? '' : W.forInformationMd[lang];
    out.push(`- **${PART_TEXT[f.part][lang]}**, ${STATUS_TEXT[f.status][lang]}: ${f.message[lang]}${info}`);
    out.push(...evidenceLines(f.evidence, lang));
    for (const l of f.locations ?? []) out.push(`  - \`${l.file}:${l.line}:${l.col}\``);
  }
  if (r.suppression) {
    const s = r.suppression;
    out.push(
      `- ${W.suppressedUntil[lang]} ${s.expires}${s.expired ? W.expiredInParens[lang] : ''}: ${s.reason}`,
    );
  }
  if (r.status !== 'pass' && r.status !== 'manual-attested' && !isSuppressed(r))
    out.push(`- ${W.howToFix[lang]}: ${r.remediation[lang]}`);
  out.push('');
  return out;
}

/** For pull-request comments and client handouts: score, categories, a table, then the evidence. */
export function formatAuditMarkdown(report: AuditReport, lang: Lang): string {
  const out: string[] = [];
  out.push(`# ${W.salesDepartmentAudit[lang]}`, '');
  out.push(`${sourceLine(report, lang)}  `, `${identityLine(report, lang)}`, '');
  out.push(`## ${W.score[lang]}: ${scoreText(report.score.value)} / 100 — ${gradeTitle(report, lang)}`, '');
  out.push(gradeAction(report, lang), '');
  out.push(`| ${W.category[lang]} | ${W.score[lang]} | ${W.standards[lang]} |`, '|---|---:|---:|');
  for (const c of report.score.byCategory)
    out.push(`| ${CATEGORY_TEXT[c.category][lang]} | ${scoreText(c.value)} | ${c.counted} |`);
  out.push('');
  out.push(
    `| ID | ${W.standard[lang]} | ${W.status[lang]} | ${W.weight[lang]} | ${W.points[lang]} |`,
    '|---|---|---|---:|---:|',
  );
  for (const r of report.results) {
    const shown = shownStatus(r);
    out.push(
      `| ${r.id} | ${cell(r.title[lang])} | ${STATUS_SYMBOL[shown]} ${STATUS_TEXT[shown][lang]} | ${r.weight} | ${pointsText(r.points)} |`,
    );
  }
  out.push('', `## ${W.standardsInDetail[lang]}`, '');
  for (const r of report.results) out.push(...details(r, lang));
  out.push(`## ${W.attestations[lang]}`, '');
  if (report.attestations.length === 0) out.push(W.noAttestations[lang], '');
  else {
    out.push(
      `| ID | ${W.by[lang]} | ${W.at[lang]} | ${W.expires[lang]} | ${W.note[lang]} |`,
      '|---|---|---|---|---|',
    );
    for (const a of report.attestations)
      out.push(
        `| ${a.standard} | ${cell(a.by)} | ${a.at} | ${a.expires ?? '—'}${a.expired ? W.expiredInParens[lang] : ''} | ${cell(a.note)} |`,
      );
    out.push('');
  }
  out.push(`## ${W.suppressions[lang]}`, '');
  if (report.suppressions.length === 0) out.push(W.noSuppressions[lang], '');
  else {
    out.push(`| ID | ${W.reason[lang]} | ${W.expires[lang]} | ${W.where[lang]} |`, '|---|---|---|---|');
    for (const s of report.suppressions)
      out.push(
        `| ${s.standard} | ${cell(s.reason)} | ${s.expires}${s.expired ? W.expiredInParens[lang] : ''} | ${s.source} |`,
      );
    out.push('');
  }
  out.push(`## ${W.appendixManualChecks[lang]}`, '');
  for (const r of manualResults(report))
    out.push(
      `- [${r.status === 'manual-attested' ? 'x' : ' '}] **${r.id}** ${r.title[lang]}: ${r.remediation[lang]} \`b24cfg attest ${r.id} --by … --note …\``,
    );
  const req = requestsLine(report, lang);
  if (req) out.push('', req);
  return terminalSafe(`${out.join('\n')}\n`);
}
