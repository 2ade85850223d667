import type { Spec } from '../../spec/spec.generated.js';
import type { ResourceKind } from '../kind.js';
import { diffManual, type ManualChangeOf } from './diff.js';

export { manualChangesOf } from './diff.js';
export * from './describe.js';

/** Spec items only a human can set (robots, triggers, permissions, …): `!` lines, never written. */
export const manualKind: ResourceKind<'manual', ManualChangeOf, Spec, undefined> = {
  name: 'manual',
  dependsOn: [],
  changeKinds: ['manual'],
  desired: (spec) => spec,
  current: () => undefined,
  diff: (spec) => diffManual(spec),
  toCalls: () => [],
};
