import type { PlannedCall } from './calls.js';
import type { ChangeBase, KeptOf } from './change.js';
import type { PlanContext } from './context.js';
import type { KindDiff, ResourceKind } from './kind.js';
import type { SectionReader } from './reader.js';
import { departmentKind } from './departments/index.js';
import { dictionaryKind } from './dictionaries/index.js';
import { documentKind } from './documents/index.js';
import { manualKind } from './manual/index.js';
import { numeratorKind } from './numerators/index.js';
import { openLineKind } from './open-lines/index.js';
import { pipelineKind } from './pipelines/index.js';
import { stageKind } from './stages/index.js';
import { userFieldKind } from './user-fields/index.js';
import { userKind } from './users/index.js';

/**
 * Every resource kind, in dependency order (a kind comes after the kinds it `dependsOn`,
 * test/resources/registry.test.ts checks it). The order is the order of the plan's changes and of
 * the apply's calls; calls a kind defers (`toLateCalls`: deletions of what later kinds reference)
 * run after all others, in reverse order. Adding a kind means adding its module here and to
 * `kindsAsRead`.
 */
export const resourceKinds = [
  userKind,
  pipelineKind,
  stageKind,
  userFieldKind,
  dictionaryKind,
  numeratorKind,
  documentKind,
  openLineKind,
  departmentKind,
  manualKind,
] as const;

/**
 * The same kinds in the order a reader of a portal meets them: the sections of the portal state
 * (and of saved snapshots), the spec sections an export writes, and the objects the plan counts as
 * left alone. It differs from the dependency order (numerators must exist before the templates that
 * use them), and both are part of the output, so both are kept.
 */
export const kindsAsRead = [
  pipelineKind,
  stageKind,
  userFieldKind,
  dictionaryKind,
  openLineKind,
  documentKind,
  numeratorKind,
  departmentKind,
  userKind,
  manualKind,
] as const;

type AnyKind = (typeof resourceKinds)[number];
type ChangeOf<K> = K extends ResourceKind<string, infer C, unknown, unknown, string> ? C : never;

/** A plan change: a union discriminated by `kind` and `op`, each with its kind's typed payloads. */
export type Change = ChangeOf<AnyKind>;
export type ChangeKind = Change['kind'];
/** A portal object left as it is, shown dimmed (pruning off, system stage …). */
export type KeptNote = KeptOf<ChangeKind>;

/** A kind seen through the interface alone, so callers can loop over differently typed kinds. */
export type LooseKind = ResourceKind<string, ChangeBase<string>, unknown, unknown, string>;
const kinds = resourceKinds as unknown as readonly LooseKind[];
const asRead = kindsAsRead as unknown as readonly LooseKind[];

/** The kinds in the order a reader meets them (see `kindsAsRead`), through the interface alone. */
export const kindsInReadingOrder: readonly LooseKind[] = asRead;

/** The reader of every section, once (stages and dictionaries share theirs), in state order. */
export const stateReaders: ReadonlyArray<SectionReader<string, unknown>> = [
  ...new Set(asRead.flatMap((k) => (k.read ? [k.read] : []))),
];

/** The kind that owns a change kind (its description, its calls). */
export function kindOf(changeKind: string): LooseKind | undefined {
  return kinds.find((x) => x.changeKinds.includes(changeKind));
}

/** Runs every kind's diff in order; kinds record what later kinds read (ctx.pipelines). */
export function diffAll(ctx: PlanContext): { changes: Change[]; kept: KeptNote[] } {
  const changes: Change[] = [];
  const kept: KeptNote[] = [];
  for (const kind of kinds) {
    const r: KindDiff<ChangeBase<string>> = kind.diff(kind.desired(ctx.spec), kind.current(ctx.state), ctx);
    changes.push(...(r.changes as Change[]));
    kept.push(...((r.kept ?? []) as KeptNote[]));
  }
  return { changes, kept };
}

/** All calls of a plan, in execution order. */
export function callsFor(changes: readonly Change[]): PlannedCall[] {
  const own = (k: LooseKind) => changes.filter((c) => k.changeKinds.includes(c.kind));
  return [
    ...kinds.flatMap((k) => k.toCalls(own(k))),
    ...[...kinds].reverse().flatMap((k) => k.toLateCalls?.(own(k)) ?? []),
  ];
}

/** The state file's sections: one per kind that binds spec keys to portal objects, in reading order. */
export const bindingSections: readonly string[] = asRead.flatMap((k) =>
  k.bindings ? [k.bindings.section] : [],
);
