import { numeratorsToSpec } from './to-spec.js';
import { numeratorBindings } from './bindings.js';
import { describeNumerators } from './describe.js';
import { numeratorReader, type PortalNumerator } from './read.js';
import type { ResourceKind } from '../kind.js';
import { numeratorCalls, numeratorDeleteCalls } from './calls.js';
import { desiredNumerators, diffNumerators } from './diff.js';
import type { DesiredNumerator, NumeratorChange } from './types.js';

export { createdViaRest, desiredNumerators, matchNumerators, numeratorSettings } from './diff.js';
export { numeratorCallKey } from './calls.js';
export type { PortalNumerator } from './read.js';
export type { DesiredNumerator, NumeratorChange } from './types.js';

/** Document numerators. */
export const numeratorKind: ResourceKind<
  'numerators',
  NumeratorChange,
  DesiredNumerator[] | undefined,
  PortalNumerator[],
  'numerators'
> = {
  name: 'numerators',
  dependsOn: [],
  changeKinds: ['numerator'],
  read: numeratorReader,
  desired: (spec) => (spec.numerators === undefined ? undefined : desiredNumerators(spec)),
  current: (state) => state.numerators,
  diff: diffNumerators,
  toCalls: numeratorCalls,
  // Deleted after the document templates, which may still use the numerator until then.
  toLateCalls: numeratorDeleteCalls,
  describe: describeNumerators,
  bindings: numeratorBindings,
  specSections: ['numerators'],
  toSpec: numeratorsToSpec,
};
