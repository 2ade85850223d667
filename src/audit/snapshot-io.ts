import { errorOf } from '../core/errors.js';
import { writeJsonFile } from '../core/files.js';
import { fingerprintOf } from '../core/hash.js';
import type { CrmSettingsFacts } from '../portal/crm-settings/types.js';
import { readSnapshot, type Snapshot } from '../portal/snapshot-file.js';
import type { PortalState } from '../resources/state.js';
import { AUDIT_DATA_VERSION, type AuditData } from '../standards/audit-data.js';
import { AUDIT_SNAPSHOT_ERRORS } from './messages.js';

/**
 * An apply snapshot (src/portal/snapshot-file.ts) with optional `audit` and `crmSettings` parts: the
 * data the class D standards read, and the facts read from a CRM settings archive (never the archive
 * itself: it holds people's names and web forms). Old readers ignore the extra keys; `restore` works
 * on an audit snapshot too.
 */
export interface AuditSnapshot extends Snapshot<PortalState> {
  audit?: AuditData;
  crmSettings?: CrmSettingsFacts;
}

export function makeAuditSnapshot(
  state: PortalState,
  data: AuditData | undefined,
  crmSettings?: CrmSettingsFacts,
): AuditSnapshot {
  const snap: AuditSnapshot = { kind: 'b24cfg-snapshot', version: 1, takenAt: state.info.readAt, state };
  if (data) snap.audit = data;
  if (crmSettings) snap.crmSettings = crmSettings;
  return snap;
}

/** What the report prints as the snapshot's identity: the same content always gives the same hash. */
export function snapshotHash(snap: AuditSnapshot): string {
  // The archive's facts count only when kept, so snapshots taken without one keep their hash.
  return fingerprintOf({
    takenAt: snap.takenAt,
    state: snap.state,
    audit: snap.audit ?? null,
    ...(snap.crmSettings ? { crmSettings: JSON.parse(JSON.stringify(snap.crmSettings)) as unknown } : {}),
  });
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
  if (snap.crmSettings !== undefined) snap.crmSettings = revivedFacts(snap.crmSettings, path);
  if (Number.isNaN(Date.parse(snap.takenAt))) {
    throw errorOf(AUDIT_SNAPSHOT_ERRORS, 'snapshotWithoutTime', { where: path });
  }
  return snap;
}

/** The archive's facts as JSON kept them: the date back to a Date, the shape checked. */
function revivedFacts(raw: unknown, path: string): CrmSettingsFacts {
  const f = raw as Partial<CrmSettingsFacts> & { archive?: { writtenAt?: unknown } };
  const at = f.archive?.writtenAt;
  if (
    typeof f !== 'object' ||
    f === null ||
    typeof f.archive !== 'object' ||
    !Array.isArray(f.pipelines) ||
    !Array.isArray(f.roles) ||
    (at !== null && (typeof at !== 'string' || Number.isNaN(Date.parse(at))))
  )
    throw errorOf(AUDIT_SNAPSHOT_ERRORS, 'SNAPSHOT_UNREADABLE', { where: path, data: { path } });
  return {
    ...(f as CrmSettingsFacts),
    archive: { ...f.archive, writtenAt: at === null ? null : new Date(at) },
  };
}
