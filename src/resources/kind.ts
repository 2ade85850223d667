import type { Spec } from '../spec/spec.generated.js';
import type { PlannedCall } from './calls.js';
import type { ChangeBase, KeptOf } from './change.js';
import type { PlanContext } from './context.js';
import type { PortalState } from './state.js';

/** What a kind's diff found: its changes, and the portal objects it leaves alone. */
export interface KindDiff<C extends ChangeBase<string>> {
  changes: C[];
  kept?: Array<KeptOf<C['kind']>>;
}

/**
 * One resource kind (pipelines, stages, user fields …), all in its own folder src/resources/<kind>/:
 * what it reads from the portal, what the spec wants, the diff between the two, the REST calls of its
 * changes and the spec an export writes. The registry (src/resources/registry.ts) lists the kinds in
 * dependency order; the planner, apply, export and the portal reader only go through this interface.
 */
export interface ResourceKind<Name extends string, C extends ChangeBase<string>, D, S> {
  name: Name;
  /** Kinds whose results this one reads while diffing (stages read ctx.pipelines) or references in calls. */
  dependsOn: readonly string[];
  /** The change kinds this kind produces (a field's list items are the user-field kind's too). */
  changeKinds: ReadonlyArray<C['kind']>;
  /** The spec's wish, normalised; undefined when the spec does not manage this kind. */
  desired(spec: Spec): D;
  /** This kind's slice of the portal state. */
  current(state: PortalState): S;
  diff(desired: D, current: S, ctx: PlanContext): KindDiff<C>;
  /** REST calls of this kind's changes (pure), in an order the portal accepts. */
  toCalls(changes: readonly C[]): PlannedCall[];
  /** Calls that must wait until every later kind ran (deleting what later kinds still reference). */
  toLateCalls?(changes: readonly C[]): PlannedCall[];
}
