import { Help, type Argument, type Command, type Option } from 'commander';
import type { Lang } from '../core/i18n.js';
import { HELP_TITLES_RU, HELP_WORDS_RU } from './messages.js';

/**
 * Commander's own words after a description, "(choices: …, default: …)", in Russian. Only the part
 * commander added is touched: the description before it is ours, already in the right language.
 */
function extraInRussian(full: string, description: string): string {
  if (!full.startsWith(description)) return full;
  let tail = full.slice(description.length);
  for (const [en, ru] of Object.entries(HELP_WORDS_RU)) tail = tail.split(en).join(ru);
  return description + tail;
}

function usageWords(usage: string): string {
  return usage.replace('[options]', '[параметры]').replace('[command]', '[команда]');
}

/** Commander prints its section titles, usage words and option details in English; this translates them for --lang ru. */
export function localizedHelp(lang: Lang): Partial<Help> {
  const base = Help.prototype;
  if (lang !== 'ru') return { showGlobalOptions: true };
  return {
    styleTitle: (str: string) => HELP_TITLES_RU[str] ?? str,
    showGlobalOptions: true,
    optionDescription(this: Help, option: Option): string {
      return extraInRussian(base.optionDescription.call(this, option), option.description);
    },
    argumentDescription(this: Help, argument: Argument): string {
      return extraInRussian(base.argumentDescription.call(this, argument), argument.description);
    },
    commandUsage(this: Help, cmd: Command): string {
      return usageWords(base.commandUsage.call(this, cmd));
    },
    subcommandTerm(this: Help, cmd: Command): string {
      return usageWords(base.subcommandTerm.call(this, cmd));
    },
  };
}
