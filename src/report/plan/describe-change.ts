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

/** One field of a change the portal accepted but did not keep, or that differs for another reason. */
export interface NotKeptField {
  field: string;
  /** What the run wrote; absent when the run did not write this field. */
  sent?: unknown;
  /** What the verification read found on the portal. */
  read: unknown;
  /** What the spec wants. */
  wanted: unknown;
}

/**
 * The fields the verification re-plan still finds different, from the change as planned and as
 * planned again: a field the run wrote was ignored by the portal (it has `sent`); any other field
 * differs for another reason. A create sent every field it has; an update only the fields that
 * differed when it was planned. `planned` is undefined when its calls did not all go through: then
 * nothing was written that the portal could have ignored.
 */
export function notKeptFields(planned: Change | undefined, again: Change): NotKeptField[] {
  const diffs =
    again.op === 'update' || again.op === 'rename' || again.op === 'blocked' ? (again.diffs ?? []) : [];
  const sentDiffs = planned?.op === 'update' || planned?.op === 'rename' ? planned.diffs : [];
  return diffs.map((d) => {
    const sent = planned?.op === 'create' ? d : sentDiffs.find((x) => x.field === d.field);
    const base = { field: d.field, read: d.before, wanted: d.after };
    return sent ? { ...base, sent: sent.after } : base;
  });
}

/**
 * Why a write did not stick: per field, "the portal ignored X: sent …, read back …" or what the
 * portal holds against what the spec wants; then the kind's explanation (e.g. a value the portal
 * coerces).
 */
export function notAppliedDetails(planned: Change | undefined, again: Change, lang: Lang): string[] {
  const out = notKeptFields(planned, again).map((f) =>
    'sent' in f
      ? fmt(M.ignored, lang, { field: f.field, sent: valueText(f.sent), read: valueText(f.read) })
      : fmt(M.notAppliedDiff, lang, {
          field: f.field,
          before: valueText(f.read),
          after: valueText(f.wanted),
        }),
  );
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
