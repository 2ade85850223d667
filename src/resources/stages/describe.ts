import type { KindDescription } from '../kind.js';
import { lastName, words } from '../describe-helpers.js';
import { STAGE_MESSAGES as M } from './messages.js';
import type { StageChange } from './types.js';

/** A stage is listed under its direction, with its code. */
export const describeStages: KindDescription<StageChange> = {
  headline: (c, lang) =>
    words(M.headline, lang, { name: lastName(c), code: c.key.split('/').slice(1).join('/') }),
  group: (c) => c.path[0] ?? '',
  createDetails: (c, lang) => {
    const d = c.desired;
    const sem =
      d.semantics === 'F' ? words(M.createdF, lang) : d.semantics === 'S' ? words(M.createdS, lang) : '';
    return [[`SORT ${String(d.sort)}`, d.color ?? '', sem].filter(Boolean).join(' · ')];
  },
  kept: { stage: { one: M.keptOne, many: M.keptMany } },
};
