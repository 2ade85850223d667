import type { Lang } from '../../core/i18n.js';
import type { AuditReport, StandardResult } from './types.js';
import type { Evidence } from '../../standards/types.js';
import {
  gradeAction,
  gradeTitle,
  identityLine,
  isSuppressed,
  manualResults,
  requestsLine,
  sourceLine,
} from './common.js';
import { CATEGORY_TEXT, PART_TEXT, pointsText, scoreText, STATUS_SYMBOL, STATUS_TEXT } from './labels.js';

/** Markdown table cells: no pipes or line breaks inside. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function evidenceLines(ev: Evidence, lang: Lang): string[] {
  const out: string[] = [];
  if (ev.counts.length > 0)
    out.push(`  - ${ev.counts.map((c) => `${c.label[lang]}: **${c.value}**`).join(' · ')}`);
  if (ev.expected || ev.actual) {
    const exp = ev.expected ? `${lang === 'ru' ? 'ожидается' : 'expected'}: ${ev.expected[lang]}` : '';
    const act = ev.actual ? `${lang === 'ru' ? 'на деле' : 'actual'}: ${ev.actual[lang]}` : '';
    out.push(`  - ${[exp, act].filter(Boolean).join('; ')}`);
  }
  for (const g of ev.samples ?? []) {
    const more =
      g.total > g.items.length
        ? lang === 'ru'
          ? ` (показано ${g.items.length} из ${g.total})`
          : ` (${g.items.length} of ${g.total} shown)`
        : '';
    const items = g.items.map(
      (s) => (s.url ? `[${cell(s.label)}](${s.url})` : cell(s.label)) + (s.note ? ` — ${s.note[lang]}` : ''),
    );
    out.push(`  - ${g.title[lang]}${more}: ${items.join('; ')}`);
  }
  if (ev.read.length > 0)
    out.push(`  - ${lang === 'ru' ? 'прочитано' : 'read'}: ${ev.read.map((r) => `\`${r}\``).join(', ')}`);
  return out;
}

function details(r: StandardResult, lang: Lang): string[] {
  const out = [
    `### ${r.id} ${r.title[lang]} — ${STATUS_SYMBOL[r.status]} ${STATUS_TEXT[r.status][lang]}`,
    '',
  ];
  for (const f of r.findings) {
    const info = f.scored ? '' : lang === 'ru' ? ' _(для сведения)_' : ' _(for information)_';
    out.push(`- **${PART_TEXT[f.part][lang]}**, ${STATUS_TEXT[f.status][lang]}: ${f.message[lang]}${info}`);
    out.push(...evidenceLines(f.evidence, lang));
    for (const l of f.locations ?? []) out.push(`  - \`${l.file}:${l.line}:${l.col}\``);
  }
  if (r.suppression) {
    const s = r.suppression;
    out.push(
      `- ${lang === 'ru' ? 'Исключение до' : 'Suppressed until'} ${s.expires}${s.expired ? (lang === 'ru' ? ' (истекло)' : ' (expired)') : ''}: ${s.reason}`,
    );
  }
  if (r.status !== 'pass' && r.status !== 'manual-attested')
    out.push(`- ${lang === 'ru' ? 'Как исправить' : 'How to fix'}: ${r.remediation[lang]}`);
  out.push('');
  return out;
}

/** For pull-request comments and client handouts: score, categories, a table, then the evidence. */
export function formatAuditMarkdown(report: AuditReport, lang: Lang): string {
  const ru = lang === 'ru';
  const out: string[] = [];
  out.push(`# ${ru ? 'Аудит отдела продаж' : 'Sales department audit'}`, '');
  out.push(`${sourceLine(report, lang)}  `, `${identityLine(report, lang)}`, '');
  out.push(
    `## ${ru ? 'Оценка' : 'Score'}: ${scoreText(report.score.value)} / 100 — ${gradeTitle(report, lang)}`,
    '',
  );
  out.push(gradeAction(report, lang), '');
  out.push(
    `| ${ru ? 'Категория' : 'Category'} | ${ru ? 'Оценка' : 'Score'} | ${ru ? 'Стандартов' : 'Standards'} |`,
    '|---|---:|---:|',
  );
  for (const c of report.score.byCategory)
    out.push(`| ${CATEGORY_TEXT[c.category][lang]} | ${scoreText(c.value)} | ${c.counted} |`);
  out.push('');
  out.push(
    `| ID | ${ru ? 'Стандарт' : 'Standard'} | ${ru ? 'Статус' : 'Status'} | ${ru ? 'Вес' : 'Weight'} | ${ru ? 'Балл' : 'Points'} |`,
    '|---|---|---|---:|---:|',
  );
  for (const r of report.results) {
    const sup = isSuppressed(r) ? (ru ? ' (исключён)' : ' (suppressed)') : '';
    out.push(
      `| ${r.id} | ${cell(r.title[lang])} | ${STATUS_SYMBOL[r.status]} ${STATUS_TEXT[r.status][lang]}${sup} | ${r.weight} | ${pointsText(r.points)} |`,
    );
  }
  out.push('', `## ${ru ? 'Стандарты подробно' : 'Standards in detail'}`, '');
  for (const r of report.results) out.push(...details(r, lang));
  out.push(`## ${ru ? 'Подтверждения' : 'Attestations'}`, '');
  if (report.attestations.length === 0) out.push(ru ? 'Подтверждений нет.' : 'No attestations.', '');
  else {
    out.push(
      `| ID | ${ru ? 'Кто' : 'By'} | ${ru ? 'Когда' : 'At'} | ${ru ? 'До' : 'Expires'} | ${ru ? 'Что проверено' : 'Note'} |`,
      '|---|---|---|---|---|',
    );
    for (const a of report.attestations)
      out.push(
        `| ${a.standard} | ${cell(a.by)} | ${a.at} | ${a.expires ?? '—'}${a.expired ? (ru ? ' (истекло)' : ' (expired)') : ''} | ${cell(a.note)} |`,
      );
    out.push('');
  }
  out.push(`## ${ru ? 'Исключения' : 'Suppressions'}`, '');
  if (report.suppressions.length === 0) out.push(ru ? 'Исключений нет.' : 'No suppressions.', '');
  else {
    out.push(
      `| ID | ${ru ? 'Причина' : 'Reason'} | ${ru ? 'До' : 'Expires'} | ${ru ? 'Где' : 'Source'} |`,
      '|---|---|---|---|',
    );
    for (const s of report.suppressions)
      out.push(
        `| ${s.standard} | ${cell(s.reason)} | ${s.expires}${s.expired ? (ru ? ' (истекло)' : ' (expired)') : ''} | ${s.source} |`,
      );
    out.push('');
  }
  out.push(`## ${ru ? 'Приложение: ручные проверки' : 'Appendix: manual checks'}`, '');
  for (const r of manualResults(report))
    out.push(
      `- [${r.status === 'manual-attested' ? 'x' : ' '}] **${r.id}** ${r.title[lang]}: ${r.remediation[lang]} \`b24cfg attest ${r.id} --by … --note …\``,
    );
  const req = requestsLine(report, lang);
  if (req) out.push('', req);
  return `${out.join('\n')}\n`;
}
