import type { Lang, Text } from '../core/i18n.js';
import type { Spec } from '../spec/spec.generated.js';
import type { PlannedCall } from './calls.js';
import type { KindBindings } from './bind.js';
import type { ChangeBase, KeptOf } from './change.js';
import type { PlanContext } from './context.js';
import type { SectionReader } from './reader.js';
import type { PortalState } from './state.js';
import type { SpecExport } from './spec-export.js';

/** What a kind's diff found: its changes, and the portal objects it leaves alone. */
export interface KindDiff<C extends ChangeBase<string>> {
  changes: C[];
  kept?: Array<KeptOf<C['kind']>>;
}

/** How the plan shows a kind's changes: in words a consultant uses, from the kind's catalogue. */
export interface KindDescription<C extends ChangeBase<string>> {
  /** One line naming the object of a change (a manual item shows its own summary instead). */
  headline(c: C, lang: Lang): string;
  /** The title of the group the change is listed under. */
  group(c: C, lang: Lang): string;
  /** Extra lines under a create: what is about to exist. */
  createDetails?(c: Extract<C, { op: 'create' }>, lang: Lang): string[];
  /** How objects left alone are counted on the "left as they are" line, per change kind: `{n}` of them. */
  kept?: { readonly [K in C['kind']]?: { one: Text; many: Text } };
}

/**
 * One resource kind (pipelines, stages, user fields …), all in its own folder src/resources/<kind>/:
 * how it reads its slice of the portal, what the spec wants, the diff between the two, the REST calls
 * of its changes, how the plan describes them, and the spec an export writes. The registry
 * (src/resources/registry.ts) lists the kinds; the planner, apply, export, the plan renderers and the
 * portal reader only go through this interface.
 */
export interface ResourceKind<
  Name extends string,
  C extends ChangeBase<string>,
  D,
  S,
  Section extends string = never,
> {
  name: Name;
  /** Kinds whose results this one reads while diffing (stages read ctx.pipelines) or references in calls. */
  dependsOn: readonly string[];
  /** The change kinds this kind produces (a field's list items are the user-field kind's too). */
  changeKinds: ReadonlyArray<C['kind']>;
  /** How its slice of the portal state is read (a slice two kinds share has one reader). */
  read?: SectionReader<Section, S>;
  /** The spec's wish, normalised; undefined when the spec does not manage this kind. */
  desired(spec: Spec): D;
  /** This kind's slice of the portal state. */
  current(state: PortalState): S;
  diff(desired: D, current: S, ctx: PlanContext): KindDiff<C>;
  /** REST calls of this kind's changes (pure), in an order the portal accepts. */
  toCalls(changes: readonly C[]): PlannedCall[];
  /** Calls that must wait until every later kind ran (deleting what later kinds still reference). */
  toLateCalls?(changes: readonly C[]): PlannedCall[];
  describe?: KindDescription<C>;
  /** What the kind keeps in the state file (objects without a writable key, facts the portal never reports). */
  bindings?: KindBindings;
  /** The spec sections `export` writes from this kind (the names `export --sections` takes). */
  specSections?: readonly string[];
  /** Writes the kind's part of an exported spec (and its state-file bindings) from the portal's slice. */
  toSpec?(current: S, x: SpecExport): Partial<Spec>;
}
