import type { CrmSettingsFacts } from '../portal/crm-settings/types.js';
import type { Snapshot } from '../portal/snapshot-file.js';
import type { PortalState } from '../resources/state.js';
import { ROW_FAMILIES, type AuditData, type AuditRows } from '../standards/audit-data.js';
import { rowDigestsOf, snapshotFingerprint } from './fingerprint.js';
import { streamAuditSnapshot } from './snapshot-read.js';

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

/**
 * The hash of a snapshot held whole in memory: what `audit --snapshot` prints for it, computed there as
 * the rows stream (src/audit/audit.ts). The same content always gives the same hash.
 */
export function snapshotHash(snap: AuditSnapshot): string {
  return snapshotFingerprint(
    snap.takenAt,
    snap.state,
    snap.audit ? { facts: snap.audit, rows: rowDigestsOf(snap.audit) } : undefined,
    snap.crmSettings,
  );
}

/**
 * A snapshot read into memory with its rows (a test, a small file): the same reader and checks as
 * `audit --snapshot`, which never holds the rows.
 */
export async function readAuditSnapshot(path: string): Promise<AuditSnapshot> {
  const rows = Object.fromEntries(ROW_FAMILIES.map((f) => [f, [] as unknown[]])) as unknown as AuditRows;
  const read = await streamAuditSnapshot(path, () =>
    Promise.resolve({
      start: () => undefined,
      rows: (family, page) => {
        (rows[family] as unknown[]).push(...page);
      },
      drop: () => undefined,
    }),
  );
  const snap: AuditSnapshot = { ...read.snap };
  if (read.facts) snap.audit = { ...read.facts, ...rows };
  if (read.crmSettings) snap.crmSettings = read.crmSettings;
  return snap;
}
