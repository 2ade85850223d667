import type { Text, TextData } from '../core/i18n.js';
import type { CrmSettingsFacts } from '../portal/crm-settings/types.js';
import type { StateFile } from '../portal/state-file.js';
import type { ArchiveBinding, ArchiveItem } from '../resources/manual-archive/types.js';
import type { PortalState } from '../resources/state.js';
import type { Locate } from '../spec/types.js';
import type { Spec } from '../spec/spec.generated.js';
import type { AuditFacts } from './audit-data.js';
import type { Gatherer } from './gather.js';
import type { Attestation, SuppressionEntry } from './attestations.js';

/**
 * The standards pack the audit scores against (standards/README.md). A report always names it, because a
 * score only means the same thing under the same pack, as kube-bench names its benchmark version
 * (https://github.com/aquasecurity/kube-bench#running-kube-bench).
 */
export const STANDARDS_PACK = 'sales-dept@1';

/** A = applied and checked through REST, C = checked on the configuration, D = on data, M = manual. */
export type StandardClass = 'A' | 'C' | 'D' | 'M';

export const CATEGORIES = [
  'structure',
  'discipline',
  'control',
  'communications',
  'documents',
  'automation',
  'analytics',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const STATUSES = [
  'pass',
  'partial',
  'fail',
  'manual-attested',
  'manual-unattested',
  'manual-expired',
  'not-applicable',
  'error',
] as const;
export type Status = (typeof STATUSES)[number];

/**
 * Which source a finding judged: the design (spec), the portal configuration, portal data, the
 * portal's CRM settings archive (robots, triggers, required fields, roles), a human.
 */
export type Part = 'spec' | 'config' | 'data' | 'archive' | 'manual';

export interface ThresholdMeta {
  default: number;
  description: Text;
}

export interface StandardMeta<M extends string = string> {
  /** 'SD-04' */
  id: string;
  /** File and doc name part: 'stage-tasks' for sd-04-stage-tasks.ts. */
  slug: string;
  title: Text;
  /** Why the standard matters, in our own words. */
  rationale: Text;
  /** How b24cfg checks it on a spec, a portal configuration and portal data. */
  how: Text;
  remediation: Text;
  category: Category;
  /** 1 (nice to have) … 3 (the department does not work without it). */
  weight: 1 | 2 | 3;
  classes: readonly StandardClass[];
  /**
   * What the CRM settings archive (`--crm-settings`) proves for this standard, for its doc; a standard
   * with it checks the archive as evidence and needs no attestation where the archive decides.
   */
  archive?: Text;
  /** Overridable per client in the spec: `audit.thresholds: { SD-04: { min_share: 0.8 } }`. */
  thresholds: Readonly<Record<string, ThresholdMeta>>;
  /** ESLint style: every finding names one of these by id and fills its {placeholders}. */
  messages: Readonly<Record<M, Text>>;
}

/** One offending (or sampled) object, with a link into the portal where there is one. */
export interface Sample {
  id: number | string;
  label: string;
  url?: string;
  note?: Text;
}

export interface EvidenceCount {
  key: string;
  label: Text;
  value: number;
}

/** A titled list of offending objects: the first few by id, and how many there are in all. */
export interface SampleGroup {
  title: Text;
  total: number;
  items: Sample[];
}

export interface Evidence {
  /** What was read: REST methods with their filters, spec paths, the attestations file. */
  read: string[];
  counts: EvidenceCount[];
  expected?: Text;
  actual?: Text;
  samples?: SampleGroup[];
}

export interface Finding {
  part: Part;
  status: Status;
  /** For partial: the share of the points earned, 0..1. */
  ratio?: number;
  messageId: string;
  /** The message filled in both languages. */
  message: Text;
  /** The plain values the message was filled with (for machines: json, SARIF properties). */
  data: TextData;
  evidence: Evidence;
  /** False for findings shown for information only (an attestation when data already decides). */
  scored: boolean;
  /** JSON pointers into the spec where the finding belongs (SARIF puts them on spec lines). */
  specPointers?: string[];
}

/**
 * The CRM settings archive an audit reads (`--crm-settings`, or the facts a snapshot kept): its facts,
 * how the spec's names map to its ids, and, with a spec, each manual item's verdict
 * (src/resources/manual-archive/compare.ts).
 */
export interface AuditArchive {
  facts: CrmSettingsFacts;
  binding: ArchiveBinding;
  items?: readonly ArchiveItem[];
}

/** Everything a check may look at; any source may be missing (spec alone, portal alone, both). */
export interface AuditContext {
  spec?: Spec;
  locate?: Locate;
  state?: PortalState;
  /**
   * Data collected for class D checks; undefined when there is none (spec alone, an apply snapshot). Its
   * rows, when it carries them (a snapshot read whole, a test), are replayed through each standard's
   * gatherer; a live audit passes only the facts and what the gatherers made of the rows as they streamed.
   */
  data?: AuditFacts;
  /** What each standard's gatherer made of the rows (src/standards/gather.ts), by standard id. */
  digests?: ReadonlyMap<string, unknown>;
  /** Key ↔ portal id bindings of the spec's directions, open lines, documents (.b24cfg/<host>.state.json). */
  binding?: StateFile;
  /** The portal's CRM settings archive, when one was given or a snapshot kept its facts. */
  crmSettings?: AuditArchive;
  attestations: readonly Attestation[];
  suppressions: readonly SuppressionEntry[];
  /** The moment the audit describes: the portal's time for a live read, the snapshot's for a snapshot. */
  now: Date;
  /** Per-standard overrides from the spec (`audit.thresholds`). */
  thresholds: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** How far back data checks look unless a standard's `days` threshold says otherwise. */
  windowDays: number;
  /** https://<host> (http:// for the loopback sandbox server) for links into the portal; undefined for an in-process sandbox. */
  portalBase?: string;
}

export interface Standard<M extends string = string> {
  meta: StandardMeta<M>;
  check(ctx: AuditContext): Finding[];
  /** The standard's data part as an aggregator over streamed rows (undefined: it reads no rows). */
  gather?(ctx: AuditContext): Gatherer<unknown>;
}
