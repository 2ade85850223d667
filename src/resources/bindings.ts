import { portalIdentity } from '../portal/identity.js';
import type { StateFile } from '../portal/state-file.js';
import type { Spec } from '../spec/spec.generated.js';
import type { Executed } from './bind.js';
import type { PlannedCall } from './calls.js';
import type { Change } from './registry.js';
import { kindsInReadingOrder } from './registry.js';
import type { PortalState } from './state.js';

/**
 * The state file's bindings (src/portal/state-file.ts): which portal object each spec key is bound
 * to, and the facts only b24cfg's own record can hold because the portal never reports them (the
 * hash of the .docx it uploaded, which numerators it created over REST:
 * docs/bitrix24/document-generator.md#template-files, #rest-made-numerators). Each kind keeps its
 * own section (`bindings` of src/resources/<kind>/); this module runs them. Calls are recorded
 * BEFORE the verification re-plan, so that re-plan compares against what was just written.
 */
export interface ExecutedCall {
  call: Pick<PlannedCall, 'method' | 'params' | 'changeIds'>;
  status: string;
  result?: unknown;
}

/** The state file with what the calls that ran created, uploaded and deleted. */
export function recordExecuted(
  binding: StateFile,
  changes: readonly Change[],
  outcomes: readonly ExecutedCall[],
): StateFile {
  const next = copySections(binding);
  const byId = new Map(changes.map((c) => [c.id, c]));
  for (const o of outcomes) {
    if (o.status !== 'ok') continue;
    const change = byId.get(o.call.changeIds[0] ?? '');
    const desired = change && 'desired' in change ? (change.desired as object) : undefined;
    const name = desired && 'name' in desired ? (desired.name as string) : undefined;
    const call: Executed = { method: o.call.method, params: o.call.params, result: o.result, name, desired };
    for (const kind of kindsInReadingOrder) kind.bindings?.record?.(next, call);
  }
  return next;
}

/**
 * After an apply: every spec item bound to the object it matched, under its spec key (a rename
 * moves the binding), keeping what the previous binding of that id knew (file hash, viaRest).
 * Bindings of objects gone from a readable section are dropped.
 */
export function bindingsAfterApply(state: PortalState, spec: Spec, previous: StateFile): StateFile {
  // The file is named by the portal's identity, not the URL spelling (test/reliability/host-spellings.test.ts).
  const next: StateFile = { ...previous, host: portalIdentity(state.info) };
  for (const kind of kindsInReadingOrder) kind.bindings?.afterApply?.(next, state, spec, previous);
  return next;
}

function copySections(file: StateFile): StateFile {
  const next = { ...file };
  for (const k of Object.keys(next) as Array<keyof StateFile>) {
    const v = next[k];
    if (v !== null && typeof v === 'object') (next as Record<string, unknown>)[k] = { ...v };
  }
  return next;
}
