import type { Lang } from '../../core/i18n.js';
import type { KindDescription } from '../kind.js';
import { lastName, words } from '../describe-helpers.js';
import { NUMERATOR_MESSAGES as M } from './messages.js';
import type { NumeratorChange } from './types.js';

/** "Document templates and numerators": numerators are listed with the templates that use them. */
export function documentsGroup(lang: Lang): string {
  return words(M.group, lang);
}

export const describeNumerators: KindDescription<NumeratorChange> = {
  headline: (c, lang) => words(M.headline, lang, { name: lastName(c) }),
  group: (_c, lang) => documentsGroup(lang),
  kept: { numerator: { one: M.keptOne, many: M.keptMany } },
};
