import { errorOf } from '../core/errors.js';
import type { CrmSettingsFacts } from '../portal/crm-settings/types.js';
import { readSnapshot, type Snapshot } from '../portal/snapshot-file.js';
import type { PortalState } from '../resources/state.js';
import { AUDIT_DATA_VERSION, ROW_FAMILIES, type AuditData } from '../standards/audit-data.js';
import { BadRow, rowFromJson } from '../standards/audit-rows.js';
import { rowDigestsOf, snapshotFingerprint } from './fingerprint.js';
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

/** What the report prints as the snapshot's identity: the same content always gives the same hash. */
export function snapshotHash(snap: AuditSnapshot): string {
  return snapshotFingerprint(
    snap.takenAt,
    snap.state,
    snap.audit ? { facts: snap.audit, rows: rowDigestsOf(snap.audit) } : undefined,
    snap.crmSettings,
  );
}

export async function readAuditSnapshot(path: string): Promise<AuditSnapshot> {
  const snap = (await readSnapshot<PortalState>(path)) as AuditSnapshot;
  if (snap.audit !== undefined) {
    const a = snap.audit as Partial<AuditData> | null;
    const unreadable = () =>
      errorOf(AUDIT_SNAPSHOT_ERRORS, 'SNAPSHOT_UNREADABLE', { where: path, data: { path } });
    if (a === null || typeof a !== 'object' || a.version !== AUDIT_DATA_VERSION) throw unreadable();
    for (const family of ROW_FAMILIES) {
      const rows = a[family] as unknown;
      if (!Array.isArray(rows)) throw unreadable();
      try {
        (a as Record<string, unknown>)[family] = rows.map((r) => rowFromJson(family, r));
      } catch (e) {
        if (e instanceof BadRow) throw unreadable();
        throw e;
      }
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
