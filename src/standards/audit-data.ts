/**
 * What the data collection pass reads from a portal for the class D standards, in a compact,
 * JSON-serialisable form: it is saved as the `audit` part of a snapshot (`audit --save-snapshot`), and
 * the same checks run on it later (`audit --snapshot`) with the same result.
 */
export const AUDIT_DATA_VERSION = 1;

/** An open, won, lost or repeat-pipeline deal, with only what the checks use. */
export interface DealRow {
  id: number;
  category: number;
  stage: string;
  assigned: number;
  contact: number | null;
  /** ISO, as the portal printed it. */
  created: string | null;
  /** When the deal entered its stage (movedTime), else its last change (updatedTime). */
  entered: string | null;
  closed: string | null;
  /** The NPS field holds a value. */
  nps: boolean;
}

export interface ActivityRow {
  id: number;
  owner: number;
  /** 1 meeting, 2 call, 3 task, 4 e-mail, 6 to-do (crm.activity.list TYPE_ID). */
  type: number;
  provider: string;
  deadline: string | null;
}

export interface TaskRow {
  id: number;
  title: string;
  /** 1 new, 2 pending, 3 in progress, 4 supposedly done, 5 done, 6 deferred. */
  status: number;
  deadline: string | null;
  responsible: number;
  created: string | null;
  /** Deal ids from UF_CRM_TASK bindings "D_<id>" (docs/bitrix24/data-audit.md#task-bindings). */
  deals: number[];
}

export interface CallRow {
  id: number;
  user: number;
  start: string | null;
  duration: number;
  recorded: boolean;
}

/** Data families: one scan or count group each; a family that could not be read carries an error. */
export type Family =
  | 'supervision'
  | 'overdue'
  | 'lostCounts'
  | 'contacts'
  | 'openDeals'
  | 'openActivities'
  | 'tasks'
  | 'wonDeals'
  | 'lostDeals'
  | 'repeatDeals'
  | 'calls'
  | 'recentDeals'
  | 'emailActivities';

export interface FamilyError {
  method: string;
  code: string;
  description: string;
}

export interface CollectionStats {
  /** HTTP requests of the whole read: configuration, counts and scans. */
  httpRequests: number;
  restCalls: number;
  /** Requests the configuration read took (one batch, two when a list has more than 50 rows). */
  configRequests: number;
  /** Rows read by scans and the pages they took. */
  rows: number;
  pages: number;
  counts: number;
  /**
   * configRequests + ceil(counts / 50) + ceil(pages / 50): the least any client could do
   * (BENCHMARKS.md#what-is-measured).
   */
  floorRequests: number;
}

/** The small part of the data: counts, windows, errors and what the read cost. */
export interface AuditFacts {
  version: typeof AUDIT_DATA_VERSION;
  /** The portal's time when the data was read (ISO). */
  now: string;
  /** Start of each windowed family (ISO): won/lost deals by close date, calls, recent deals. */
  since: Partial<Record<Family, string>>;
  /** Named totals (batched `total`s, docs/bitrix24/paging.md#counting). */
  counts: Record<string, number>;
  /** Deal counts per responsible who has no supervisor (SD-06), by user id. */
  unsupervisedDeals: Record<string, number>;
  /** UF_CRM_… field read as the NPS value, if any. */
  npsField: string | null;
  /** Pipelines treated as repeat-sales pipelines (SD-10). */
  repeatPipelines: number[];
  errors: Partial<Record<Family, FamilyError>>;
  stats: CollectionStats;
}

/** What the scans read, one list per family, each in the order the portal gave it (by id). */
export interface AuditRows {
  openDeals: DealRow[];
  openActivities: ActivityRow[];
  tasks: TaskRow[];
  wonDeals: DealRow[];
  lostDeals: DealRow[];
  repeatDeals: DealRow[];
  calls: CallRow[];
  /** Ids of deals created in the SD-17 window. */
  recentDeals: number[];
  /** Deal ids with an e-mail activity created in the SD-17 window, ascending, each once. */
  emailDeals: number[];
}

/**
 * Everything the data pass read, as a snapshot keeps it. A live audit never holds it whole: the rows go
 * to the standards' gatherers (src/standards/gather.ts) as they arrive.
 */
export interface AuditData extends AuditFacts, AuditRows {}

/** A row family and the row it carries. */
export type RowOf = { [F in keyof AuditRows]: AuditRows[F][number] };
export type RowFamily = keyof AuditRows;

/** Every row family, in the order a snapshot lists them. */
export const ROW_FAMILIES: readonly RowFamily[] = [
  'openDeals',
  'openActivities',
  'tasks',
  'wonDeals',
  'lostDeals',
  'repeatDeals',
  'calls',
  'recentDeals',
  'emailDeals',
];

/** The facts of a snapshot's data, without its rows. */
export function factsOf(data: AuditFacts): AuditFacts {
  return {
    version: data.version,
    now: data.now,
    since: data.since,
    counts: data.counts,
    unsupervisedDeals: data.unsupervisedDeals,
    npsField: data.npsField,
    repeatPipelines: data.repeatPipelines,
    errors: data.errors,
    stats: data.stats,
  };
}

/** Whether the data carries its rows (a snapshot read into memory, a test) or only the facts. */
export function hasRows(data: AuditFacts): data is AuditData {
  const d = data as Partial<AuditRows>;
  return ROW_FAMILIES.every((f) => Array.isArray(d[f]));
}
