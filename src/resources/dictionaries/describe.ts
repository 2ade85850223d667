import type { Lang } from '../../core/i18n.js';
import type { KindDescription } from '../kind.js';
import { lastName, words } from '../describe-helpers.js';
import { DICTIONARY_MESSAGES as M } from './messages.js';
import type { DictionaryChange } from './types.js';

/** The title of a dictionary's group: "Lead statuses", "Sources" … */
export function dictionaryTitle(entity: string, lang: Lang): string {
  const id = `title${entity}`;
  return id in M ? words(M[id as keyof typeof M], lang) : entity;
}

function noun(entity: string, lang: Lang): string {
  const id = `noun${entity}`;
  return id in M ? words(M[id as keyof typeof M], lang) : entity;
}

/** A dictionary item is named by what its list holds ("lead status", "source") and its code. */
export const describeDictionaries: KindDescription<DictionaryChange> = {
  headline: (c, lang) => {
    const [entity = '', code = ''] = c.key.split('/');
    // The reordering of a whole list is one change named after the list.
    if (code === 'order') return noun(entity, lang);
    return words(M.headline, lang, { noun: noun(entity, lang), name: lastName(c), code });
  },
  group: (c, lang) => dictionaryTitle(c.key.split('/')[0] ?? '', lang),
  kept: { dictionary: { one: M.keptOne, many: M.keptMany } },
};
