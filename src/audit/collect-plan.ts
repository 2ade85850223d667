import { stagePrefix } from '../resources/crm-status/stage-ids.js';
import type { PortalState } from '../resources/state.js';
import type { StateFile } from '../portal/state-file.js';
import type { Spec } from '../spec/spec.generated.js';
import { npsFieldName } from '../standards/helpers/nps.js';
import { usersWithoutSupervisor } from '../standards/helpers/portal.js';
import { repeatPipelineIds } from '../standards/helpers/repeat.js';
import type { Family } from '../standards/audit-data.js';

/** One `total` the audit needs (docs/bitrix24/paging.md#counting: start 0 + select ID returns `total`). */
export interface PlannedCount {
  id: string;
  family: Family;
  method: string;
  params: Record<string, unknown>;
}

/** A full scan by the ID cursor; its size comes from a count with the same filter. */
export interface PlannedScan {
  /**
   * Scans of one family make one list: their pages are merged by id, each id once (scan-pack.ts), so
   * the family's rows arrive in id order whichever scan answered first.
   */
  family: Family;
  method: string;
  /** Filter without the cursor condition. */
  filter: Record<string, unknown>;
  select?: readonly string[];
  /** Top-level params besides filter/order/select (entityTypeId). */
  params?: Record<string, unknown>;
  /** Row id in the answer: 'id' (crm.item.list, tasks.task.list) or 'ID'. */
  idField: string;
  /** Id in filter/order: 'id' for crm.item.list, 'ID' elsewhere. */
  filterIdKey: string;
  /** Rows sit in result[itemsKey]: items (crm.item.list), tasks (tasks.task.list). */
  itemsKey?: string;
  /**
   * voximplant.statistic.get wants FILTER and SORT/ORDER
   * (https://apidocs.bitrix24.com/api-reference/telephony/voximplant/voximplant-statistic-get.html).
   */
  voximplant?: boolean;
  /** The count that gives the scan's size. */
  sizeCount: string;
}

export interface CollectionPlan {
  counts: PlannedCount[];
  scans: PlannedScan[];
  since: Partial<Record<Family, string>>;
  npsField: string | null;
  repeatPipelines: number[];
  unsupervisedUsers: number[];
}

export interface PlanInput {
  spec?: Spec;
  state: PortalState;
  binding?: StateFile;
  thresholds: Readonly<Record<string, Readonly<Record<string, number>>>>;
  windowDays: number;
  now: Date;
}

/**
 * Statuses 4 (supposedly done) and 5 (done): every other task is unfinished, deferred (6) included, as the
 * portal counts overdue tasks (src/standards/helpers/data.ts isUnfinishedTask).
 */
const FINISHED_TASK_STATUSES = [4, 5];

/** The standards that read finished tasks, each within its own window (`days`). */
const TASK_WINDOW_STANDARDS = ['SD-05', 'SD-09', 'SD-12'];

/** Days back the tasks scan reads finished tasks: the longest window of the standards that use them. */
function taskWindowDays(days: (id: string) => number): number {
  return Math.max(...TASK_WINDOW_STANDARDS.map(days));
}

/** How many users get their own deal count as evidence for SD-06 (all counts fit one batch). */
const PER_USER_COUNTS = 20;

/** Bitrix24 date filters take ISO 8601 with an offset. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/** UF_CRM_NPS → ufCrmNps: crm.item.list names user fields in camel case, digit groups keep their "_". */
export function itemFieldName(ufName: string): string {
  const parts = ufName
    .toLowerCase()
    .split('_')
    .filter((p) => p !== '');
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i] ?? '';
    const keep = /^\d/.test(p) && /\d$/.test(parts[i - 1] ?? '');
    out += keep ? `_${p}` : p.charAt(0).toUpperCase() + p.slice(1);
  }
  return out;
}

/**
 * An empty filter is left out: a query string cannot carry `{}` inside a batch
 * (docs/bitrix24/b24jssdk.md#batch-query-strings).
 */
function withFilter(
  params: Record<string, unknown>,
  key: string,
  filter: Record<string, unknown>,
): Record<string, unknown> {
  return Object.keys(filter).length > 0 ? { ...params, [key]: filter } : params;
}

const item = (entityTypeId: number, filter: Record<string, unknown>) =>
  withFilter({ entityTypeId, select: ['id'] }, 'filter', filter);

/**
 * Decides every count and scan the class D standards need, so that one pass serves all of them:
 * counts go 50 to a request, and each scan's size is known before it starts (BENCHMARKS.md#what-is-measured).
 */
export function planCollection(input: PlanInput): CollectionPlan {
  const { state, now } = input;
  const days = (id: string) => input.thresholds[id]?.days ?? input.windowDays;
  const since = (id: string) => isoSeconds(now.getTime() - days(id) * 86_400_000);
  const counts: PlannedCount[] = [];
  const scans: PlannedScan[] = [];
  const count = (id: string, family: Family, method: string, params: Record<string, unknown>) =>
    counts.push({ id, family, method, params });

  // SD-06: deals and leads whose responsible has nobody above them; totals for the share.
  const alone = usersWithoutSupervisor(state);
  const leads = state.info.crmMode !== 2;
  count('dealsTotal', 'supervision', 'crm.item.list', item(2, {}));
  if (leads) count('leadsTotal', 'supervision', 'crm.item.list', item(1, {}));
  if (alone.length > 0) {
    count('unsupervisedDeals', 'supervision', 'crm.item.list', item(2, { assignedById: alone }));
    if (leads) count('unsupervisedLeads', 'supervision', 'crm.item.list', item(1, { assignedById: alone }));
    for (const id of alone.slice(0, PER_USER_COUNTS))
      count(`unsupervised:${id}`, 'supervision', 'crm.item.list', item(2, { assignedById: id }));
  }
  // SD-07: the "overdue" meta status (docs/bitrix24/data-audit.md#overdue-tasks).
  count('overdueTasks', 'overdue', 'tasks.task.list', { filter: { STATUS: -1 }, select: ['ID'] });
  // SD-11: lost deals in the period, and those left in the generic LOSE stage of any pipeline.
  const lostSince = since('SD-11');
  const lose = state.pipelines.map((p) => `${stagePrefix(p.id)}LOSE`).sort();
  count(
    'lostInPeriod',
    'lostCounts',
    'crm.item.list',
    item(2, { stageSemanticId: 'F', '>=closedate': lostSince }),
  );
  if (lose.length > 0)
    count(
      'lostInGenericLose',
      'lostCounts',
      'crm.item.list',
      item(2, { stageSemanticId: 'F', stageId: lose, '>=closedate': lostSince }),
    );
  // SD-30: contacts, and those with a type (the types are the dictionary's codes,
  // docs/bitrix24/dictionaries.md#dictionary-lists).
  const types = state.statuses
    .filter((s) => s.entityId === 'CONTACT_TYPE')
    .map((s) => s.statusId)
    .sort();
  count('contacts', 'contacts', 'crm.item.list', item(3, {}));
  if (types.length > 0) count('contactsWithType', 'contacts', 'crm.item.list', item(3, { typeId: types }));

  const npsField = npsFieldName(input.spec, state);
  const repeatPipelines = repeatPipelineIds({ spec: input.spec, state, binding: input.binding });
  const wonDays = Math.max(days('SD-09'), days('SD-10'));
  const wonSince = isoSeconds(now.getTime() - wonDays * 86_400_000);
  const recentSince = since('SD-17');
  const dealSelect = [
    'id',
    'categoryId',
    'stageId',
    'assignedById',
    'contactId',
    'createdTime',
    'updatedTime',
    'movedTime',
    'closedate',
  ];
  const deals = (family: Family, filter: Record<string, unknown>, extra: string[] = []): PlannedScan => ({
    family,
    method: 'crm.item.list',
    filter,
    select: [...dealSelect, ...extra],
    params: { entityTypeId: 2 },
    idField: 'id',
    filterIdKey: 'id',
    itemsKey: 'items',
    sizeCount: `size:${family}`,
  });
  scans.push(deals('openDeals', { stageSemanticId: 'P' }));
  scans.push({
    family: 'openActivities',
    method: 'crm.activity.list',
    filter: { OWNER_TYPE_ID: 2, COMPLETED: 'N' },
    select: ['ID', 'OWNER_ID', 'TYPE_ID', 'PROVIDER_ID', 'DEADLINE'],
    idField: 'ID',
    filterIdKey: 'ID',
    sizeCount: 'size:openActivities',
  });
  // Tasks: every unfinished one (SD-04, SD-07) and the finished ones created in the longest window of
  // the standards that look back (SD-05, SD-09, SD-12), as two scans whose union has no task twice: the
  // filter cannot say "or" with a date (docs/bitrix24/data-audit.md#which-tasks-the-audit-reads).
  const taskSelect = ['ID', 'TITLE', 'STATUS', 'DEADLINE', 'RESPONSIBLE_ID', 'CREATED_DATE', 'UF_CRM_TASK'];
  const tasks = (filter: Record<string, unknown>, sizeCount: string): PlannedScan => ({
    family: 'tasks',
    method: 'tasks.task.list',
    filter,
    select: taskSelect,
    idField: 'id',
    filterIdKey: 'ID',
    itemsKey: 'tasks',
    sizeCount,
  });
  const tasksSince = isoSeconds(now.getTime() - taskWindowDays(days) * 86_400_000);
  scans.push(tasks({ '!REAL_STATUS': FINISHED_TASK_STATUSES }, 'size:tasks'));
  scans.push(
    tasks({ REAL_STATUS: FINISHED_TASK_STATUSES, '>=CREATED_DATE': tasksSince }, 'size:finishedTasks'),
  );
  scans.push(
    deals(
      'wonDeals',
      { stageSemanticId: 'S', '>=closedate': wonSince },
      npsField ? [itemFieldName(npsField)] : [],
    ),
  );
  scans.push(deals('lostDeals', { stageSemanticId: 'F', '>=closedate': since('SD-12') }));
  if (repeatPipelines.length > 0)
    scans.push(deals('repeatDeals', { categoryId: repeatPipelines, '>=createdTime': wonSince }));
  scans.push({
    family: 'calls',
    method: 'voximplant.statistic.get',
    filter: { '>=CALL_START_DATE': since('SD-16') },
    idField: 'ID',
    filterIdKey: 'ID',
    voximplant: true,
    sizeCount: 'size:calls',
  });
  scans.push({ ...deals('recentDeals', { '>=createdTime': recentSince }), select: ['id'] });
  scans.push({
    family: 'emailActivities',
    method: 'crm.activity.list',
    filter: { OWNER_TYPE_ID: 2, TYPE_ID: 4, '>=CREATED': recentSince },
    select: ['ID', 'OWNER_ID'],
    idField: 'ID',
    filterIdKey: 'ID',
    sizeCount: 'size:emailActivities',
  });

  for (const s of scans) {
    const params = s.voximplant
      ? withFilter({}, 'FILTER', s.filter)
      : withFilter({ ...s.params, select: [s.filterIdKey] }, 'filter', s.filter);
    count(s.sizeCount, s.family, s.method, params);
  }
  return {
    counts,
    scans,
    since: {
      wonDeals: wonSince,
      repeatDeals: wonSince,
      lostDeals: since('SD-12'),
      lostCounts: lostSince,
      tasks: tasksSince,
      calls: since('SD-16'),
      recentDeals: recentSince,
      emailActivities: recentSince,
    },
    npsField,
    repeatPipelines,
    unsupervisedUsers: alone,
  };
}
