import { fmt, type Lang } from '../../core/i18n.js';
import type { Deadline, Robot, Task, Trigger } from '../../spec/spec.generated.js';
import { ROBOT_NAMES, TRIGGER_NAMES, WORDING_MESSAGES as M } from './wording-messages.js';

/** Human wording of manual items, shared by the plan (`!` lines) and the handover checklist. */
export function describeResponsible(r: string | undefined, lang: Lang): string {
  if (r === undefined) return fmt(M.responsibleNotSet, lang);
  if (r === 'deal.responsible') return fmt(M.responsibleDeal, lang);
  if (r === 'deal.responsible.head') return fmt(M.responsibleHead, lang);
  return r;
}

export function describeDeadline(d: Deadline | undefined, lang: Lang): string {
  if (!d) return fmt(M.deadlineNone, lang);
  if (d.days_after_entry !== undefined) return fmt(M.deadlineDays, lang, { n: d.days_after_entry });
  if (d.hours_after_entry !== undefined) return fmt(M.deadlineHours, lang, { n: d.hours_after_entry });
  if (d.after_entry !== undefined) return fmt(M.deadlineAfter, lang, { after: String(d.after_entry) });
  if (d.before_field !== undefined) {
    const n =
      d.days !== undefined
        ? fmt(M.days, lang, { n: d.days })
        : d.hours !== undefined
          ? fmt(M.hours, lang, { n: d.hours })
          : '';
    return n === ''
      ? fmt(M.deadlineByField, lang, { field: d.before_field })
      : fmt(M.deadlineBeforeField, lang, { n, field: d.before_field });
  }
  if (d.at !== undefined) return fmt(M.deadlineAt, lang, { at: d.at });
  return fmt(M.deadlineNone, lang);
}

export function describeTask(t: Task, lang: Lang): string {
  return fmt(M.task, lang, {
    title: t.title,
    responsible: describeResponsible(t.responsible, lang),
    deadline: describeDeadline(t.deadline, lang),
  });
}

export function robotTypeName(type: Robot['type'], lang: Lang): string {
  return ROBOT_NAMES[type][lang];
}

export function describeRobot(r: Robot, lang: Lang): string {
  const parts = [fmt(M.robot, lang, { type: robotTypeName(r.type, lang) })];
  if (r.title) parts.push(fmt(M.robotTitle, lang, { title: r.title }));
  if (r.template) parts.push(fmt(M.robotTemplate, lang, { template: r.template }));
  if (r.to) parts.push(fmt(M.robotTo, lang, { to: describeResponsible(r.to, lang) }));
  if (r.target) {
    const target = `${r.target.direction}${r.target.stage ? ` / ${r.target.stage}` : ''}`;
    parts.push(fmt(M.robotTarget, lang, { target }));
  }
  if (r.delay !== undefined && r.delay !== 0 && r.delay !== '0')
    parts.push(fmt(M.robotDelay, lang, { delay: String(r.delay) }));
  if (r.condition) parts.push(fmt(M.robotCondition, lang, { condition: r.condition }));
  return parts.join(', ');
}

export function triggerTypeName(type: Trigger['type'], lang: Lang): string {
  return TRIGGER_NAMES[type][lang];
}
