import { fmt, type Lang } from '../../core/i18n.js';
import { MANUAL_MESSAGES } from '../../resources/manual/messages.js';
import { verdictsById, type CheckedItem, type ManualCheck } from '../../resources/manual-archive/check.js';
import { FOUND_WORDS } from '../../resources/manual-archive/messages.js';
import { archiveAgeText, differenceText, notProvenText } from '../../resources/manual-archive/words.js';
import type { Change, ManualChange, Plan } from '../../resources/plan.js';
import { PLAN_ARCHIVE_MESSAGES as A } from './archive-messages.js';

/**
 * A plan's manual items as `plan --crm-settings` shows them (docs/bitrix24/crm-settings-archive.md):
 * ✓ the archive shows it as the spec says, ✗ it is missing or differs (with each difference), `!`
 * as without the archive when the archive cannot show it, and `+` for what is set up only on the
 * portal. The pretty and markdown renderers share this view.
 */
export type ManualMark = '✓' | '✗' | '!';

export interface ManualVerdict {
  mark: ManualMark;
  /** Lines under the item: differences, or why the archive cannot tell. */
  notes: string[];
}

export interface ArchiveView {
  header: string;
  verdict(c: ManualChange): ManualVerdict | undefined;
  /** What is only on the portal, by the plan group it belongs to. */
  portalOnly: ReadonlyMap<string, string[]>;
  counts: { matches: number; todo: number; portalOnly: number; unchecked: number };
}

function verdictOf(v: CheckedItem | undefined, lang: Lang): ManualVerdict | undefined {
  if (!v) return undefined;
  if (v.status === 'matches') return { mark: '✓', notes: [] };
  if (v.status === 'differs') return { mark: '✗', notes: v.differences.map((d) => differenceText(d, lang)) };
  return { mark: '!', notes: [notProvenText(v, lang)] };
}

/** The plan group an item only on the portal belongs to: its direction, or "Other (by hand)" for roles. */
function groupOf(i: CheckedItem, lang: Lang): string {
  return i.path.length > 1 ? (i.path[0] as string) : MANUAL_MESSAGES.groupOther[lang];
}

export function archiveView(plan: Pick<Plan, 'changes'>, check: ManualCheck, lang: Lang): ArchiveView {
  const byId = verdictsById(check);
  const portalOnly = new Map<string, string[]>();
  for (const i of check.items) {
    if (i.status !== 'portal_only') continue;
    const line = `${i.found?.[lang] ?? i.id} — ${fmt(FOUND_WORDS.onlyOnPortal, lang)}`;
    const g = groupOf(i, lang);
    portalOnly.set(g, [...(portalOnly.get(g) ?? []), i.path.length > 1 ? `${i.path[1]}: ${line}` : line]);
  }
  const manual = plan.changes.filter((c): c is ManualChange => c.op === 'manual');
  const unchecked = manual.filter((c) => {
    const s = byId.get(c.id)?.status;
    return s === undefined || s === 'not_in_archive' || s === 'unprovable';
  }).length;
  return {
    header: fmt(FOUND_WORDS.archiveLine, lang, {
      file: check.archive.file,
      age: archiveAgeText(check.archive.writtenAt, check.archive.ageDays, lang),
    }),
    verdict: (c) => verdictOf(byId.get(c.id), lang),
    portalOnly,
    counts: {
      matches: check.counts.matches,
      todo: check.counts.differs,
      portalOnly: check.counts.portal_only,
      unchecked,
    },
  };
}

/** "By hand: ✓ 74 match the archive, ✗ 0 to do, + 0 only on the portal, ! 16 cannot be checked …". */
export function archiveByHand(view: ArchiveView, lang: Lang): string {
  return fmt(A.byHand, lang, view.counts);
}

/** Groups that hold only items set up on the portal alone, in the order they were met. */
export function groupsOnlyOnPortal(view: ArchiveView, shown: readonly string[]): string[] {
  return [...view.portalOnly.keys()].filter((g) => !shown.includes(g));
}

export const isManual = (c: Change): c is ManualChange => c.op === 'manual';
