import type { Spec } from '../../spec/spec.generated.js';
import { words } from '../describe-helpers.js';
import { openLinesGroup } from '../open-lines/describe.js';
import { planText } from '../plan-text.js';
import type { ResourceKind } from '../kind.js';
import { diffManual, type ManualChangeOf } from './diff.js';
import { MANUAL_MESSAGES as M } from './messages.js';

export { manualChangesOf } from './diff.js';
export * from './wording.js';

/** Spec items only a human can set (robots, triggers, permissions, …): `!` lines, never written. */
export const manualKind: ResourceKind<'manual', ManualChangeOf, Spec, undefined> = {
  name: 'manual',
  dependsOn: [],
  changeKinds: ['manual'],
  desired: (spec) => spec,
  current: () => undefined,
  diff: (spec) => diffManual(spec),
  toCalls: () => [],
  describe: {
    headline: (c, lang) => planText(c.summary, lang),
    // Items of a stage sit with their direction, items of an open line with the open lines.
    group: (c, lang) =>
      c.specPointer?.startsWith('/open_lines/')
        ? openLinesGroup(lang)
        : c.key.includes('/')
          ? (c.path[0] ?? '')
          : words(M.groupOther, lang),
  },
};
