import { escapePointer } from '../located.js';
import type { Direction, LossReason, Robot, Spec, Stage, Task } from '../spec.generated.js';

/**
 * Rules also run on specs the schema rejected (so one run reports everything), hence these readers
 * never trust a shape: a list that is not a list is empty, an item that is not a mapping is skipped.
 */
export function items<T>(value: unknown, pointer: string): { item: T; ptr: string; i: number }[] {
  if (!Array.isArray(value)) return [];
  const out: { item: T; ptr: string; i: number }[] = [];
  value.forEach((item: unknown, i) => {
    if (isObject(item)) out.push({ item: item as T, ptr: `${pointer}/${i}`, i });
  });
  return out;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function obj<T>(value: T | undefined): T | undefined {
  return isObject(value) ? value : undefined;
}

export function ptr(base: string, ...segments: (string | number)[]): string {
  return base + segments.map((s) => `/${escapePointer(String(s))}`).join('');
}

export function directions(spec: Spec): { item: Direction; ptr: string; i: number }[] {
  return items<Direction>(spec.directions, '/directions');
}

export interface StageRef {
  stage: Stage;
  ptr: string;
  dir: Direction;
  dirPtr: string;
}

export function stages(spec: Spec): StageRef[] {
  return directions(spec).flatMap(({ item: dir, ptr: dirPtr }) =>
    items<Stage>(dir.stages, `${dirPtr}/stages`).map(({ item, ptr: p }) => ({
      stage: item,
      ptr: p,
      dir,
      dirPtr,
    })),
  );
}

export function lossReasons(
  spec: Spec,
): { reason: LossReason; ptr: string; dir: Direction; dirPtr: string }[] {
  return directions(spec).flatMap(({ item: dir, ptr: dirPtr }) => {
    const lost = obj(dir.lost);
    return lost
      ? items<LossReason>(lost.reasons, `${dirPtr}/lost/reasons`).map(({ item, ptr: p }) => ({
          reason: item,
          ptr: p,
          dir,
          dirPtr,
        }))
      : [];
  });
}

/** Every task of the spec: a stage's task, the won task and the lost supervisor task. */
export function tasks(spec: Spec): { task: Task; ptr: string }[] {
  const out: { task: Task; ptr: string }[] = [];
  for (const { stage, ptr: p } of stages(spec)) {
    const task = obj(stage.task);
    if (task) out.push({ task, ptr: `${p}/task` });
  }
  for (const { item: dir, ptr: p } of directions(spec)) {
    const wonTask = obj(obj(dir.won)?.task);
    if (wonTask) out.push({ task: wonTask, ptr: `${p}/won/task` });
    const review = obj(obj(dir.lost)?.supervisor_task);
    if (review) out.push({ task: review, ptr: `${p}/lost/supervisor_task` });
  }
  return out;
}

/** Every robot of the spec: on process stages, on won and on lost. */
export function robots(spec: Spec): { robot: Robot; ptr: string }[] {
  const out: { robot: Robot; ptr: string }[] = [];
  for (const { stage, ptr: p } of stages(spec)) {
    for (const r of items<Robot>(stage.robots, `${p}/robots`)) out.push({ robot: r.item, ptr: r.ptr });
  }
  for (const { item: dir, ptr: p } of directions(spec)) {
    for (const part of ['won', 'lost'] as const) {
      const section = obj(dir[part]);
      for (const r of items<Robot>(section?.robots, `${p}/${part}/robots`))
        out.push({ robot: r.item, ptr: r.ptr });
    }
  }
  return out;
}

/** Data for an optional "did you mean" tail in a hint: `{suggestion_ru}` / `{suggestion_en}`. */
export function didYouMean(near: string | undefined): { suggestion_ru: string; suggestion_en: string } {
  return near === undefined
    ? { suggestion_ru: '', suggestion_en: '' }
    : { suggestion_ru: ` Возможно, «${near}»?`, suggestion_en: ` Did you mean "${near}"?` };
}

/** A short list for messages: `a, b, c` (and "…" after `max` entries). */
export function listOf(values: Iterable<string>, max = 12): string {
  const all = [...values];
  const shown = all.slice(0, max).join(', ');
  return all.length > max ? `${shown}, …` : shown || '—';
}

/** Any spec value as short text for a message. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? String(typeof value);
}
