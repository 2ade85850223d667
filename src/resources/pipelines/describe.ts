import type { KindDescription } from '../kind.js';
import { lastName, words } from '../describe-helpers.js';
import { PIPELINE_MESSAGES as M } from './messages.js';
import type { PipelineChange } from './types.js';

/** A pipeline heads the group of its direction, with the direction's stages. */
export const describePipelines: KindDescription<PipelineChange> = {
  headline: (c, lang) =>
    c.op === 'rename'
      ? words(M.headlineRename, lang, { from: c.from, to: c.to })
      : words(M.headline, lang, { name: lastName(c) }),
  group: (c) => c.path[0] ?? '',
  kept: { pipeline: { one: M.keptOne, many: M.keptMany } },
};
