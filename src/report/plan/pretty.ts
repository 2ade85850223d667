import type { ChalkInstance } from 'chalk';
import { diffWords } from 'diff';
import type { Lang } from '../../core/i18n.js';
import { planText } from '../../resources/plan-text.js';
import type { Change, CreateChange, FieldDiff, Plan } from '../../resources/plan.js';
import { changeHeadline, impactText, valueText } from './describe-change.js';
import { groupChanges, keptSummary, SYMBOL } from './groups.js';

export interface PrettyOptions {
  lang: Lang;
  chalk: ChalkInstance;
  /** Hide manual (`!`) items, e.g. for a drift check. */
  hideManual?: boolean;
}

/** The plan as a human reads it: grouped by direction and entity, one symbol per change, field diffs. */
export function formatPlanPretty(plan: Plan, o: PrettyOptions): string {
  const { lang, chalk } = o;
  const ru = lang === 'ru';
  const lines: string[] = [];
  const colour: Record<Change['op'], (s: string) => string> = {
    create: chalk.green,
    update: chalk.yellow,
    rename: chalk.cyan,
    delete: chalk.red,
    blocked: chalk.magenta,
    manual: chalk.blue,
  };
  lines.push(
    chalk.bold(ru ? `План для портала ${plan.portal.host}` : `Plan for portal ${plan.portal.host}`) +
      chalk.dim(` · ${plan.spec.file}`),
  );
  const visible = {
    ...plan,
    changes: o.hideManual ? plan.changes.filter((c) => c.op !== 'manual') : plan.changes,
  };
  for (const g of groupChanges(visible, lang)) {
    lines.push('', chalk.bold(g.title));
    for (const c of g.changes) {
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
  }
  const kept = keptSummary(plan.kept, lang);
  if (kept) lines.push('', chalk.dim(kept));
  lines.push('', summaryLine(plan, lang, chalk));
  return `${lines.join('\n')}\n`;
}

function createDetails(c: CreateChange, lang: Lang): string[] {
  const ru = lang === 'ru';
  if (c.kind === 'stage') {
    const d = c.desired;
    const sem =
      d.semantics === 'F'
        ? ru
          ? 'провал'
          : 'failure'
        : d.semantics === 'S'
          ? ru
            ? 'успех'
            : 'success'
          : '';
    return [[`SORT ${String(d.sort)}`, d.color ?? '', sem].filter(Boolean).join(' · ')];
  }
  if (c.kind === 'userField') {
    const d = c.desired;
    const items = d.items.length;
    const label: string | undefined =
      typeof d.label === 'string'
        ? d.label
        : Object.values(d.label as Readonly<Record<string, string | undefined>>)[0];
    return [
      [
        `«${label ?? ''}»`,
        d.multiple ? (ru ? 'множественное' : 'multiple') : '',
        items ? (ru ? `${items} знач.` : `${items} items`) : '',
      ]
        .filter(Boolean)
        .join(' · '),
    ];
  }
  return [];
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

export function summaryLine(plan: Plan, lang: Lang, chalk: ChalkInstance): string {
  const s = plan.summary;
  const writes = s.create + s.update + s.rename + s.delete;
  if (writes === 0 && s.blocked === 0) {
    const base =
      lang === 'ru'
        ? 'Изменений нет: портал совпадает со спецификацией.'
        : 'No changes: the portal matches the spec.';
    return (
      chalk.green(base) +
      (s.manual > 0 ? chalk.dim(lang === 'ru' ? ` Вручную: ${s.manual}.` : ` By hand: ${s.manual}.`) : '')
    );
  }
  return lang === 'ru'
    ? `Итого: ${chalk.green(`+${s.create} создать`)}, ${chalk.yellow(`~${s.update} изменить`)}, ${chalk.cyan(`⇄${s.rename} переименовать`)}, ${chalk.red(`-${s.delete} удалить`)}, ${chalk.magenta(`✗${s.blocked} отклонено`)}, ${chalk.blue(`!${s.manual} вручную`)}`
    : `Summary: ${chalk.green(`+${s.create} to create`)}, ${chalk.yellow(`~${s.update} to update`)}, ${chalk.cyan(`⇄${s.rename} to rename`)}, ${chalk.red(`-${s.delete} to delete`)}, ${chalk.magenta(`✗${s.blocked} refused`)}, ${chalk.blue(`!${s.manual} by hand`)}`;
}
