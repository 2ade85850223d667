import type { Text } from '../../core/i18n.js';
import type { Attestation, SuppressionEntry } from '../../standards/attestations.js';
import type { GradeId, ScoreSummary } from '../../standards/score.js';
import type { Category, Finding, StandardClass, Status } from '../../standards/types.js';
import type { CollectionStats } from '../../standards/audit-data.js';

/** Bump when the JSON report changes shape; consumers check `schema` and `version`. */
export const AUDIT_REPORT_SCHEMA = 'b24cfg-audit-report';
export const AUDIT_REPORT_VERSION = 1;

/** Where a spec finding was written, for SARIF and the report (path relative to the working folder). */
export interface SpecLocation {
  pointer: string;
  file: string;
  line: number;
  col: number;
}

export interface ReportedFinding extends Finding {
  locations?: SpecLocation[];
}

export interface StandardResult {
  id: string;
  slug: string;
  title: Text;
  category: Category;
  weight: number;
  classes: readonly StandardClass[];
  status: Status;
  /** Points earned, 0..1; absent when the standard does not count (not applicable, error). */
  points?: number;
  findings: ReportedFinding[];
  remediation: Text;
  /** A waiver in force (not expired) leaves the standard out of the score; an expired one is shown only. */
  suppression?: SuppressionEntry & { expired: boolean };
}

export type SourceKind = 'portal' | 'snapshot' | 'spec';

export interface AuditSource {
  kind: SourceKind;
  /** Portal host (never the webhook URL). */
  host?: string;
  portalKind?: 'http' | 'sandbox';
  /** The spec file, relative to the working folder. */
  spec?: string;
  specHash?: string;
  /** The snapshot file read or written. */
  snapshot?: string;
  /** When the portal was read (the snapshot's own time). */
  takenAt?: string;
  /** Fingerprint of what was audited: the snapshot (configuration + data), or the spec alone. */
  hash: string;
  /** The CRM settings archive read as evidence (`--crm-settings`, or kept in the snapshot). */
  archive?: {
    file: string;
    /** `vertical_crm 1`. */
    manifest: string;
    writtenAt: string | null;
    ageDays: number | null;
  };
}

export interface AuditReport {
  schema: typeof AUDIT_REPORT_SCHEMA;
  version: typeof AUDIT_REPORT_VERSION;
  tool: string;
  pack: string;
  source: AuditSource;
  /** The moment the audit describes: the snapshot's time, or the spec hash's for a spec alone. */
  asOf: string | null;
  windowDays: number;
  thresholds: Record<string, Record<string, number>>;
  score: ScoreSummary & { grade: GradeId };
  results: StandardResult[];
  attestations: Array<Attestation & { expired: boolean }>;
  suppressions: Array<SuppressionEntry & { expired: boolean }>;
  /** How the portal data was read: HTTP requests against the floor. */
  collection?: CollectionStats;
}
