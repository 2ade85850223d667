import type { Help } from 'commander';
import type { Lang } from '../core/i18n.js';
import { HELP_TITLES_RU } from './messages.js';

/** Commander prints its section titles in English; this translates them for --lang ru. */
export function localizedHelp(lang: Lang): Partial<Help> {
  return {
    styleTitle: (str: string) => (lang === 'ru' ? (HELP_TITLES_RU[str] ?? str) : str),
    showGlobalOptions: true,
  };
}
