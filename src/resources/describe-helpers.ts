import { fmt, type Lang, type Text } from '../core/i18n.js';
import type { ChangeBase } from './change.js';

/** The object a change is about, as the plan names it: the last step of its path. */
export function lastName(c: ChangeBase<string>): string {
  return c.path[c.path.length - 1] ?? c.key;
}

/** A kind's catalogue entry in one language, with its parameters. */
export function words(t: Text, lang: Lang, data?: Record<string, string | number>): string {
  return fmt(t, lang, data);
}
