import type { ChalkInstance } from 'chalk';
import { diffWords } from 'diff';
import { fmt, type Lang } from '../../core/i18n.js';
import { terminalSafe } from '../../core/terminal-text.js';
import { planText } from '../../resources/plan-text.js';
import type { Change, FieldDiff, KeptNote, Plan } from '../../resources/plan.js';
import { shellWord } from '../../core/shell.js';
import { archiveByHand, archiveView, groupsOnlyOnPortal, type ArchiveView } from './archive.js';
import { PLAN_ARCHIVE_MESSAGES } from './archive-messages.js';
import { changeHeadline, createDetails, impactText, valueText } from './describe-change.js';
import { groupChanges, keptSummary, SYMBOL } from './groups.js';
import { PLAN_REPORT_MESSAGES as M } from './messages.js';

export interface PrettyOptions {
  lang: Lang;
  chalk: ChalkInstance;
  /**
   * What to show of the manual (`!`) items the spec always has (robots, roles …), whether the portal
   * matches or not: one line counting them with the commands that list them (the default), every item
   * (`--show-manual`, and the default when a CRM settings archive checks them), or nothing
   * (`--hide-manual`, for drift checks, which also drops manual items found on the portal).
   */
  manual?: 'count' | 'list' | 'hide' | undefined;
  /** -v: name each object left as it is, not only count them. */
  verbose?: boolean;
}

/** The plan as a human reads it: grouped by direction and entity, one symbol per change, field diffs. */
export function formatPlanPretty(plan: Plan, o: PrettyOptions): string {
  const { lang, chalk } = o;
  const lines: string[] = [];
  const colour: Record<Change['op'], (s: string) => string> = {
    create: chalk.green,
    update: chalk.yellow,
    rename: chalk.cyan,
    delete: chalk.red,
    blocked: chalk.magenta,
    manual: chalk.blue,
  };
  lines.push(chalk.bold(fmt(M.title, lang, { host: plan.portal.host })) + chalk.dim(` · ${plan.spec.file}`));
  const archive = plan.manualCheck ? archiveView(plan, plan.manualCheck, lang) : undefined;
  if (archive) lines.push(chalk.dim(archive.header));
  const manual = o.manual ?? (archive ? 'list' : 'count');
  // Counted, not listed: the spec's standing handover items (kind "manual": robots, roles …), the same
  // in every plan. A manual item that is a difference found on this portal (a field's default) is listed.
  const standing = (c: Change) => c.op === 'manual' && c.kind === 'manual';
  const hidden = (c: Change) => (manual === 'hide' ? c.op === 'manual' : manual === 'count' && standing(c));
  const visible = { ...plan, changes: plan.changes.filter((c) => !hidden(c)) };
  const groups = groupChanges(visible, lang);
  const portalOnly = (title: string) =>
    manual !== 'list' ? [] : (archive?.portalOnly.get(title) ?? []).map((l) => `  ${chalk.cyan('+')} ${l}`);
  for (const g of groups) {
    lines.push('', chalk.bold(g.title));
    for (const c of g.changes) {
      const verdict = c.op === 'manual' ? archive?.verdict(c) : undefined;
      if (c.op === 'manual' && verdict) {
        lines.push(...archiveLines(c, verdict, lang, chalk));
        continue;
      }
      const sym = colour[c.op](SYMBOL[c.op]);
      let line = `  ${sym} ${changeHeadline(c, lang)}`;
      const impact = impactText(c, lang);
      if (impact) line += chalk.red(` (${impact})`);
      lines.push(line);
      if (c.op === 'blocked') {
        lines.push(`      ${chalk.magenta(planText(c.reason, lang))}`);
        if (c.hint) lines.push(`      ${chalk.dim(planText(c.hint, lang))}`);
      }
      if (c.op === 'manual') lines.push(`      ${chalk.dim(planText(c.reason, lang))}`);
      if (c.op === 'create') lines.push(...createDetails(c, lang).map((l) => `      ${chalk.dim(l)}`));
      const diffs: FieldDiff[] =
        c.op === 'update' || c.op === 'rename' || c.op === 'blocked' ? (c.diffs ?? []) : [];
      for (const d of diffs) lines.push(`      ${d.field}: ${diffValue(d, chalk)}`);
      if (c.note) lines.push(`      ${chalk.dim(planText(c.note, lang))}`);
    }
    lines.push(...portalOnly(g.title));
  }
  if (archive && manual === 'list')
    for (const title of groupsOnlyOnPortal(
      archive,
      groups.map((g) => g.title),
    ))
      lines.push('', chalk.bold(title), ...portalOnly(title));
  const kept = keptSummary(plan.kept, lang);
  if (kept) lines.push('', chalk.dim(kept));
  if (kept && o.verbose) lines.push(...keptNames(plan.kept).map((n) => chalk.dim(`    = ${n}`)));
  const n = manual === 'count' ? plan.changes.filter(standing).length : 0;
  if (n > 0) {
    lines.push(
      '',
      `${colour.manual(SYMBOL.manual)} ${fmt(M.manualCount, lang, { n, spec: shellWord(plan.spec.file) })}`,
    );
  }
  lines.push('', summaryLine(plan, lang, chalk, archive));
  return terminalSafe(`${lines.join('\n')}\n`, { keepColor: chalk.level > 0 });
}

/** A manual item checked against the archive: ✓, ✗ with its differences, or `!` with why it cannot be told. */
function archiveLines(
  c: Extract<Change, { op: 'manual' }>,
  v: NonNullable<ReturnType<ArchiveView['verdict']>>,
  lang: PrettyOptions['lang'],
  chalk: ChalkInstance,
): string[] {
  const mark = v.mark === '✓' ? chalk.green('✓') : v.mark === '✗' ? chalk.red('✗') : chalk.blue('!');
  const out = [`  ${mark} ${changeHeadline(c, lang)}`];
  if (v.mark === '!') out.push(`      ${chalk.dim(planText(c.reason, lang))}`);
  for (const n of v.notes) out.push(`      ${v.mark === '✗' ? n : chalk.dim(n)}`);
  return out;
}

/** "B2B ▸ Подготовка документов (PREPARATION)": each object left as it is, for -v. */
function keptNames(kept: readonly KeptNote[]): string[] {
  return kept
    .filter((k) => k.why === 'not-in-spec')
    .map((k) => {
      const path = k.path.join(' ▸ ');
      return path.includes(k.key) ? path : `${path} (${k.key})`;
    });
}

function diffValue(d: FieldDiff, chalk: ChalkInstance): string {
  if (
    typeof d.before === 'string' &&
    typeof d.after === 'string' &&
    (d.before.length > 24 || d.after.length > 24)
  ) {
    return diffWords(d.before, d.after)
      .map((p) => (p.added ? chalk.green(`[+${p.value}]`) : p.removed ? chalk.red(`[-${p.value}]`) : p.value))
      .join('');
  }
  return `${chalk.red(valueText(d.before))} → ${chalk.green(valueText(d.after))}`;
}

export function summaryLine(plan: Plan, lang: Lang, chalk: ChalkInstance, archive?: ArchiveView): string {
  const s = plan.summary;
  const writes = s.create + s.update + s.rename + s.delete;
  // With the archive the manual items are counted by what it shows, not only listed.
  const byHand = archive ? ` ${archiveByHand(archive, lang)}` : '';
  const manualDrift = archive ? archive.counts.todo + archive.counts.portalOnly : 0;
  if (writes === 0 && s.blocked === 0 && archive && manualDrift > 0)
    return chalk.yellow(fmt(PLAN_ARCHIVE_MESSAGES.onlyManual, lang)) + byHand;
  if (writes === 0 && s.blocked === 0) {
    return (
      chalk.green(fmt(M.noChanges, lang)) +
      (archive
        ? chalk.dim(byHand)
        : s.manual > 0
          ? chalk.dim(` ${fmt(M.byHandCount, lang, { n: s.manual })}`)
          : '')
    );
  }
  return `${fmt(M.summary, lang, {
    create: chalk.green(fmt(M.sumCreate, lang, { n: s.create })),
    update: chalk.yellow(fmt(M.sumUpdate, lang, { n: s.update })),
    rename: chalk.cyan(fmt(M.sumRename, lang, { n: s.rename })),
    delete: chalk.red(fmt(M.sumDelete, lang, { n: s.delete })),
    blocked: chalk.magenta(fmt(M.sumBlocked, lang, { n: s.blocked })),
    manual: chalk.blue(fmt(M.sumManual, lang, { n: s.manual })),
  })}${byHand}`;
}
