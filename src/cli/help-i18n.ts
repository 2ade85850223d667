import type { Help } from 'commander';
import type { Lang } from '../core/i18n.js';

const RU_TITLES: Record<string, string> = {
  'Usage:': 'Использование:',
  'Arguments:': 'Аргументы:',
  'Options:': 'Параметры:',
  'Commands:': 'Команды:',
  'Global Options:': 'Общие параметры:',
};

/** Commander prints its section titles in English; this translates them for --lang ru. */
export function localizedHelp(lang: Lang): Partial<Help> {
  return {
    styleTitle: (str: string) => (lang === 'ru' ? (RU_TITLES[str] ?? str) : str),
    showGlobalOptions: true,
  };
}
