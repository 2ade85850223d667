import type { ExitCode } from '../../core/exit-codes.js';
import type { PlanSummary } from '../../resources/plan.js';
import type { GradeId, ScoreSummary } from '../../standards/score.js';
import type { Status } from '../../standards/types.js';

/**
 * The result of `b24cfg fleet audit|plan` (and of `fleet merge`): the JSON format is this shape, and every
 * other format is rendered from it, so a merged result renders exactly like one run. Bump the version when
 * the shape changes; consumers check `schema` and `version`.
 */
export const FLEET_RESULT_SCHEMA = 'b24cfg-fleet-result';
export const FLEET_RESULT_VERSION = 1;

export type FleetKind = 'audit' | 'plan';

/** Why a portal has no result: what a consultant does next differs for each. */
export const FAILURE_REASONS = [
  'auth',
  'network',
  'not-a-portal',
  'limits',
  'portal',
  'spec',
  'config',
  'internal',
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

export interface PortalError {
  code: string;
  reason: FailureReason;
  /** In the language of the run. */
  message: string;
  hint?: string;
  where?: string;
}

/** A standard's status in a fleet result; a waiver in force shows as `suppressed`. */
export type StandardState = Status | 'suppressed';

/** The change since an earlier stored result of the same portal (the history folder). */
export interface PortalChange {
  /** The run the baseline comes from. */
  since: string;
  previousScore: number;
  /** Score now minus then, one decimal. */
  delta: number;
  /** Standards failing now that did not fail then. */
  newlyFailing: string[];
  /** Standards that failed then and do not now. */
  fixed: string[];
}

export type AuditScore = ScoreSummary & { grade: GradeId };

export interface FleetPortalResult {
  name: string;
  labels: Record<string, string>;
  tier?: string;
  /** The portal's host (never its webhook URL). */
  host?: string;
  /** The portal's spec, as the fleet run showed it. */
  spec?: string;
  startedAt: string;
  finishedAt: string;
  /** What this portal cost: HTTP requests and REST calls. */
  requests?: { http: number; calls: number };
  /** What `b24cfg audit` (with the gates) or `plan --detailed-exitcode` would exit for this portal alone. */
  exitCode: ExitCode;
  /** audit: the audit's score object. */
  score?: AuditScore;
  /** audit: every standard's status. */
  standards?: Record<string, StandardState>;
  /** audit: why the portal failed `--min-score` / `--fail-on`, in the language of the run. */
  gateFailed?: string[];
  /** plan: what would change. */
  plan?: { summary: PlanSummary; drift: boolean };
  /** The portal's full report, relative to the folder the fleet command ran in. */
  report?: string;
  change?: PortalChange;
  error?: PortalError;
}

export interface FleetRunInfo {
  /** The run's id in the history folder: its start time, `2026-12-04T10-15-00.123Z`. */
  id: string;
  startedAt: string;
  finishedAt: string;
  /** A share of the fleet (`--shard i/n`, 1-based). */
  shard?: { index: number; count: number };
  /** `fleet merge`: the runs merged, in the order given. */
  merged?: string[];
}

export interface FleetSummary {
  portals: number;
  /** audit: portals scored; plan: portals planned. */
  done: number;
  failed: number;
  byReason: Partial<Record<FailureReason, number>>;
  /** audit: portals below a gate. */
  gateFailed: number;
  /** plan: portals that differ from their spec. */
  drift: number;
  /** audit: the mean score of the scored portals, one decimal; null when none was scored. */
  averageScore: number | null;
  requests: { http: number; calls: number };
  /** The worst of the portals' exit codes (README.md#many-portals). */
  exitCode: ExitCode;
}

export interface FleetResult {
  schema: typeof FLEET_RESULT_SCHEMA;
  version: typeof FLEET_RESULT_VERSION;
  tool: string;
  kind: FleetKind;
  /** The standards pack (audit). */
  pack?: string;
  lang: 'ru' | 'en';
  run: FleetRunInfo;
  /** The fleet file: how it was shown, its fingerprint, and every portal name in it, in its order. */
  fleet: { file: string; hash: string; names: string[] };
  /** The portals this run covered, in the fleet file's order. */
  portals: FleetPortalResult[];
  summary: FleetSummary;
}

/** Where a portal's full report is, seen from the file being written (README.md#many-portals). */
export type ReportHref = (report: string) => string;
