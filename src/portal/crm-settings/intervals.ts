import type { DeadlineFact, DelayFact, Interval } from './types.js';
import { text, type JsonObject } from './json.js';

/**
 * Date expressions of the automation designer. A delay or a date is stored as
 * `=dateadd(<basis>,"2d")`, `=workdateadd(<basis>,"2h",<worker>)`, `settime(…)` or a bare basis, and
 * a simple "after N" delay as TimeoutDuration + TimeoutDurationType (Helper::getDateTimeIntervalString,
 * Helper::parseDateTimeInterval and DelayInterval::createFromActivityProperties:
 * docs/bitrix24/crm-settings-archive.md#delays-and-dates). Only these shapes are read; anything else is
 * kept as text and never guessed.
 */
const NOW = '{=System:Now}';
const FIELD_BASIS = /^\{=Document:([A-Za-z0-9_]+)\}$/;
const DATEADD = /^(work)?dateadd\(\s*(\{=[^}]+\})\s*,\s*["']([^"']*)["']\s*(?:,[^)]*)?\)$/i;

interface Parsed {
  basis: string;
  sign: 1 | -1;
  interval: Interval;
  workTime: boolean;
}

/** "2d", "1d12h", "-30i" → one interval in the largest whole unit, as the designer shows it. */
export function intervalOf(spec: string): { sign: 1 | -1; interval: Interval } | null {
  const trimmed = spec.trim();
  const sign = trimmed.startsWith('-') ? -1 : 1;
  const body = trimmed.replace(/^-/, '');
  if (body !== '' && !/^(\s*\d+\s*[dhi]\s*)+$/i.test(body)) return null;
  let minutes = 0;
  for (const m of body.matchAll(/(\d+)\s*([dhi])/gi)) {
    const n = Number(m[1]);
    const unit = (m[2] as string).toLowerCase();
    minutes += unit === 'd' ? n * 1440 : unit === 'h' ? n * 60 : n;
  }
  return { sign, interval: normalise(minutes) };
}

export function normalise(minutes: number): Interval {
  if (minutes % 1440 === 0) return { value: minutes / 1440, unit: 'd' };
  if (minutes % 60 === 0) return { value: minutes / 60, unit: 'h' };
  return { value: minutes, unit: 'i' };
}

export function minutesOf(i: Interval): number {
  return i.unit === 'd' ? i.value * 1440 : i.unit === 'h' ? i.value * 60 : i.value;
}

function parseExpression(raw: string): Parsed | null {
  let s = raw.trim();
  if (s.startsWith('{{') && s.endsWith('}}')) s = s.slice(2, -2).trim();
  s = s.replace(/^=/, '').trim();
  const m = DATEADD.exec(s);
  if (m) {
    const iv = intervalOf(m[3] as string);
    if (!iv) return null;
    return { basis: m[2] as string, workTime: m[1] !== undefined, ...iv };
  }
  if (/^\{=[^}]+\}$/.test(s))
    return { basis: s, sign: 1, interval: { value: 0, unit: 'd' }, workTime: false };
  return null;
}

/** The robot delay activity's properties (RobotDelayActivity / DelayActivity) as a delay fact. */
export function delayOf(props: JsonObject): DelayFact | null {
  const duration = text(props.TimeoutDuration);
  const durationType = text(props.TimeoutDurationType);
  if (props.TimeoutTime === undefined && /^\d+$/.test(duration) && durationType !== 's') {
    const unit = durationType === 'm' ? 'i' : durationType;
    if (unit !== 'i' && unit !== 'h' && unit !== 'd')
      return { kind: 'other', text: `${duration}${durationType}` };
    const interval = normalise(minutesOf({ value: Number(duration), unit }));
    return interval.value === 0 ? null : { kind: 'after', interval, workTime: false };
  }
  const raw = text(props.TimeoutTime);
  if (raw === '') return null;
  const p = parseExpression(raw);
  if (!p) return { kind: 'other', text: raw };
  const field = FIELD_BASIS.exec(p.basis)?.[1];
  if (p.basis === NOW) {
    if (p.sign < 0) return { kind: 'other', text: raw };
    return p.interval.value === 0 && !p.workTime
      ? null
      : { kind: 'after', interval: p.interval, workTime: p.workTime };
  }
  if (!field) return { kind: 'other', text: raw };
  if (p.interval.value === 0) return { kind: 'at_field', field };
  return {
    kind: p.sign < 0 ? 'before_field' : 'after_field',
    field,
    interval: p.interval,
    workTime: p.workTime,
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const RU_DATE = /^(\d{2})\.(\d{2})\.(\d{4})$/;

/** A task's DEADLINE field: after entering the stage, before a date field, or a fixed date. */
export function deadlineOf(raw: string): DeadlineFact | null {
  const s = raw.trim();
  if (s === '') return null;
  if (ISO_DATE.test(s)) return { kind: 'at', date: s };
  const ru = RU_DATE.exec(s);
  if (ru) return { kind: 'at', date: `${ru[3]}-${ru[2]}-${ru[1]}` };
  const p = parseExpression(s);
  if (!p) return { kind: 'other', text: s };
  const field = FIELD_BASIS.exec(p.basis)?.[1];
  // Robots run when the deal enters the stage, so "now" in a robot is the moment of entry.
  if (p.basis === NOW && p.sign > 0)
    return { kind: 'after_entry', interval: p.interval, workTime: p.workTime };
  if (field && (p.sign < 0 || p.interval.value === 0))
    return { kind: 'before_field', field, interval: p.interval, workTime: p.workTime };
  return { kind: 'other', text: s };
}
