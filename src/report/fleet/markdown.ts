import type { Lang } from '../../core/i18n.js';
import { CATEGORIES } from '../../standards/types.js';
import { scoreText } from '../audit/labels.js';
import { CATEGORY_TEXT } from '../audit/messages.js';
import {
  deltaText,
  gradeTitle,
  identityLine,
  labelsText,
  plain,
  requestsLine,
  summaryLine,
  worstFirst,
} from './common.js';
import { FLEET_WORDS as W, REASON_TEXT } from './messages.js';
import type { FleetPortalResult, FleetResult, ReportHref } from './types.js';

/** A table cell: one line, no pipe that would split it. */
function cell(s: string): string {
  return plain(s).replace(/\|/g, '\\|').trim();
}

function nameCell(p: FleetPortalResult, href: ReportHref): string {
  return p.report ? `[${cell(p.name)}](${encodeURI(href(p.report))})` : cell(p.name);
}

function auditTable(r: FleetResult, lang: Lang, href: ReportHref): string[] {
  const head = [
    W.portal[lang],
    W.score[lang],
    W.grade[lang],
    W.change[lang],
    ...CATEGORIES.map((c) => CATEGORY_TEXT[c][lang]),
    W.labels[lang],
  ];
  const rows = worstFirst(r)
    .filter((p) => !p.error)
    .map((p) => {
      const by = new Map((p.score?.byCategory ?? []).map((c) => [c.category, c.value]));
      const gate = (p.gateFailed?.length ?? 0) > 0 ? ' ✗' : '';
      return [
        nameCell(p, href),
        `${scoreText(p.score?.value ?? 0)}${gate}`,
        p.score ? gradeTitle(p.score.grade, lang) : '',
        p.change ? deltaText(p.change.delta) : '—',
        ...CATEGORIES.map((c) => scoreText(by.get(c) ?? null)),
        cell(labelsText(p.labels)),
      ];
    });
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((x) => `| ${x.join(' | ')} |`),
  ];
}

function planTable(r: FleetResult, lang: Lang, href: ReportHref): string[] {
  const keys = ['create', 'update', 'rename', 'delete', 'blocked', 'manual'] as const;
  const head = [W.portal[lang], W.result[lang], ...keys.map((k) => W[k][lang]), W.labels[lang]];
  const rows = worstFirst(r)
    .filter((p) => !p.error)
    .map((p) => [
      nameCell(p, href),
      p.plan?.drift ? W.drift[lang] : W.inSync[lang],
      ...keys.map((k) => String(p.plan?.summary[k] ?? 0)),
      cell(labelsText(p.labels)),
    ]);
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((x) => `| ${x.join(' | ')} |`),
  ];
}

/** For a pull request, an issue or a wiki page: the table worst first, the failed portals, the changes. */
export function formatFleetMarkdown(r: FleetResult, lang: Lang, href: ReportHref = (x) => x): string {
  const out = [
    `# ${r.kind === 'audit' ? W.fleetAudit[lang] : W.fleetPlan[lang]}`,
    '',
    `**${summaryLine(r, lang)}**`,
    '',
  ];
  out.push(...(r.kind === 'audit' ? auditTable(r, lang, href) : planTable(r, lang, href)), '');
  const failed = worstFirst(r).filter((p) => p.error);
  if (failed.length > 0) {
    out.push(`## ${W.errors[lang]}`, '');
    for (const p of failed) {
      const e = p.error;
      if (!e) continue;
      out.push(`- **${cell(p.name)}** \`${e.code}\` (${REASON_TEXT[e.reason][lang]}): ${cell(e.message)}`);
      if (e.hint) out.push(`  - ${W.hint[lang]} \`${cell(e.hint)}\``);
    }
    out.push('');
  }
  const changed = r.portals.filter(
    (p) => p.change && (p.change.newlyFailing.length > 0 || p.change.fixed.length > 0),
  );
  if (changed.length > 0) {
    out.push(`## ${W.changesSince[lang]}`, '');
    for (const p of changed) {
      const c = p.change;
      if (!c) continue;
      const parts = [
        `**${cell(p.name)}** ${scoreText(c.previousScore)} → ${scoreText(p.score?.value ?? 0)} (${deltaText(c.delta)}, ${W.since[lang]} ${c.since})`,
      ];
      if (c.newlyFailing.length > 0) parts.push(`${W.newlyFailing[lang]}: ${c.newlyFailing.join(', ')}`);
      if (c.fixed.length > 0) parts.push(`${W.fixed[lang]}: ${c.fixed.join(', ')}`);
      out.push(`- ${parts.join(' · ')}`);
    }
    out.push('');
  }
  out.push(`_${requestsLine(r, lang)}_`, '', `_${identityLine(r, lang)}_`, '');
  return out.join('\n');
}
