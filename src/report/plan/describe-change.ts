import { fmt, type Lang } from '../../core/i18n.js';
import type { Change } from '../../resources/plan.js';
import { planText } from '../../resources/plan-text.js';
import { kindOf } from '../../resources/registry.js';
import { PLAN_REPORT_MESSAGES as M } from './messages.js';

/** One line per change: what object, in words a consultant uses (each kind's `describe`). */
export function changeHeadline(c: Change, lang: Lang): string {
  if (c.op === 'manual') return planText(c.summary, lang);
  return kindOf(c.kind)?.describe?.headline(c, lang) ?? c.key;
}

/** Extra lines under a create, from its kind. */
export function createDetails(c: Extract<Change, { op: 'create' }>, lang: Lang): string[] {
  // The kind that owns c.kind describes exactly its own creates (the registry's loose view cannot say so).
  return kindOf(c.kind)?.describe?.createDetails?.(c as never, lang) ?? [];
}

/**
 * Why a write did not stick, from the change the verification re-plan still wants: what the portal
 * holds against what was written, and the kind's explanation (e.g. a value the portal coerces).
 */
export function notAppliedDetails(again: Change, lang: Lang): string[] {
  const out: string[] = [];
  const diffs =
    again.op === 'update' || again.op === 'rename' || again.op === 'blocked' ? (again.diffs ?? []) : [];
  for (const d of diffs) {
    out.push(
      fmt(M.notAppliedDiff, lang, { field: d.field, before: valueText(d.before), after: valueText(d.after) }),
    );
  }
  if (again.op === 'create') out.push(fmt(M.notAppliedMissing, lang));
  if (again.op === 'blocked') out.push(planText(again.reason, lang));
  if (again.note) out.push(planText(again.note, lang));
  return out;
}

export function impactText(c: Change, lang: Lang): string | undefined {
  const i = 'impact' in c ? c.impact : undefined;
  if (!i) return undefined;
  if (i.deals !== undefined && i.deals > 0) return fmt(M.impactDeals, lang, { n: i.deals });
  if (i.records !== undefined && i.records > 0) return fmt(M.impactRecords, lang, { n: i.records });
  return undefined;
}

export function valueText(v: unknown): string {
  if (v === null || v === undefined) return '∅';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}
