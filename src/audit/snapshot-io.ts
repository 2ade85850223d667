import { errorOf } from '../core/errors.js';
import { writeJsonFile } from '../core/files.js';
import { fingerprintOf } from '../core/hash.js';
import { readSnapshot, type Snapshot } from '../portal/snapshot-file.js';
import type { PortalState } from '../resources/state.js';
import { AUDIT_DATA_VERSION, type AuditData } from '../standards/audit-data.js';
import { AUDIT_SNAPSHOT_ERRORS } from './messages.js';

/**
 * An apply snapshot (src/portal/snapshot-file.ts) with an optional `audit` part: the data the class D
 * standards read. Old readers ignore the extra key; `restore` works on an audit snapshot too.
 */
export interface AuditSnapshot extends Snapshot<PortalState> {
  audit?: AuditData;
}

export function makeAuditSnapshot(state: PortalState, data: AuditData | undefined): AuditSnapshot {
  const snap: AuditSnapshot = { kind: 'b24cfg-snapshot', version: 1, takenAt: state.info.readAt, state };
  if (data) snap.audit = data;
  return snap;
}

/** What the report prints as the snapshot's identity: the same content always gives the same hash. */
export function snapshotHash(snap: AuditSnapshot): string {
  return fingerprintOf({ takenAt: snap.takenAt, state: snap.state, audit: snap.audit ?? null });
}

export async function writeAuditSnapshot(path: string, snap: AuditSnapshot): Promise<void> {
  await writeJsonFile(path, snap);
}

export async function readAuditSnapshot(path: string): Promise<AuditSnapshot> {
  const snap = (await readSnapshot<PortalState>(path)) as AuditSnapshot;
  if (snap.audit !== undefined) {
    const a = snap.audit as Partial<AuditData> | null;
    if (
      a === null ||
      typeof a !== 'object' ||
      a.version !== AUDIT_DATA_VERSION ||
      !Array.isArray(a.openDeals)
    ) {
      throw errorOf(AUDIT_SNAPSHOT_ERRORS, 'SNAPSHOT_UNREADABLE', { where: path, data: { path } });
    }
  }
  if (Number.isNaN(Date.parse(snap.takenAt))) {
    throw errorOf(AUDIT_SNAPSHOT_ERRORS, 'snapshotWithoutTime', { where: path });
  }
  return snap;
}
