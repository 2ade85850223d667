import type { Binding, StateFile } from '../portal/state-file.js';
import type { Spec } from '../spec/spec.generated.js';
import type { PlannedCall } from './calls.js';
import type { NamedPortal } from './named-match.js';
import type { Change } from './registry.js';
import { kindsInReadingOrder } from './registry.js';
import type { PortalSection, PortalState } from './state.js';

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

/** A call that ran, with the spec name and payload of the change it belongs to. */
export interface Executed {
  method: string;
  params: Record<string, unknown>;
  result: unknown;
  /** The change's `desired.name`: the spec name its binding goes under. */
  name: string | undefined;
  desired: object | undefined;
}

/** What a kind records in the state file. */
export interface KindBindings {
  /** From one call that ran (only its own methods): the id it created, what it uploaded, what it deleted. */
  record?(next: StateFile, call: Executed): void;
  /** After an apply: the kind's section rebuilt from the state read back and the spec. */
  afterApply?(next: StateFile, state: PortalState, spec: Spec, previous: StateFile): void;
}

/** Sections of the state file that bind objects by spec key. */
export type BindingSection = Exclude<keyof StateFile, 'version' | 'host' | 'updatedAt'>;

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
  const next: StateFile = { ...previous, host: state.info.host };
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

/** The id inside an add's answer: `{template: {id}}`, `{numerator: {id}}`. */
export function idIn(result: unknown, key: string): number | undefined {
  const inner =
    result !== null && typeof result === 'object' ? (result as Record<string, unknown>)[key] : undefined;
  const id = inner !== null && typeof inner === 'object' ? (inner as Record<string, unknown>).id : undefined;
  const n = Number(id);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** Binds `name` to an object, dropping any other name bound to the same id. */
export function bind<K extends BindingSection>(
  file: StateFile,
  section: K,
  name: string,
  b: StateFile[K][string],
): void {
  const list = file[section] as Record<string, Binding>;
  for (const [k, x] of Object.entries(list)) if (x.id === b.id && k !== name) delete list[k];
  list[name] = b;
}

export function unbind(file: StateFile, section: BindingSection, id: number): void {
  const list = file[section] as Record<string, Binding>;
  for (const [k, x] of Object.entries(list)) if (x.id === id) delete list[k];
}

/**
 * A kind matched by name after an apply: its section rebuilt from the previous one — bindings of
 * objects no longer on the portal dropped, each matched object bound under its spec name. Left as
 * it was while the portal section cannot be read.
 */
export function syncNamed<P extends NamedPortal>(
  next: StateFile,
  section: 'openLines' | 'documentTemplates' | 'numerators',
  state: PortalState,
  portalSection: PortalSection,
  portal: readonly P[],
  matches: ReadonlyArray<{ desired: { name: string }; portal?: P }>,
): void {
  const list: Record<string, Binding> = { ...next[section] };
  next[section] = list;
  if (state.unreadable[portalSection] !== undefined) return;
  const ids = portal.map((p) => p.id);
  for (const [k, b] of Object.entries(list)) if (!ids.includes(b.id)) delete list[k];
  for (const m of matches) {
    if (!m.portal) continue;
    const prev = Object.values(list).find((b) => b.id === m.portal?.id);
    for (const [k, b] of Object.entries(list)) if (b.id === m.portal.id) delete list[k];
    list[m.desired.name] = { ...prev, id: m.portal.id, lastName: m.portal.name };
  }
}
