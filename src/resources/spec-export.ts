import type { StateFile } from '../portal/state-file.js';
import type { PlanText } from './plan-text.js';
import type { PortalState } from './state.js';
import type { RoleNamer } from './users/role-namer.js';

/** What every kind's `toSpec` shares while one portal is exported (src/export/to-spec.ts runs them). */
export interface SpecExport {
  state: PortalState;
  /** The spec sections asked for (`export --sections`; all by default). */
  sections: ReadonlySet<string>;
  /** The state file of an earlier export or apply: keys and facts it bound are kept. */
  previous: StateFile;
  /** The state file this export writes; kinds add their bindings. */
  binding: StateFile;
  /** What the spec cannot express (field types), for the header comment. */
  skipped: string[];
  /** What a kind wrote otherwise than the portal holds it, and why, for the header comment. */
  notes: PlanText[];
  /** Portal users the export names become roles of `users:`. */
  roles: RoleNamer;
}
