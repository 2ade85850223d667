import type { DeadlineFact, DelayFact, Interval, Person, RobotFact } from '../portal/crm-settings/types.js';
import type { Deadline, Robot, Task } from '../spec/spec.generated.js';
import type { NOT_EXPRESSIBLE } from './archive-messages.js';

/**
 * One robot of the CRM settings archive in the spec's words, written so that plan's comparison
 * (src/resources/manual-archive/expected-robots.ts) finds it equal: the same people, deadline, delay
 * and key (a task's title, an e-mail's subject …). What the spec cannot say is named instead.
 */
/** What the spec cannot describe; `unknown` is a robot type b24cfg does not map at all. */
export type NotExpressible = keyof typeof NOT_EXPRESSIBLE | 'unknown';
export type Mapped<T> = { ok: T } | { why: NotExpressible };

export interface RobotNames {
  /** A portal user → a role of `users:`; undefined for a user the portal does not list. */
  role: (userId: number) => string | undefined;
  /** A document template id → its name on the portal. */
  document: (id: number | null) => string | undefined;
  /** An archive pipeline id → the exported direction's key. */
  direction: (pipelineId: number) => string | undefined;
}

export function personRef(p: Person, names: RobotNames): string | undefined {
  switch (p.kind) {
    case 'responsible':
      return 'deal.responsible';
    case 'responsible_head':
      return 'deal.responsible.head';
    case 'user':
      return names.role(p.id);
    case 'other':
      return undefined;
  }
}

/** Exactly one person the spec can name, or nothing. */
function onePerson(list: Person[], names: RobotNames): string | undefined {
  return list.length === 1 ? personRef(list[0] as Person, names) : undefined;
}

/** `10m`, `2h`, `3d`: the designer's own unit, which the spec reads back to the same seconds. */
function durationOf(i: Interval): string {
  return `${i.value}${i.unit === 'i' ? 'm' : i.unit}`;
}

function delayOf(d: DelayFact | null): Mapped<string | undefined> {
  if (d === null) return { ok: undefined };
  return d.kind === 'after' && !d.workTime ? { ok: durationOf(d.interval) } : { why: 'delay' };
}

function deadlineOf(d: DeadlineFact | null): Mapped<Deadline | undefined> {
  if (d === null) return { ok: undefined };
  const work = (w: boolean): Partial<Deadline> => (w ? { work_time: true } : {});
  switch (d.kind) {
    case 'after_entry': {
      const { value, unit } = d.interval;
      const base: Deadline =
        unit === 'd'
          ? { days_after_entry: value }
          : unit === 'h'
            ? { hours_after_entry: value }
            : { after_entry: `${value}m` };
      return { ok: { ...base, ...work(d.workTime) } };
    }
    case 'before_field': {
      const { value, unit } = d.interval;
      if (unit === 'i') return { why: 'deadline' };
      return {
        ok: {
          before_field: d.field,
          ...(unit === 'd' ? { days: value } : { hours: value }),
          ...work(d.workTime),
        },
      };
    }
    case 'at':
      return { ok: { at: d.date } };
    case 'other':
      return { why: 'deadline' };
  }
}

/** A «Create task» robot as a stage task (`task:`, `won.task`, `lost.supervisor_task`). */
export function taskOf(f: RobotFact & { kind: 'create_task' }, names: RobotNames): Mapped<Task> {
  const responsible = onePerson(f.responsible, names);
  if (responsible === undefined) return { why: 'people' };
  const observers = f.observers.map((p) => personRef(p, names));
  if (observers.some((o) => o === undefined)) return { why: 'people' };
  const deadline = deadlineOf(f.deadline);
  if ('why' in deadline) return deadline;
  const task: Task = { title: f.taskTitle, responsible };
  if (deadline.ok) task.deadline = deadline.ok;
  if (observers.length) task.observers = observers as string[];
  if (f.checklist.length) task.checklist = [...f.checklist];
  if (f.priority === 'high') task.priority = 'high';
  return { ok: task };
}

/** Any other robot as a `robots:` entry; a tunnel as copy_deal / move_to_direction. */
export function robotOf(f: RobotFact, names: RobotNames): Mapped<Robot> {
  const delay = delayOf(f.delay);
  if ('why' in delay) return delay;
  const withDelay = (r: Robot): Mapped<Robot> => ({ ok: delay.ok ? { ...r, delay: delay.ok } : r });
  switch (f.kind) {
    case 'create_task': {
      const responsible = onePerson(f.responsible, names);
      return responsible === undefined
        ? { why: 'people' }
        : withDelay({ type: 'create_task', title: f.taskTitle, responsible });
    }
    case 'send_email':
      // CRM e-mail templates are not in the archive: the robot names its template by the subject,
      // which is what plan compares (an `email_templates` entry with that key may describe it).
      return withDelay({ type: 'send_email', template: f.subject });
    case 'send_sms':
      return withDelay({ type: 'send_sms', text: f.text });
    case 'notify': {
      if (f.to.length > 1) return { why: 'people' };
      const to = f.to.length === 1 ? personRef(f.to[0] as Person, names) : undefined;
      if (f.to.length === 1 && to === undefined) return { why: 'people' };
      return withDelay({ type: 'notify', text: f.text, ...(to ? { to } : {}) });
    }
    case 'generate_document': {
      const template = names.document(f.templateId);
      return template === undefined
        ? { why: 'document' }
        : withDelay({ type: 'generate_document', template });
    }
    case 'tunnel': {
      const direction = names.direction(f.pipelineId);
      if (direction === undefined) return { why: 'target' };
      const stage = /^C\d+:(.*)$/.exec(f.statusId)?.[1] ?? f.statusId;
      return withDelay({
        type: f.mode === 'copy' ? 'copy_deal' : 'move_to_direction',
        target: { direction, stage },
      });
    }
    case 'change_responsible': {
      const responsible = onePerson(f.responsible, names);
      return responsible === undefined
        ? { why: 'people' }
        : withDelay({ type: 'change_responsible', responsible });
    }
    case 'change_stage':
      return withDelay({ type: 'change_stage' });
    case 'create_call':
    case 'create_meeting':
    case 'create_todo':
      return withDelay({ type: f.kind, title: f.subject });
    case 'webhook':
      // The URL is never kept (it may carry a secret): the robot is there, its address is not.
      return withDelay({ type: 'webhook' });
    case 'unknown':
      return { why: 'unknown' };
  }
}
