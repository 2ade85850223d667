import { tryParseDuration } from '../../spec/duration.js';
import type { Direction, Robot, Spec, Stage, Task, Trigger } from '../../spec/spec.generated.js';
import { ptr } from './format.js';

export interface SpecDirection {
  dir: Direction;
  index: number;
  pointer: string;
}

export function specDirections(spec: Spec): SpecDirection[] {
  return (spec.directions ?? []).map((dir, index) => ({ dir, index, pointer: ptr('directions', index) }));
}

/** Directions that sell (not repeat, warm-up or service funnels): where wins, losses and tunnels matter most. */
export function isSalesDirection(d: Direction): boolean {
  return d.purpose === undefined || d.purpose === 'sales';
}

export interface SpecStage {
  stage: Stage;
  dirKey: string;
  pointer: string;
}

export function specStages(spec: Spec): SpecStage[] {
  return specDirections(spec).flatMap(({ dir, pointer }) =>
    (dir.stages ?? []).map((stage, i) => ({ stage, dirKey: dir.key, pointer: `${pointer}/stages/${i}` })),
  );
}

export interface SpecTask {
  task: Task;
  pointer: string;
  dirKey: string;
  where: 'stage' | 'won' | 'lost';
}

/** Every task the design asks robots to create: per stage, on a win, on a loss. */
export function specTasks(spec: Spec): SpecTask[] {
  const out: SpecTask[] = [];
  for (const { dir, pointer } of specDirections(spec)) {
    (dir.stages ?? []).forEach((s, i) => {
      if (s.task)
        out.push({ task: s.task, pointer: `${pointer}/stages/${i}/task`, dirKey: dir.key, where: 'stage' });
    });
    if (dir.won?.task)
      out.push({ task: dir.won.task, pointer: `${pointer}/won/task`, dirKey: dir.key, where: 'won' });
    if (dir.lost?.supervisor_task)
      out.push({
        task: dir.lost.supervisor_task,
        pointer: `${pointer}/lost/supervisor_task`,
        dirKey: dir.key,
        where: 'lost',
      });
  }
  return out;
}

export interface SpecRobot {
  robot: Robot;
  pointer: string;
  dirKey: string;
}

export function specRobots(spec: Spec): SpecRobot[] {
  const out: SpecRobot[] = [];
  for (const { dir, pointer } of specDirections(spec)) {
    (dir.stages ?? []).forEach((s, i) =>
      (s.robots ?? []).forEach((robot, j) =>
        out.push({ robot, pointer: `${pointer}/stages/${i}/robots/${j}`, dirKey: dir.key }),
      ),
    );
    (dir.won?.robots ?? []).forEach((robot, j) =>
      out.push({ robot, pointer: `${pointer}/won/robots/${j}`, dirKey: dir.key }),
    );
    (dir.lost?.robots ?? []).forEach((robot, j) =>
      out.push({ robot, pointer: `${pointer}/lost/robots/${j}`, dirKey: dir.key }),
    );
  }
  return out;
}

export interface SpecTrigger {
  trigger: Trigger;
  pointer: string;
  dirKey: string;
}

export function specTriggers(spec: Spec): SpecTrigger[] {
  return specStages(spec).flatMap(({ stage, pointer, dirKey }) =>
    (stage.triggers ?? []).map((trigger, j) => ({ trigger, pointer: `${pointer}/triggers/${j}`, dirKey })),
  );
}

/**
 * A stage task's deadline in seconds after the deal enters the stage, when the spec says so
 * (days_after_entry, hours_after_entry, after_entry); deadlines tied to a field or a date have no
 * fixed length and return undefined.
 */
export function deadlineAfterEntry(task: Task | undefined): number | undefined {
  const d = task?.deadline;
  if (!d) return undefined;
  if (d.days_after_entry !== undefined) return d.days_after_entry * 86_400;
  if (d.hours_after_entry !== undefined) return d.hours_after_entry * 3_600;
  if (d.after_entry !== undefined) return tryParseDuration(d.after_entry);
  return undefined;
}

/** A role key from `users`, resolved on the portal by e-mail (case-insensitive). */
export function roleUserId(
  spec: Spec,
  users: ReadonlyArray<{ id: number; email: string }>,
  role: string,
): number | undefined {
  const email = spec.users?.[role]?.email.toLowerCase();
  if (email === undefined) return undefined;
  return users.find((u) => u.email.toLowerCase() === email)?.id;
}
