import { assignSorts, type SortSlot } from './sorting.js';

/**
 * Sorts for a status list with semantics — deal stages of a pipeline and lead statuses — under
 * Bitrix24's rule process < success (S) < failure (F) (CRM_STATUS_INCORRECT_*_SORT_ERROR, docs/bitrix24/stages.md#sort-rules).
 * Objects the plan keeps as they are (outside the spec, pruning off) are fixed points: the success
 * status must land above every kept process status and below every kept failure status.
 */
export interface SemanticSortInput {
  /** Process statuses in the desired order (a system NEW the spec omits goes first). */
  process: SortSlot[];
  /** The success status (WON / CONVERTED), when there is one. */
  success?: SortSlot;
  /** The system failure status (LOSE / JUNK): it keeps its place while it still follows success. */
  anchoredFailure?: SortSlot;
  /** Other failure statuses in the desired order (loss reasons). */
  failures: SortSlot[];
  keptProcessSorts: readonly number[];
  keptFailureSorts: readonly number[];
}

/**
 * `fits` is false when the success status cannot land between the kept process and failure statuses;
 * the map then has no sort for it (it stays where it is) and the caller refuses the reorder.
 */
export function semanticSorts(input: SemanticSortInput): { sorts: Map<string, number>; fits: boolean } {
  const out = new Map(assignSorts(input.process));
  const maxP = Math.max(0, ...out.values(), ...input.keptProcessSorts);
  const minF = Math.min(Infinity, ...input.keptFailureSorts);
  let fits = true;
  let successSort: number | undefined;
  if (input.success) {
    const c = input.success.current;
    if (c !== undefined && c > maxP && c < minF) successSort = c;
    else if (minF === Infinity) successSort = (Math.floor(maxP / 10) + 1) * 10;
    else if (minF - maxP >= 2) successSort = Math.floor((maxP + minF) / 2);
    if (successSort === undefined) fits = false;
    else out.set(input.success.key, successSort);
  }
  // Failure statuses only need to follow success; the spec cannot say where the system one sits among
  // the others, so it keeps its place when that holds, and new ones follow it (reads naturally).
  const floor = successSort ?? maxP;
  let anchored: number | undefined;
  if (input.anchoredFailure) {
    const c = input.anchoredFailure.current;
    anchored = c !== undefined && c > floor ? c : (Math.floor(floor / 10) + 1) * 10;
    out.set(input.anchoredFailure.key, anchored);
  }
  const allNew = input.failures.every((f) => f.current === undefined);
  const failures = assignSorts(input.failures, 10, allNew ? Math.max(floor, anchored ?? floor) : floor);
  for (const [k, v] of failures) out.set(k, v);
  return { sorts: out, fits };
}
