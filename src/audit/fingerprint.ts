import { createHash, type Hash } from 'node:crypto';
import { fingerprintOf } from '../core/hash.js';
import type { CrmSettingsFacts } from '../portal/crm-settings/types.js';
import type { PortalState } from '../resources/state.js';
import {
  factsOf,
  ROW_FAMILIES,
  type AuditData,
  type AuditFacts,
  type RowFamily,
} from '../standards/audit-data.js';

/** sha256 of nothing: the digest of a family without rows. */
const EMPTY = createHash('sha256').digest('hex');

/**
 * The rows' part of a snapshot fingerprint, computed as the rows stream: one sha256 per family over its
 * rows' canonical JSON (src/standards/audit-rows.ts), one row a line, in the portal's order. A live audit
 * and the audit of the snapshot it saved hash the same lines, so they print the same fingerprint without
 * any audit keeping its rows (issue #18).
 */
export class RowsFingerprint {
  private readonly hashes = new Map<RowFamily, Hash>();

  /** Rows of a family, each already as its canonical JSON. */
  add(family: RowFamily, lines: readonly string[]): void {
    if (lines.length === 0) return;
    let h = this.hashes.get(family);
    if (!h) {
      h = createHash('sha256');
      this.hashes.set(family, h);
    }
    h.update(`${lines.join('\n')}\n`);
  }

  /** A family whose rows are dropped (unreadable): it counts as empty, as the snapshot writes it. */
  drop(family: RowFamily): void {
    this.hashes.delete(family);
  }

  digests(): Record<RowFamily, string> {
    const out = {} as Record<RowFamily, string>;
    for (const f of ROW_FAMILIES) out[f] = this.hashes.get(f)?.digest('hex') ?? EMPTY;
    return out;
  }
}

/**
 * What the report prints as the snapshot's identity: its time, the portal configuration, the data's
 * facts and each family's row digest, and the CRM settings archive's facts when they are kept. The same
 * content always gives the same fingerprint.
 */
export function snapshotFingerprint(
  takenAt: string,
  state: PortalState,
  data: { facts: AuditFacts; rows: Record<RowFamily, string> } | undefined,
  crmSettings?: CrmSettingsFacts,
): string {
  return fingerprintOf({
    takenAt,
    state,
    audit: data ? { ...factsOf(data.facts), rows: data.rows } : null,
    // As the snapshot file holds them (dates as text); a snapshot without an archive keeps its hash.
    ...(crmSettings ? { crmSettings: JSON.parse(JSON.stringify(crmSettings)) as unknown } : {}),
  });
}

/** The rows' digests of data held whole in memory, with rows in canonical form. */
export function rowDigestsOf(data: AuditData): Record<RowFamily, string> {
  const fp = new RowsFingerprint();
  for (const f of ROW_FAMILIES)
    fp.add(
      f,
      (data[f] as unknown[]).map((r) => JSON.stringify(r)),
    );
  return fp.digests();
}
