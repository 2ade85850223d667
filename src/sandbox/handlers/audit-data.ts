/**
 * tasks.task.list (REST v2, scope `task`, camelCase result.tasks), crm.stagehistory.list and
 * voximplant.statistic.get (docs/bitrix24/parity.md#tasks-task-list, #crm-item-list,
 * #voximplant-statistic-get; fixtures of the same names).
 */
import { type HandlerContext, type MethodDef, ok } from '../context.js';
import { legacyFields, typedFields } from '../query/fields.js';
import { runList } from '../query/list.js';
import { compileTaskFilter } from '../query/task-filter.js';
import { createTable, projectRow, selectFields, type FieldDef } from '../query/table.js';
import { engineError } from '../rest-error.js';
import type { SandboxState, SbCall, SbStageHistory, SbTask, SbUser } from '../state.js';
import { isRecord, param, toInt, type Params } from '../values.js';

const DAY = 86_400_000;

/**
 * Whether a task's deadline can still pass: every status but 4 (supposedly done) and 5 (done), deferred
 * (6) included; a declined task (7) only when someone else than the caller is responsible
 * (docs/bitrix24/parity.md#tasks-task-list).
 */
function deadlineCounts(t: SbTask, userId: number | undefined): boolean {
  if (t.status === 4 || t.status === 5) return false;
  return t.status !== 7 || t.responsibleId !== userId;
}

/** The overdue meta status -1: the deadline has passed and the task is not done. */
export function isTaskOverdue(t: SbTask, now: number, userId?: number): boolean {
  return t.deadline !== null && t.deadline < now && deadlineCounts(t, userId);
}

/**
 * The meta status tasks.task.list filters STATUS by and prints as subStatus: -3 when the deadline is
 * less than a day away, -1 when it has passed, otherwise the status itself (-2, "not viewed yet", is
 * not modelled: the sandbox keeps no views).
 */
export function taskMetaStatus(t: SbTask, now: number, userId?: number): number {
  if (t.deadline === null || !deadlineCounts(t, userId)) return t.status;
  if (t.deadline < now) return -1;
  return t.deadline < now + DAY ? -3 : t.status;
}

function userCard(state: SandboxState, id: number): Record<string, unknown> {
  const u: SbUser | undefined = state.users.find((x) => x.id === id);
  return {
    id: String(id),
    name: u ? `${u.name} ${u.lastName}`.trim() : '',
    link: `/company/personal/user/${id}/`,
    icon: '/bitrix/images/tasks/default_avatar.png',
    workPosition: u?.position ?? '',
  };
}

function usersData(state: SandboxState, ids: number[]): unknown {
  return ids.length > 0 ? Object.fromEntries(ids.map((id) => [String(id), userCard(state, id)])) : [];
}

function taskTable(state: SandboxState, iso: (ms: number) => string, now: number, userId: number) {
  const f = legacyFields<SbTask>(iso);
  const named = (upper: string, camel: string, d: FieldDef<SbTask>): FieldDef<SbTask> => ({
    ...d,
    name: upper,
    outKey: camel,
  });
  // STATUS is filtered and ordered by the meta status and printed as the real one (the controller
  // moves the meta status to subStatus).
  const status: FieldDef<SbTask> = {
    name: 'STATUS',
    outKey: 'status',
    kind: 'int',
    get: (t) => taskMetaStatus(t, now, userId),
    out: (t) => String(t.status),
  };
  return createTable<SbTask>(
    [
      named(
        'ID',
        'id',
        f.int('ID', (t) => t.id),
      ),
      named(
        'TITLE',
        'title',
        f.str('TITLE', (t) => t.title),
      ),
      named(
        'DESCRIPTION',
        'description',
        f.str('DESCRIPTION', (t) => t.description),
      ),
      named(
        'DEADLINE',
        'deadline',
        f.raw(
          'DEADLINE',
          'date',
          (t) => t.deadline,
          (t) => (t.deadline === null ? null : iso(t.deadline)),
        ),
      ),
      named(
        'CREATED_DATE',
        'createdDate',
        f.date('CREATED_DATE', (t) => t.createdDate),
      ),
      named(
        'CLOSED_DATE',
        'closedDate',
        f.raw(
          'CLOSED_DATE',
          'date',
          (t) => t.closedDate,
          (t) => (t.closedDate === null ? null : iso(t.closedDate)),
        ),
      ),
      named(
        'RESPONSIBLE_ID',
        'responsibleId',
        f.int('RESPONSIBLE_ID', (t) => t.responsibleId),
      ),
      named(
        'CREATED_BY',
        'createdBy',
        f.int('CREATED_BY', (t) => t.createdBy),
      ),
      named(
        'PRIORITY',
        'priority',
        f.int('PRIORITY', (t) => t.priority),
      ),
      named(
        'MARK',
        'mark',
        f.str('MARK', () => ''),
      ),
      status,
      named(
        'REAL_STATUS',
        'realStatus',
        f.int('REAL_STATUS', (t) => t.status),
      ),
      named(
        'SUB_STATUS',
        'subStatus',
        f.raw(
          'SUB_STATUS',
          'int',
          (t) => taskMetaStatus(t, now, userId),
          (t) => String(taskMetaStatus(t, now, userId)),
        ),
      ),
      named(
        'GROUP_ID',
        'groupId',
        f.int('GROUP_ID', (t) => t.groupId),
      ),
      named(
        'ACCOMPLICES',
        'accomplices',
        f.raw(
          'ACCOMPLICES',
          'list',
          (t) => t.accomplices,
          (t) => t.accomplices.map(String),
        ),
      ),
      named(
        'AUDITORS',
        'auditors',
        f.raw(
          'AUDITORS',
          'list',
          (t) => t.auditors,
          (t) => t.auditors.map(String),
        ),
      ),
      named(
        'TAGS',
        'tags',
        f.raw(
          'TAGS',
          'list',
          (t) => t.tags,
          (t) =>
            t.tags.length > 0
              ? Object.fromEntries(
                  t.tags.map((title, i) => [String(t.id * 10 + i), { id: t.id * 10 + i, title }]),
                )
              : [],
        ),
      ),
      named(
        'UF_CRM_TASK',
        'ufCrmTask',
        f.raw(
          'UF_CRM_TASK',
          'list',
          (t) => t.ufCrmTask,
          (t) => (t.ufCrmTask.length > 0 ? [...t.ufCrmTask] : false),
        ),
      ),
    ],
    { idField: 'ID', utcOffsetMinutes: state.settings.utcOffsetMinutes },
  );
}

const DEFAULT_TASK_SELECT = [
  'ID',
  'TITLE',
  'DESCRIPTION',
  'STATUS',
  'DEADLINE',
  'CREATED_DATE',
  'RESPONSIBLE_ID',
  'CREATED_BY',
  'PRIORITY',
  'GROUP_ID',
];

function taskList(params: Params, ctx: HandlerContext) {
  const { state } = ctx;
  const now = ctx.clock.now();
  const table = taskTable(state, ctx.iso, now, ctx.userId);
  const page = runList(table, state.tasks, {
    filter: param(params, 'filter'),
    order: param(params, 'order'),
    start: param(params, 'start'),
    defaultOrder: [{ field: 'ID', desc: false }],
    // Overdue depends on the clock, so the time is part of the key.
    cacheKey: `tasks.task.list@${ctx.revision()}@${now}`,
    compile: compileTaskFilter,
  });
  const rawSelect = param(params, 'select');
  const select =
    Array.isArray(rawSelect) && rawSelect.length > 0
      ? rawSelect.map((s) => String(s).toUpperCase())
      : DEFAULT_TASK_SELECT;
  const fields = selectFields(table, select.includes('SUBSTATUS') ? [...select, 'SUB_STATUS'] : select, {
    always: ['ID'],
  });
  const extra = isRecord(param(params, 'params')) ? (param(params, 'params') as Record<string, unknown>) : {};
  const tasks = page.rows.map((t) => {
    const row = projectRow(t, fields);
    // Data the v2 method attaches for selected fields (fixture tasks.task.list.json).
    if (select.includes('DESCRIPTION')) row.descriptionInBbcode = 'Y';
    if (select.includes('RESPONSIBLE_ID')) row.responsible = userCard(state, t.responsibleId);
    if (select.includes('ACCOMPLICES')) row.accomplicesData = usersData(state, t.accomplices);
    if (select.includes('AUDITORS')) row.auditorsData = usersData(state, t.auditors);
    if (select.includes('COUNTERS')) {
      const expired = isTaskOverdue(t, now, ctx.userId) ? 1 : 0;
      row.counter = {
        counters: {
          expired,
          newComments: 0,
          projectExpired: 0,
          projectNewComments: 0,
          mutedExpired: 0,
          mutedNewComments: 0,
        },
        color: expired ? 'danger' : 'gray',
        value: expired,
      };
    }
    row.group = [];
    // The controller checks that the key is there (array_key_exists), whatever its value.
    if ('WITH_RESULT_INFO' in extra) {
      row.taskRequireResult = 'N';
      row.taskHasOpenResult = 'N';
      row.taskHasResult = 'N';
    }
    if ('WITH_TIMER_INFO' in extra) {
      row.timeElapsed = null;
      row.timerIsRunningForCurrentUser = 'N';
    }
    if ('WITH_PARSED_DESCRIPTION' in extra) row.parsedDescription = t.description;
    return row;
  });
  return ok({ tasks }, page.total, page.next);
}

const ENTITY_NAMES: Record<number, string> = {
  3: 'CONTACT',
  4: 'COMPANY',
  7: 'QUOTE',
  31: 'SMART_INVOICE',
  33: 'SHIPMENT_DOCUMENT',
};

function stageHistoryTable(state: SandboxState, iso: (ms: number) => string, entityTypeId: number) {
  const f = typedFields<SbStageHistory>(iso);
  const lead = entityTypeId === 1;
  const fields: FieldDef<SbStageHistory>[] = [
    f.int('ID', (h) => h.id),
    f.int('TYPE_ID', (h) => h.typeId),
    f.int('OWNER_ID', (h) => h.ownerId),
    f.date('CREATED_TIME', (h) => h.createdTime),
  ];
  // Leads have statuses, not stages, and no pipelines (https://apidocs.bitrix24.com/api-reference/crm/crm-stage-history-list.html).
  if (lead)
    fields.push(
      f.str('STATUS_SEMANTIC_ID', (h) => h.stageSemanticId),
      f.str('STATUS_ID', (h) => h.stageId),
    );
  else
    fields.push(
      f.int('CATEGORY_ID', (h) => h.categoryId),
      f.str('STAGE_SEMANTIC_ID', (h) => h.stageSemanticId),
      f.str('STAGE_ID', (h) => h.stageId),
    );
  return createTable(fields, { idField: 'ID', utcOffsetMinutes: state.settings.utcOffsetMinutes });
}

function stageHistoryList(params: Params, ctx: HandlerContext) {
  const entityTypeId = toInt(param(params, 'entityTypeId'));
  if (entityTypeId !== 1 && entityTypeId !== 2) {
    const name = ENTITY_NAMES[entityTypeId] ?? `DYNAMIC_${entityTypeId}`;
    throw engineError(`${name} entity is not supported`);
  }
  const table = stageHistoryTable(ctx.state, ctx.iso, entityTypeId);
  const rows = ctx.state.stageHistory.filter((h) => h.entityTypeId === entityTypeId);
  const page = runList(table, rows, {
    filter: param(params, 'filter'),
    order: param(params, 'order'),
    start: param(params, 'start'),
    defaultOrder: [{ field: 'ID', desc: false }],
  });
  const fields = selectFields(table, param(params, 'select'));
  return ok({ items: page.rows.map((h) => projectRow(h, fields)) }, page.total, page.next);
}

function callTable(state: SandboxState, iso: (ms: number) => string) {
  const f = legacyFields<SbCall>(iso);
  const nul = (name: string) => f.str(name, () => null);
  return createTable<SbCall>(
    [
      f.int('ID', (c) => c.id),
      f.int('PORTAL_USER_ID', (c) => c.portalUserId),
      f.str('PORTAL_NUMBER', (c) => c.portalNumber),
      f.str('PHONE_NUMBER', (c) => c.phoneNumber),
      f.str('CALL_ID', (c) => c.callId),
      nul('EXTERNAL_CALL_ID'),
      f.str('CALL_CATEGORY', (c) => c.callCategory),
      nul('CALL_LOG'),
      f.int('CALL_DURATION', (c) => c.callDuration),
      f.date('CALL_START_DATE', (c) => c.callStartDate),
      f.str('CALL_RECORD_URL', (c) => c.callRecordUrl),
      f.int('CALL_VOTE', (c) => c.callVote),
      f.str('COST', () => '0.0000'),
      f.str('COST_CURRENCY', () => 'RUB'),
      f.str('CALL_FAILED_CODE', (c) => c.callFailedCode),
      f.str('CALL_FAILED_REASON', (c) => c.callFailedReason),
      f.str('CRM_ENTITY_TYPE', (c) => c.crmEntityType),
      f.int('CRM_ENTITY_ID', (c) => c.crmEntityId),
      f.int('CRM_ACTIVITY_ID', (c) => c.crmActivityId),
      nul('REST_APP_ID'),
      nul('REST_APP_NAME'),
      nul('TRANSCRIPT_ID'),
      f.str('TRANSCRIPT_PENDING', () => 'N'),
      nul('SESSION_ID'),
      nul('REDIAL_ATTEMPT'),
      nul('COMMENT'),
      f.int('RECORD_DURATION', (c) => c.recordDuration),
      // The only number in the row (fixture voximplant.statistic.get.json: "RECORD_FILE_ID": 9079).
      f.raw(
        'RECORD_FILE_ID',
        'int',
        (c) => c.recordFileId,
        (c) => c.recordFileId,
      ),
      f.int('CALL_TYPE', (c) => c.callType),
    ],
    { idField: 'ID', utcOffsetMinutes: state.settings.utcOffsetMinutes },
  );
}

/** FILTER, SORT and ORDER in upper case (docs/bitrix24/parity.md#voximplant-statistic-get); lower-case forms are accepted too. */
function callList(params: Params, ctx: HandlerContext) {
  const table = callTable(ctx.state, ctx.iso);
  // SORT and ORDER count only as two strings given together; anything else is dropped
  // (docs/bitrix24/parity.md#voximplant-statistic-get).
  const sort = param(params, 'SORT');
  const dir = param(params, 'ORDER');
  const order =
    typeof sort === 'string' && sort.trim() !== '' && typeof dir === 'string' && dir.trim() !== ''
      ? { [sort.trim()]: dir.trim() }
      : undefined;
  const page = runList(table, ctx.state.calls, {
    filter: param(params, 'FILTER'),
    order,
    start: param(params, 'start'),
    defaultOrder: [{ field: 'ID', desc: false }],
    // StatisticTable::getList with limit and offset: `start` is exact.
    paging: 'offset',
  });
  return ok(
    page.rows.map((c) => projectRow(c, table.fields)),
    page.total,
    page.next,
  );
}

export const auditDataMethods: MethodDef[] = [
  { name: 'tasks.task.list', scopes: ['task'], write: false, handler: taskList },
  { name: 'crm.stagehistory.list', scopes: ['crm'], write: false, handler: stageHistoryList },
  { name: 'voximplant.statistic.get', scopes: ['telephony'], write: false, handler: callList },
];
