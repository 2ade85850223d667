import { fmt, type Lang } from '../../core/i18n.js';
import { archiveAgeText } from '../../resources/manual-archive/words.js';
import { planText } from '../../resources/plan-text.js';
import type { Plan } from '../../resources/plan.js';
import { archiveView, groupsOnlyOnPortal } from './archive.js';
import { PLAN_ARCHIVE_MESSAGES as A } from './archive-messages.js';
import { changeHeadline, impactText, valueText } from './describe-change.js';
import { groupChanges, keptSummary, SYMBOL } from './groups.js';
import { PLAN_REPORT_MESSAGES as M } from './messages.js';
import { terminalSafe } from '../../core/terminal-text.js';

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/</g, '&lt;');

/** The plan as a pull-request comment: a summary table, then one collapsible section per group. */
export function formatPlanMarkdown(plan: Plan, lang: Lang): string {
  const s = plan.summary;
  const out: string[] = [];
  out.push(fmt(M.mdHeading, lang, { host: plan.portal.host }), '');
  out.push(fmt(M.mdTable, lang));
  out.push('|---:|---:|---:|---:|---:|---:|');
  out.push(`| ${s.create} | ${s.update} | ${s.rename} | ${s.delete} | ${s.blocked} | ${s.manual} |`, '');
  const archive = plan.manualCheck ? archiveView(plan, plan.manualCheck, lang) : undefined;
  if (archive && plan.manualCheck) {
    const a = plan.manualCheck.archive;
    out.push(
      fmt(A.mdArchive, lang, {
        file: esc(a.file),
        age: archiveAgeText(a.writtenAt, a.ageDays, lang),
        ...archive.counts,
      }),
      '',
    );
  }
  const groups = groupChanges(plan, lang);
  // diff-fenced blocks colour lines starting with + and -: ✓ reads green, ✗ red, the rest as context.
  const portalOnly = (title: string) => (archive?.portalOnly.get(title) ?? []).map((l) => `! + ${l}`);
  for (const title of archive
    ? groupsOnlyOnPortal(
        archive,
        groups.map((g) => g.title),
      )
    : [])
    groups.push({ title, changes: [] });
  for (const g of groups) {
    const writes = g.changes.filter((c) => c.op !== 'manual').length;
    const open = writes > 0 || (archive?.portalOnly.has(g.title) ?? false);
    const count = g.changes.length + (archive?.portalOnly.get(g.title)?.length ?? 0);
    out.push(`<details${open ? ' open' : ''}><summary><b>${esc(g.title)}</b> (${count})</summary>`, '');
    out.push('```diff');
    for (const c of g.changes) {
      const verdict = c.op === 'manual' ? archive?.verdict(c) : undefined;
      if (c.op === 'manual' && verdict) {
        const lead = verdict.mark === '✓' ? '+' : verdict.mark === '✗' ? '-' : '#';
        out.push(`${lead} ${verdict.mark} ${changeHeadline(c, lang)}`);
        for (const n of verdict.notes) out.push(`#     ${n}`);
        continue;
      }
      const sym = SYMBOL[c.op];
      // diff-fenced blocks colour lines starting with + and -; others read as context.
      const lead = sym === '+' || sym === '-' ? sym : sym === '~' ? '!' : '#';
      const impact = impactText(c, lang);
      out.push(`${lead} ${sym} ${changeHeadline(c, lang)}${impact ? ` (${impact})` : ''}`);
      if (c.op === 'update' || c.op === 'rename')
        for (const d of c.diffs) out.push(`#     ${d.field}: ${valueText(d.before)} → ${valueText(d.after)}`);
      if (c.op === 'blocked') out.push(`#     ${planText(c.reason, lang)}`);
    }
    out.push(...portalOnly(g.title));
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
  return terminalSafe(`${out.join('\n')}\n`);
}
