import type { B24Client } from '../portal/client.js';
import { saveStateFile, type StateFile } from '../portal/state-file.js';
import { planAgainstPortal, type Planned, type SpecInput } from '../plan/against-portal.js';
import { isWrite, type Change } from '../resources/plan.js';
import type { PortalState } from '../resources/state.js';
import type { Journal } from './journal.js';
import { bindingsFrom } from './state-bindings.js';

export interface Verified {
  statePath: string;
  /** Planned writes that a fresh read shows were not carried out (or were ignored by the portal). */
  notApplied: Change[];
  /** Writes the portal would still need after this run (includes notApplied). */
  remaining: Change[];
  /** Set when reading the portal back failed: nothing is known to be missing. */
  verifyError?: unknown;
  /** False when no read-back happened (it failed, or the run was interrupted and ended at once). */
  verified: boolean;
  /** The portal as the read-back found it. */
  stateAfter?: PortalState;
}

/**
 * Every write is read back: the portal is read again and planned once more against the same spec;
 * whatever the new plan still wants to write was not applied (RELIABILITY.md#the-promises-and-their-tests: a
 * write the portal ignored is reported, exit 4). If that read fails, the writes still happened: the run is
 * reported as not verified (exit 4, resumable), not as a failed command. Ends the journal either way.
 */
export async function verifyApplied(args: {
  planned: Planned;
  input: SpecInput;
  client: B24Client;
  journal: Journal;
  /** The state file with what the calls recorded (uploaded files, numerators REST created). */
  recorded: StateFile;
  createdPipelineIds: readonly number[];
  /** The run stopped early (a failed call, an unknown outcome). */
  stopped: boolean;
  /**
   * Ctrl-C or SIGTERM: the run ends within a second, so nothing is read back; the resume the report
   * offers reads the portal anyway.
   */
  interrupted: boolean;
  now: () => Date;
}): Promise<Verified> {
  const { planned, input, journal, recorded, now } = args;
  if (args.interrupted) {
    const statePath = await saveStateFile(input.stateDir, recorded, now());
    await journal.write({ type: 'end', at: now().toISOString(), status: 'interrupted' });
    return { statePath, notApplied: [], remaining: [], verified: false };
  }
  let after: Planned;
  try {
    after = await planAgainstPortal(
      input,
      args.client,
      planned.plan.options,
      now(),
      new Set(args.createdPipelineIds),
    );
  } catch (verifyError) {
    const statePath = await saveStateFile(input.stateDir, recorded, now());
    await journal.write({ type: 'end', at: now().toISOString(), status: 'partial' });
    return { statePath, notApplied: [], remaining: [], verifyError, verified: false };
  }
  const remaining = after.plan.changes.filter(isWrite);
  const remainingIds = new Set(remaining.map((c) => c.id));
  const notApplied = planned.plan.changes.filter(isWrite).filter((c) => remainingIds.has(c.id));
  const statePath = await saveStateFile(input.stateDir, bindingsFrom(after, recorded), now());
  await journal.write({
    type: 'end',
    at: now().toISOString(),
    status: args.stopped ? 'partial' : notApplied.length > 0 ? 'not-applied' : 'done',
  });
  return { statePath, notApplied, remaining, verified: true, stateAfter: after.state };
}
