import { stableStringify } from '../core/hash.js';
import { saveStateFile, type StateFile } from '../portal/state-file.js';
import type { Planned } from '../plan/against-portal.js';
import { bindingsAfterApply } from '../resources/bindings.js';

/**
 * The state file after an apply: every direction the spec names, bound to the pipeline it matched;
 * open lines, document templates and numerators bound by spec name (src/resources/bindings.ts).
 */
export function bindingsFrom(after: Planned, previous: StateFile): StateFile {
  return bindingsAfterApply(after.state, after.inputs.spec, previous);
}

/**
 * Nothing to write, yet the state file may lack bindings: a run whose verification read failed after its
 * writes landed never saved them, and its resume has nothing left to do. Without them the next rename
 * would be matched by name only (README.md#the-spec), and export would invent keys.
 */
export async function saveBindingsIfChanged(planned: Planned, stateDir: string, now: Date): Promise<void> {
  const next = bindingsFrom(planned, planned.binding);
  const same = (s: StateFile) => stableStringify({ ...s, updatedAt: '' });
  if (same(next) !== same(planned.binding)) await saveStateFile(stateDir, next, now);
}
