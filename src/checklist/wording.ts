import { fmt, type Lang, type Text } from '../core/i18n.js';
import { describeDeadline } from '../resources/manual/wording.js';
import { tryParseDuration } from '../spec/duration.js';
import type { EmailTemplate, Robot, Task } from '../spec/spec.generated.js';
import { CHECKLIST_VALUES as V, PERMISSION_LABELS, TEMPLATE_ENTITIES } from './messages.js';

/** A text that depends on the language beyond its words (a name looked up, a number formatted). */
export const both = (f: (l: Lang) => string): Text => ({ ru: f('ru'), en: f('en') });
/** A value that reads the same in both languages (a name from the spec). */
export const same = (s: string): Text => ({ ru: s, en: s });

export function permissionText(code: string, lang: Lang): string {
  const known = (PERMISSION_LABELS as Readonly<Record<string, Text | undefined>>)[code];
  return known ? `${known[lang]} (${code})` : code;
}

export function entityText(e: NonNullable<EmailTemplate['entity']>): Text {
  return TEMPLATE_ENTITIES[e];
}

/** 90061 → "1 дн. 1 ч 1 мин 1 с" / "1 d 1 h 1 min 1 s". */
export function durationText(seconds: number, lang: Lang): string {
  if (seconds === 0) return V.zeroSeconds[lang];
  const units: Array<[number, Text]> = [
    [86_400, V.days],
    [3_600, V.hours],
    [60, V.minutes],
    [1, V.seconds],
  ];
  const parts: string[] = [];
  let rest = seconds;
  for (const [size, unit] of units) {
    const n = Math.floor(rest / size);
    if (n > 0) {
      parts.push(fmt(unit, lang, { n }));
      rest -= n * size;
    }
  }
  return parts.join(' ');
}

export function deadlineText(d: Task['deadline']): Text {
  const after = d?.after_entry === undefined ? undefined : tryParseDuration(d.after_entry);
  return both((l) => {
    const base =
      after === undefined ? describeDeadline(d, l) : fmt(V.afterEntry, l, { time: durationText(after, l) });
    return d?.work_time ? `${base}${V.workTime[l]}` : base;
  });
}

export function delayText(delay: Robot['delay']): Text {
  const s = delay === undefined ? 0 : tryParseDuration(delay);
  if (s === undefined) return same(String(delay));
  if (s === 0) return V.rightAway;
  return both((l) => fmt(V.delay, l, { time: durationText(s, l) }));
}

export function money(n: number, lang: Lang): string {
  return n.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-US');
}
