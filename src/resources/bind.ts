import type { Binding, BindingSections, StateFile } from '../portal/state-file.js';
import type { Spec } from '../spec/spec.generated.js';
import type { NamedPortal } from './named-match.js';
import type { PortalSection, PortalState } from './state.js';

/**
 * What a kind keeps in the state file (src/portal/state-file.ts), and the helpers kinds share to
 * keep it: src/resources/<kind>/bindings.ts use them, src/resources/bindings.ts runs the kinds.
 */

/** A call that ran, with the spec name and payload of the change it belongs to. */
export interface Executed {
  method: string;
  params: Record<string, unknown>;
  result: unknown;
  /** The change's `desired.name`: the spec name its binding goes under. */
  name: string | undefined;
  desired: object | undefined;
}

/** Sections of the state file that bind objects by spec key (each declared by its kind). */
export type BindingSection = keyof BindingSections;

/** What a kind records in the state file. */
export interface KindBindings {
  /** The kind's own section of the state file (declared with `declare module` next to it). */
  section: BindingSection;
  /** From one call that ran (only its own methods): the id it created, what it uploaded, what it deleted. */
  record?(next: StateFile, call: Executed): void;
  /** After an apply: the kind's section rebuilt from the state read back and the spec. */
  afterApply?(next: StateFile, state: PortalState, spec: Spec, previous: StateFile): void;
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
  section: BindingSection,
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
