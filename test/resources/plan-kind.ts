import { planText, type PlanText } from '../../src/resources/plan-text.js';
import { planChanges, type PlanInputs } from '../../src/resources/plan-changes.js';
import type { Change, KeptNote, PlanOptions } from '../../src/resources/plan.js';
import type { StateFile } from '../../src/portal/state-file.js';
import type { DocumentFiles } from '../../src/resources/documents/files.js';
import { callsFor } from '../../src/resources/registry.js';
import type { Spec } from '../../src/spec/spec.generated.js';
import { binding as emptyBinding, type PortalBuilder } from '../helpers/portal-state.js';

/** Plans a spec against an in-memory portal (both passes when counts are given), like plan/apply do. */
export function planKinds(
  spec: Spec,
  portal: PortalBuilder,
  o: {
    options?: Partial<PlanOptions>;
    counts?: Record<string, number>;
    binding?: StateFile;
    documentFiles?: DocumentFiles;
  } = {},
): { changes: Change[]; kept: KeptNote[]; wanted: string[] } {
  const inputs: PlanInputs = {
    spec,
    specFile: 'spec.yaml',
    specHash: 'x',
    state: portal.build(),
    binding: o.binding ?? emptyBinding(),
    options: { prune: false, allowDataLoss: false, ...o.options },
    documentFiles: o.documentFiles,
  };
  const pass = planChanges(inputs, { counts: new Map(Object.entries(o.counts ?? {})) });
  return { changes: pass.changes, kept: pass.kept, wanted: pass.wantedImpact.map((q) => q.id) };
}

/** `op key` lines of the non-manual changes of one kind, for table tests. */
export function brief(changes: readonly Change[], kind?: Change['kind']): string[] {
  return changes
    .filter((c) => c.op !== 'manual' && (!kind || c.kind === kind))
    .map((c) => `${c.op} ${c.key}`);
}

/** The kind an id like `stage-delete:dir/CODE` or `userField:deal.NPS` belongs to. */
type KindOf<Id extends string> = Id extends `${infer K}-${'delete' | 'order'}:${string}`
  ? K
  : Id extends `${infer K}:${string}`
    ? K
    : never;

export function only<Id extends string, O extends Change['op']>(
  changes: readonly Change[],
  id: Id,
  op: O,
): Extract<Change, { kind: KindOf<Id>; op: O }> {
  const c = changes.find((x) => x.id === id);
  if (!c || c.op !== op) throw new Error(`expected ${op} ${id}, got ${c ? c.op : 'nothing'}`);
  return c as Extract<Change, { kind: KindOf<Id>; op: O }>;
}

/** The changes of one change kind, typed as that kind's (what its call builder takes). */
export function ofKind<K extends Change['kind']>(
  changes: readonly Change[],
  kind: K,
): Array<Extract<Change, { kind: K }>> {
  return changes.filter((c): c is Extract<Change, { kind: K }> => c.kind === kind);
}

export { callsFor };

/** A plan text in English or Russian, as the plan prints it. */
export const en = (t: PlanText | undefined): string | undefined => (t ? planText(t, 'en') : undefined);
export const ru = (t: PlanText | undefined): string | undefined => (t ? planText(t, 'ru') : undefined);
