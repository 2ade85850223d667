import type { DealRow, TaskRow } from '../audit-data.js';
import type { Text } from '../../core/i18n.js';
import type { AuditContext, Sample } from '../types.js';
import { portalLink } from './portal.js';

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

/**
 * The tasks the audit reads for a window that starts at `since` (epoch ms): every unfinished task, and
 * the finished ones created since. The audit scans exactly that union (src/audit/collect-plan.ts,
 * docs/bitrix24/data-audit.md#which-tasks-the-audit-reads); a standard applies its own window with it,
 * so a snapshot that holds more tasks (one saved before the scan was windowed) gives the same result.
 */
export function taskInWindow(t: TaskRow, since: number): boolean {
  return isUnfinishedTask(t) || ms(t.created) >= since;
}

/** Epoch ms of a portal date, or NaN. */
export function ms(iso: string | null | undefined): number {
  return iso ? Date.parse(iso) : Number.NaN;
}

/** Whether a deal closed at or after `since` (ms) and not after the audit moment. */
export function closedWithin(d: DealRow, since: number, now: number): boolean {
  const t = ms(d.closed);
  return t >= since && t <= now;
}

export function dealSample(
  ctx: AuditContext,
  d: Pick<DealRow, 'id' | 'stage'>,
  note?: Sample['note'],
): Sample {
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

/**
 * Deals kept for a decision that needs other families first (has this open deal an open activity?):
 * their id and stage only, a few bytes each, the stage names shared.
 */
export class DealList {
  readonly ids: number[] = [];
  private readonly stageOf: number[] = [];
  private readonly stages: string[] = [];
  private readonly stageIndex = new Map<string, number>();

  /** Adds the deal and returns its position. */
  push(d: Pick<DealRow, 'id' | 'stage'>): number {
    let s = this.stageIndex.get(d.stage);
    if (s === undefined) {
      s = this.stages.length;
      this.stages.push(d.stage);
      this.stageIndex.set(d.stage, s);
    }
    this.ids.push(d.id);
    this.stageOf.push(s);
    return this.ids.length - 1;
  }

  get length(): number {
    return this.ids.length;
  }

  /** The deal at position `i`, as samples show it. */
  at(i: number): Pick<DealRow, 'id' | 'stage'> {
    return { id: this.ids[i] as number, stage: this.stages[this.stageOf[i] as number] as string };
  }
}
