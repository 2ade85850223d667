import { fmt, type Lang } from '../../core/i18n.js';
import { planText } from '../../resources/plan-text.js';
import type { Plan } from '../../resources/plan.js';
import { changeHeadline, impactText, valueText } from './describe-change.js';
import { groupChanges, keptSummary, SYMBOL } from './groups.js';
import { PLAN_REPORT_MESSAGES as M } from './messages.js';

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/</g, '&lt;');

/** The plan as a pull-request comment: a summary table, then one collapsible section per group. */
export function formatPlanMarkdown(plan: Plan, lang: Lang): string {
  const s = plan.summary;
  const out: string[] = [];
  out.push(fmt(M.mdHeading, lang, { host: plan.portal.host }), '');
  out.push(fmt(M.mdTable, lang));
  out.push('|---:|---:|---:|---:|---:|---:|');
  out.push(`| ${s.create} | ${s.update} | ${s.rename} | ${s.delete} | ${s.blocked} | ${s.manual} |`, '');
  for (const g of groupChanges(plan, lang)) {
    const writes = g.changes.filter((c) => c.op !== 'manual').length;
    out.push(
      `<details${writes > 0 ? ' open' : ''}><summary><b>${esc(g.title)}</b> (${g.changes.length})</summary>`,
      '',
    );
    out.push('```diff');
    for (const c of g.changes) {
      const sym = SYMBOL[c.op];
      // diff-fenced blocks colour lines starting with + and -; others read as context.
      const lead = sym === '+' || sym === '-' ? sym : sym === '~' ? '!' : '#';
      const impact = impactText(c, lang);
      out.push(`${lead} ${sym} ${changeHeadline(c, lang)}${impact ? ` (${impact})` : ''}`);
      if (c.op === 'update' || c.op === 'rename')
        for (const d of c.diffs) out.push(`#     ${d.field}: ${valueText(d.before)} → ${valueText(d.after)}`);
      if (c.op === 'blocked') out.push(`#     ${planText(c.reason, lang)}`);
    }
    out.push('```', '', '</details>', '');
  }
  const kept = keptSummary(plan.kept, lang);
  if (kept) out.push(`_${kept}_`, '');
  out.push(
    fmt(M.mdFooter, lang, {
      file: plan.spec.file,
      hash: plan.spec.hash.slice(0, 12),
      fingerprint: plan.portal.fingerprint.slice(0, 19),
    }),
  );
  return `${out.join('\n')}\n`;
}
