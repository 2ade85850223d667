import { fmt, type Lang } from '../../core/i18n.js';
import type { Change, KeptNote, Plan } from '../../resources/plan.js';
import { kindOf, kindsInReadingOrder } from '../../resources/registry.js';
import { PLAN_REPORT_MESSAGES as M } from './messages.js';

/** Changes grouped for display: one group per direction, per entity's fields, and the rest. */
export interface ChangeGroup {
  title: string;
  changes: Change[];
}

/** The group a change is listed under: its kind decides (a direction, "Deal fields", "Open lines" …). */
export function groupTitleOf(c: Change, lang: Lang): string {
  return kindOf(c.kind)?.describe?.group(c, lang) ?? c.kind;
}

export function groupChanges(plan: Pick<Plan, 'changes'>, lang: Lang): ChangeGroup[] {
  const groups = new Map<string, Change[]>();
  for (const c of plan.changes) {
    const t = groupTitleOf(c, lang);
    const list = groups.get(t) ?? [];
    list.push(c);
    groups.set(t, list);
  }
  return [...groups].map(([title, changes]) => ({ title, changes }));
}

export const SYMBOL: Record<Change['op'], string> = {
  create: '+',
  update: '~',
  rename: '⇄',
  delete: '-',
  blocked: '✗',
  manual: '!',
};

/** "= left as they are …: 5 stages, 2 fields": objects not in the spec, counted as each kind names them. */
export function keptSummary(kept: readonly KeptNote[], lang: Lang): string | undefined {
  const notInSpec = kept.filter((k) => k.why === 'not-in-spec');
  if (notInSpec.length === 0) return undefined;
  const parts: string[] = [];
  for (const kind of kindsInReadingOrder) {
    for (const [changeKind, label] of Object.entries(kind.describe?.kept ?? {})) {
      const n = notInSpec.filter((k) => k.kind === changeKind).length;
      if (n > 0 && label) parts.push(fmt(n === 1 ? label.one : label.many, lang, { n }));
    }
  }
  return fmt(M.kept, lang, { parts: parts.join(', ') });
}
