import type { DeadlineFact, DelayFact, Interval, Person } from '../../portal/crm-settings/types.js';
import { BUILTIN_DEAL_FIELDS } from '../../spec/builtin-fields.js';
import { formatDuration, tryParseDuration } from '../../spec/duration.js';
import type { Deadline, Duration } from '../../spec/spec.generated.js';
import type { ArchiveBinding } from './types.js';

/**
 * Both sides of a comparison in one language-neutral form, so that equal means equal: durations as
 * the spec writes them, people as spec keys, fields by their portal name.
 */
const FIELD_PREFIX = 'UF_CRM_';

/** A spec field code as the portal names it: standard fields as they are, user fields with UF_CRM_. */
export function portalFieldName(code: string): string {
  const upper = code.toUpperCase();
  if (BUILTIN_DEAL_FIELDS.has(upper) || upper.startsWith(FIELD_PREFIX)) return upper;
  return `${FIELD_PREFIX}${upper}`;
}

export function intervalText(i: Interval): string {
  const minutes = i.unit === 'd' ? i.value * 1440 : i.unit === 'h' ? i.value * 60 : i.value;
  return formatDuration(minutes * 60);
}

const WORK = ' (work time)';

export function deadlineFromSpec(d: Deadline | undefined): string {
  if (!d) return 'none';
  const work = d.work_time ? WORK : '';
  if (d.days_after_entry !== undefined)
    return `${formatDuration(d.days_after_entry * 86_400)} after entry${work}`;
  if (d.hours_after_entry !== undefined)
    return `${formatDuration(d.hours_after_entry * 3_600)} after entry${work}`;
  if (d.after_entry !== undefined) return `${durationText(d.after_entry)} after entry${work}`;
  if (d.before_field !== undefined) {
    const seconds = (d.days ?? 0) * 86_400 + (d.hours ?? 0) * 3_600;
    return `${formatDuration(seconds)} before ${portalFieldName(d.before_field)}${work}`;
  }
  if (d.at !== undefined) return `at ${d.at}`;
  return 'none';
}

export function deadlineFromFact(d: DeadlineFact | null): string {
  if (!d) return 'none';
  switch (d.kind) {
    case 'after_entry':
      return `${intervalText(d.interval)} after entry${d.workTime ? WORK : ''}`;
    case 'before_field':
      return `${intervalText(d.interval)} before ${d.field.toUpperCase()}${d.workTime ? WORK : ''}`;
    case 'at':
      return `at ${d.date}`;
    case 'other':
      return d.text;
  }
}

function durationText(v: Duration): string {
  const seconds = tryParseDuration(v);
  return seconds === undefined ? String(v) : formatDuration(seconds);
}

/** A robot's delay: `0s` for none. */
export function delayFromSpec(v: Duration | undefined): string {
  return v === undefined ? '0s' : durationText(v);
}

export function delayFromFact(d: DelayFact | null): string {
  if (!d) return '0s';
  switch (d.kind) {
    case 'after':
      return `${intervalText(d.interval)}${d.workTime ? WORK : ''}`;
    case 'before_field':
      return `${intervalText(d.interval)} before ${d.field}`;
    case 'after_field':
      return `${intervalText(d.interval)} after ${d.field}`;
    case 'at_field':
      return `at ${d.field}`;
    case 'other':
      return d.text;
  }
}

/** A spec person (`deal.responsible`, `deal.responsible.head`, a users key) as the archive would show it. */
export function personFromSpec(ref: string | undefined, binding: ArchiveBinding): string {
  if (ref === undefined || ref === 'deal.responsible') return 'deal.responsible';
  if (ref === 'deal.responsible.head') return 'deal.responsible.head';
  const id = binding.users?.[ref];
  return id === undefined ? `${ref} (not on the portal)` : ref;
}

export function personFromFact(p: Person, binding: ArchiveBinding): string {
  switch (p.kind) {
    case 'responsible':
      return 'deal.responsible';
    case 'responsible_head':
      return 'deal.responsible.head';
    case 'user': {
      const key = Object.entries(binding.users ?? {}).find(([, id]) => id === p.id)?.[0];
      return key ?? `user #${p.id}`;
    }
    case 'other':
      return p.value;
  }
}

/** Sets of people compare regardless of order. */
export function peopleText(list: string[]): string {
  return list.length ? [...new Set(list)].sort().join(', ') : 'nobody';
}
