import { planChanges, type PlanInputs } from '../../src/plan/build.js';
import type { Change, KeptNote, PlanOptions } from '../../src/plan/types.js';
import type { StateFile } from '../../src/portal/state-file.js';
import type { DocumentFiles } from '../../src/resources/document-files.js';
import { callsFor } from '../../src/resources/index.js';
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

export function only<K extends Change['op']>(
  changes: readonly Change[],
  id: string,
  op: K,
): Extract<Change, { op: K }> {
  const c = changes.find((x) => x.id === id);
  if (!c || c.op !== op) throw new Error(`expected ${op} ${id}, got ${c ? c.op : 'nothing'}`);
  return c as Extract<Change, { op: K }>;
}

export { callsFor };
