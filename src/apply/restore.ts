import { basename, dirname } from 'node:path';
import { errorOf } from '../core/errors.js';
import { fingerprintOf } from '../core/hash.js';
import { portalToSpec } from '../export/to-spec.js';
import type { B24Client } from '../portal/client.js';
import { readSnapshot, type Snapshot } from '../portal/snapshot-file.js';
import { loadStateFile } from '../portal/state-file.js';
import type { PortalState } from '../resources/state.js';
import { planAgainstPortal, type Planned, type SpecInput } from '../plan/against-portal.js';
import { APPLY_ERRORS } from './messages.js';

/** A snapshot to restore, and the folder whose `.b24cfg/` holds the state file it goes with. */
export async function readRestoreSnapshot(
  path: string,
  cwd: string,
): Promise<{ snap: Snapshot<PortalState>; stateDir: string }> {
  const snap = await readSnapshot<PortalState>(path);
  // <dir>/.b24cfg/snapshots/<run>.json → the state file lives in <dir>/.b24cfg/.
  const stateDir = basename(dirname(dirname(path))) === '.b24cfg' ? dirname(dirname(dirname(path))) : cwd;
  return { snap, stateDir };
}

/**
 * `restore`: the way back to the configuration in a snapshot an apply took before writing, planned as
 * an apply of the snapshot exported as a spec. Configuration only — deals and other data are never
 * restored — and with the usual guards: a stage with deals is not deleted, a field with values needs
 * allowDataLoss.
 */
export async function planRestore(args: {
  snap: Snapshot<PortalState>;
  /** The snapshot file as the user named it (plans and the journal show it as the spec). */
  snapshotFile: string;
  stateDir: string;
  client: B24Client;
  allowDataLoss: boolean;
  now: Date;
  /** Called once the snapshot is known to be this portal's, before the portal is read. */
  onPlanning?: () => void;
}): Promise<{ planned: Planned; input: SpecInput }> {
  const { snap, client } = args;
  if (snap.state.info.host !== client.host) {
    throw errorOf(APPLY_ERRORS, 'SNAPSHOT_OTHER_PORTAL', {
      where: args.snapshotFile,
      data: { snap: snap.state.info.host, portal: client.host },
    });
  }
  const binding = await loadStateFile(args.stateDir, client.host);
  const exported = portalToSpec(snap.state, { binding });
  // Restoring means removing what the apply added: prune on, nothing protected (the usual data guards stay).
  // b24cfg does not download template files (docs/bitrix24/document-generator.md#template-files), so
  // the snapshot's templates are not in the export: list none and protect the ones the snapshot had, by name
  // — prune then removes only templates added after the snapshot. A template whose file an apply replaced
  // keeps the new file.
  const keepTemplates = snap.state.documentTemplates.map((t) => t.name);
  const spec = { ...exported.spec, documents: [], manage: { prune: true, protect: keepTemplates } };
  const input: SpecInput = {
    spec,
    specFile: args.snapshotFile,
    specHash: fingerprintOf(spec),
    stateDir: args.stateDir,
  };
  args.onPlanning?.();
  const planned = await planAgainstPortal(
    input,
    client,
    { prune: true, allowDataLoss: args.allowDataLoss },
    args.now,
  );
  return { planned, input };
}
