import type { Lang } from '../../core/i18n.js';
import type { KindDescription } from '../kind.js';
import { lastName, words } from '../describe-helpers.js';
import { OPEN_LINE_MESSAGES as M } from './messages.js';
import type { OpenLineChange } from './types.js';

/** "Open lines": the group of line changes and of the lines' items set by hand. */
export function openLinesGroup(lang: Lang): string {
  return words(M.group, lang);
}

export const describeOpenLines: KindDescription<OpenLineChange> = {
  headline: (c, lang) =>
    c.op === 'rename'
      ? words(M.headlineRename, lang, { from: c.from, to: c.to })
      : words(M.headline, lang, { name: lastName(c) }),
  group: (_c, lang) => openLinesGroup(lang),
  kept: { openLine: { one: M.keptOne, many: M.keptMany } },
};
