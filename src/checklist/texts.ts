import { plural, type Lang } from '../core/i18n.js';
import type { Checklist } from './types.js';

export function itemsCount(n: number, lang: Lang): string {
  return `${n} ${plural(lang, n, ['пункт', 'пункта', 'пунктов'], ['item', 'items'])}`;
}

/** "2026-11-24 13:05 UTC": the moment the checklist was made, without seconds. */
export function generatedAt(c: Checklist): string {
  return `${c.generatedAt.slice(0, 10)} ${c.generatedAt.slice(11, 16)} UTC`;
}

/** Manual summaries start in lower case (they also follow a `!` in the plan); a checklist title does not. */
export function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}
