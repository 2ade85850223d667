import type { AuditData, DealRow, TaskRow } from '../../../src/standards/audit-data.js';
import type { Text } from '../../../src/core/i18n.js';
import type { AuditContext, Sample } from '../../../src/standards/types.js';
import { portalLink } from '../../../src/standards/helpers/portal.js';

/** Task statuses that are still work to do: new, pending, in progress (tasks fields.md). */
export const OPEN_TASK_STATUSES: ReadonlySet<number> = new Set([1, 2, 3]);

export function isOpenTask(t: TaskRow): boolean {
  return OPEN_TASK_STATUSES.has(t.status);
}

/**
 * Tasks whose deadline can still pass: everything but "supposedly done" (4) and "done" (5). This is the
 * portal's own rule for the overdue meta status (tasks.task.list STATUS = -1), which counts deferred
 * tasks (6) too (docs/bitrix24/parity.md#tasks-task-list).
 */
export function isUnfinishedTask(t: TaskRow): boolean {
  return t.status !== 4 && t.status !== 5;
}

/** Epoch ms of a portal date, or NaN. */
export function ms(iso: string | null | undefined): number {
  return iso ? Date.parse(iso) : Number.NaN;
}

export function openActivityDeals(data: AuditData): Set<number> {
  return new Set(data.openActivities.map((a) => a.owner));
}

export function openTaskDeals(data: AuditData): Set<number> {
  return new Set(data.tasks.filter(isOpenTask).flatMap((t) => t.deals));
}

/**
 * Issue #18 changed the data's scope: the audit reads unfinished tasks and the finished ones created in
 * the window, and each standard that looks back keeps to its own window, so the checks do the same.
 */
export function tasksInWindow(data: AuditData, since: number): TaskRow[] {
  return data.tasks.filter((t) => isUnfinishedTask(t) || ms(t.created) >= since);
}

/** Deal id → the tasks bound to it (those in the window starting at `since`, issue #18). */
export function tasksByDeal(data: AuditData, since: number): Map<number, TaskRow[]> {
  const out = new Map<number, TaskRow[]>();
  for (const t of tasksInWindow(data, since))
    for (const d of t.deals) {
      const list = out.get(d);
      if (list) list.push(t);
      else out.set(d, [t]);
    }
  return out;
}

/** Deals closed at or after `since` (ms) and not after the audit moment. */
export function closedSince(rows: readonly DealRow[], since: number, now: number): DealRow[] {
  return rows.filter((d) => {
    const t = ms(d.closed);
    return t >= since && t <= now;
  });
}

export function dealSample(ctx: AuditContext, d: DealRow, note?: Sample['note']): Sample {
  // The stage as people name it ("Презентация"), not its STATUS_ID ("C1:PRESENT"), when the portal was read.
  const stage =
    ctx.state?.statuses.find((x) => x.statusId === d.stage && x.entityId.startsWith('DEAL_STAGE'))?.name ??
    d.stage;
  const s: Sample = { id: d.id, label: `#${d.id} · ${stage}`, url: portalLink(ctx, 'deal', d.id) };
  if (note) s.note = note;
  return s;
}

export function taskSample(ctx: AuditContext, t: TaskRow): Sample {
  return { id: t.id, label: `#${t.id} · ${t.title}`, url: portalLink(ctx, 'task', t.id, t.responsible) };
}

/**
 * A portal timestamp ("2026-11-20T14:05:00+03:00") as a reader writes it, in the portal's own time as
 * the portal printed it: "20.11.2026 14:05" / "2026-11-20 14:05". Anything else is shown as it came.
 */
export function portalDate(iso: string | null | undefined): Text {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso ?? '');
  if (!m) return { ru: iso ?? '?', en: iso ?? '?' };
  const [, y, mo, d, h, mi] = m;
  const time = h !== undefined && mi !== undefined ? ` ${h}:${mi}` : '';
  return { ru: `${d}.${mo}.${y}${time}`, en: `${y}-${mo}-${d}${time}` };
}
