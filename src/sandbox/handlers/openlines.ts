/**
 * imopenlines.config.* (docs/bitrix24/parity.md#openline-config). What a portal silently changes on save
 * is in openline-fields.ts; here: parameters read by their exact names, QUEUE written as
 * [{ENTITY_TYPE, ENTITY_ID}] and read back as the ids of active users, an update that the queue check
 * refuses answers false and changes nothing, and config.get answers from a per-request cache.
 */
import { type HandlerContext, type MethodDef, ok } from '../context.js';
import { createTable, projectRow, selectFields, type FieldDef } from '../query/table.js';
import { compileFilter } from '../query/filter.js';
import { parseOrder } from '../query/list.js';
import { RestError } from '../rest-error.js';
import { nextId, type SandboxState, type SbOpenLine, type SbQueueEntry } from '../state.js';
import { isNumeric } from '../php.js';
import { prepareLineFields, type LineLimits } from '../openline-fields.js';
import { asList, asText, compareLoose, isPhpArray, isRecord, toInt, type Params } from '../values.js';

/** A new line's settings, as imopenlines.config.get prints them (fixture imopenlines.config.get.json). */
export function defaultLineConfig(): Record<string, unknown> {
  return {
    ACTIVE: 'Y',
    LINE_NAME: 'Открытая линия',
    CRM: 'Y',
    CRM_CREATE: 'lead',
    CRM_CREATE_SECOND: '0',
    CRM_CREATE_THIRD: 'Y',
    CRM_FORWARD: 'Y',
    CRM_CHAT_TRACKER: 'N',
    CRM_TRANSFER_CHANGE: 'Y',
    CRM_SOURCE: 'create',
    QUEUE_TIME: '60',
    NO_ANSWER_TIME: '60',
    QUEUE_TYPE: 'evenly',
    CHECK_AVAILABLE: 'Y',
    WATCH_TYPING: 'Y',
    WELCOME_BOT_ENABLE: 'N',
    WELCOME_MESSAGE: 'Y',
    WELCOME_MESSAGE_TEXT: 'Добро пожаловать! Первый свободный оператор ответит вам.',
    VOTE_MESSAGE: 'Y',
    VOTE_TIME_LIMIT: '0',
    VOTE_BEFORE_FINISH: 'Y',
    VOTE_CLOSING_DELAY: 'N',
    VOTE_MESSAGE_1_TEXT: 'Пожалуйста, оцените качество обслуживания.',
    VOTE_MESSAGE_1_LIKE: 'Спасибо за оценку!',
    VOTE_MESSAGE_1_DISLIKE: 'Жаль, что мы не смогли вам помочь.',
    VOTE_MESSAGE_2_TEXT: 'Пожалуйста, оцените качество обслуживания.\r\n\r\nОтправьте: 1 — хорошо, 0 — плохо',
    VOTE_MESSAGE_2_LIKE: 'Спасибо за оценку!',
    VOTE_MESSAGE_2_DISLIKE: 'Жаль, что мы не смогли вам помочь.',
    AGREEMENT_MESSAGE: 'N',
    AGREEMENT_ID: '0',
    CATEGORY_ENABLE: 'N',
    CATEGORY_ID: '0',
    WELCOME_BOT_JOIN: 'always',
    WELCOME_BOT_ID: '0',
    WELCOME_BOT_TIME: '600',
    WELCOME_BOT_LEFT: 'queue',
    NO_ANSWER_RULE: 'text',
    NO_ANSWER_FORM_ID: '0',
    NO_ANSWER_BOT_ID: '0',
    NO_ANSWER_TEXT: 'К сожалению, сейчас мы не можем ответить, но обязательно свяжемся с вами.',
    WORKTIME_ENABLE: 'N',
    WORKTIME_FROM: '9',
    WORKTIME_TO: '18.30',
    WORKTIME_TIMEZONE: 'Europe/Moscow',
    WORKTIME_HOLIDAYS: [''],
    WORKTIME_DAYOFF: [''],
    WORKTIME_DAYOFF_RULE: 'text',
    WORKTIME_DAYOFF_FORM_ID: '0',
    WORKTIME_DAYOFF_BOT_ID: '0',
    WORKTIME_DAYOFF_TEXT: 'Сейчас мы не работаем. Напишите ваш вопрос, и мы ответим в рабочее время.',
    CLOSE_RULE: 'none',
    CLOSE_FORM_ID: '0',
    CLOSE_BOT_ID: '0',
    CLOSE_TEXT: 'Спасибо за обращение!',
    FULL_CLOSE_TIME: '10',
    AUTO_CLOSE_RULE: 'none',
    AUTO_CLOSE_FORM_ID: '0',
    AUTO_CLOSE_BOT_ID: '0',
    AUTO_CLOSE_TIME: '14400',
    AUTO_CLOSE_TEXT: '',
    AUTO_EXPIRE_TIME: '86400',
    DATE_CREATE: {},
    DATE_MODIFY: {},
    MODIFY_USER_ID: '1',
    TEMPORARY: 'N',
    XML_ID: null,
    LANGUAGE_ID: 'ru',
    QUICK_ANSWERS_IBLOCK_ID: '0',
    SESSION_PRIORITY: '0',
    TYPE_MAX_CHAT: 'answered_new',
    MAX_CHAT: '0',
    OPERATOR_DATA: 'profile',
    DEFAULT_OPERATOR_DATA: [],
    KPI_FIRST_ANSWER_TIME: '0',
    KPI_FIRST_ANSWER_ALERT: 'N',
    KPI_FIRST_ANSWER_LIST: null,
    KPI_FIRST_ANSWER_TEXT:
      'Сотрудник #OPERATOR# превысил допустимое время ответа клиенту на первое сообщение. Диалог №#DIALOG#.',
    KPI_FURTHER_ANSWER_TIME: '0',
    KPI_FURTHER_ANSWER_ALERT: 'N',
    KPI_FURTHER_ANSWER_LIST: null,
    KPI_FURTHER_ANSWER_TEXT:
      'Сотрудник #OPERATOR# превысил допустимое время ответа клиенту. Диалог №#DIALOG#.',
    KPI_CHECK_OPERATOR_ACTIVITY: 'N',
    SEND_NOTIFICATION_EMPTY_QUEUE: 'N',
    USE_WELCOME_FORM: 'N',
    WELCOME_FORM_ID: '0',
    WELCOME_FORM_DELAY: 'Y',
    SEND_WELCOME_EACH_SESSION: 'N',
    CONFIRM_CLOSE: 'Y',
    IGNORE_WELCOME_FORM_RESPONSIBLE: 'N',
  };
}

/**
 * The queue as QueueManager stores it: plain ids become users; entries for users that are inactive or
 * missing are dropped. Undefined means the queue check refused the whole update.
 */
function parseQueue(state: SandboxState, raw: unknown): SbQueueEntry[] | undefined {
  const out: SbQueueEntry[] = [];
  for (const item of asList(raw)) {
    const entry = isRecord(item) ? item : { ENTITY_TYPE: 'user', ENTITY_ID: item };
    const type = entry.ENTITY_TYPE;
    const id = toInt(entry.ENTITY_ID);
    if (type === 'user' && !state.users.some((u) => u.id === id && u.active)) continue;
    if (!isNumeric(entry.ENTITY_ID) || id <= 0 || (type !== 'user' && type !== 'department'))
      return undefined;
    out.push({ entityType: type, entityId: id });
  }
  return out;
}

/** Config::update's queue checks: a queue that is invalid, empty, or only empty departments. */
function queueRefused(state: SandboxState, raw: unknown): boolean {
  if (!isPhpArray(raw) || asList(raw).length === 0) return true;
  for (const item of asList(raw)) {
    if (!isRecord(item)) return true;
    const id = toInt(item.ENTITY_ID);
    if (
      !isNumeric(item.ENTITY_ID) ||
      id <= 0 ||
      (item.ENTITY_TYPE !== 'user' && item.ENTITY_TYPE !== 'department')
    )
      return true;
  }
  return asList(raw).every(
    (item) =>
      isRecord(item) &&
      item.ENTITY_TYPE === 'department' &&
      !state.users.some((u) => u.departments.includes(toInt(item.ENTITY_ID))),
  );
}

function limitsOf(state: SandboxState): LineLimits {
  return { queueAll: state.settings.queueAllAllowed };
}

/** The users a queue resolves to, in order: departments expand to their members. */
function queueUsers(state: SandboxState, line: SbOpenLine): Array<{ userId: number; departmentId: number }> {
  const out: Array<{ userId: number; departmentId: number }> = [];
  for (const e of line.queue) {
    if (e.entityType === 'user') {
      // Only active users are read back (the queue query filters USER.ACTIVE = Y).
      const active = state.users.some((u) => u.id === e.entityId && u.active);
      if (active && !out.some((o) => o.userId === e.entityId))
        out.push({ userId: e.entityId, departmentId: 0 });
    } else {
      for (const u of state.users) {
        if (u.active && u.departments.includes(e.entityId) && !out.some((o) => o.userId === u.id)) {
          out.push({ userId: u.id, departmentId: e.entityId });
        }
      }
    }
  }
  return out;
}

function userFields(state: SandboxState, userId: number, forList: boolean): Record<string, unknown> {
  const u = state.users.find((x) => x.id === userId);
  return {
    USER_NAME: u ? `${u.name} ${u.lastName}`.trim() : null,
    USER_WORK_POSITION: u && u.position !== '' ? u.position : null,
    USER_AVATAR: forList ? '' : null,
    USER_AVATAR_ID: forList ? null : '0',
  };
}

/** Day lists are kept as "MO,SU" and printed as lists. */
function printed(config: Record<string, unknown>): Record<string, unknown> {
  const out = { ...config };
  for (const k of ['WORKTIME_DAYOFF', 'WORKTIME_HOLIDAYS'])
    if (typeof out[k] === 'string') out[k] = out[k].split(',');
  return out;
}

function configView(state: SandboxState, line: SbOpenLine, withQueue: boolean): Record<string, unknown> {
  const row: Record<string, unknown> = { ID: String(line.id), ...printed(line.config) };
  row.QUEUE = [];
  row.QUEUE_FULL = [];
  row.QUEUE_USERS_FIELDS = [];
  row.QUEUE_ONLINE = 'N';
  if (!withQueue) return row;
  const users = queueUsers(state, line);
  row.QUEUE = users.map((u) => String(u.userId));
  const full: Record<string, unknown> = {};
  const fields: Record<string, unknown> = {};
  users.forEach((u, i) => {
    full[String(u.userId)] = {
      ID: String(line.id * 100 + i + 1),
      SORT: String(i),
      USER_ID: String(u.userId),
      DEPARTMENT_ID: String(u.departmentId),
      ...userFields(state, u.userId, false),
    };
    fields[String(u.userId)] = userFields(state, u.userId, false);
  });
  // PHP prints empty maps as [].
  row.QUEUE_FULL = users.length > 0 ? full : [];
  row.QUEUE_USERS_FIELDS = users.length > 0 ? fields : [];
  row.QUEUE_ONLINE = users.length > 0 ? 'Y' : 'N';
  return row;
}

/** CONFIG_ID by its exact name: the handlers do not change the case of their parameters. */
function configIdParam(params: Params): number {
  const id = toInt(params.CONFIG_ID);
  if (id <= 0) throw new RestError(400, 'CONFIG_ID_EMPTY', "Config ID can't be empty");
  return id;
}

/**
 * The line update or delete works on. Config::canEditLine lets a user with every right (the portal
 * administrator a webhook belongs to) through whether the line exists or not; Config::update and
 * ::delete then find nothing and the answer is false, not an error
 * (docs/bitrix24/parity.md#openline-config). The sandbox keeps no narrower open-line rights, which
 * would answer 403 CONFIG_WRONG_USER_PERMISSION instead.
 */
function editable(state: SandboxState, id: number): SbOpenLine | undefined {
  return state.openLines.find((l) => l.id === id);
}

function lineTable(state: SandboxState) {
  const keys = new Set<string>(['LINE_NAME', ...Object.keys(defaultLineConfig())]);
  const fields: FieldDef<SbOpenLine>[] = [
    { name: 'ID', kind: 'int', get: (l) => l.id, out: (l) => String(l.id) },
    ...[...keys].map((k): FieldDef<SbOpenLine> => ({
      name: k,
      kind: 'string',
      get: (l) => l.config[k],
      out: (l) => l.config[k] ?? null,
    })),
  ];
  return createTable(fields, { idField: 'ID', utcOffsetMinutes: state.settings.utcOffsetMinutes });
}

function listGet(params: Params, ctx: HandlerContext) {
  const { state } = ctx;
  const p = params.PARAMS;
  const opts = params.OPTIONS;
  const q = isRecord(p) ? p : {};
  for (const key of ['select', 'order', 'filter']) {
    const v = q[key];
    if (v !== undefined && !isPhpArray(v)) {
      throw new RestError(400, 'INVALID_FORMAT', `A wrong format for the PARAMS field '${key}' is passed`);
    }
  }
  const table = lineTable(state);
  const pred = compileFilter(table, q.filter);
  const order = parseOrder(q.order);
  const rows = state.openLines.filter(pred);
  rows.sort((a, b) => {
    for (const o of order) {
      const def = table.find(o.field);
      if (!def) continue;
      const x = def.get(a);
      const y = def.get(b);
      const c = compareLoose(x, y);
      if (c !== 0) return o.desc ? -c : c;
    }
    return a.id - b.id;
  });
  const offset = Math.max(0, toInt(q.offset));
  const limit = q.limit !== undefined ? Math.max(0, toInt(q.limit)) : rows.length;
  const fields = selectFields(table, q.select, { always: ['ID'] });
  const o = isRecord(opts) ? opts : {};
  const result = rows.slice(offset, offset + limit).map((line) => {
    const row = printed(projectRow(line, fields));
    if (asText(o.QUEUE) === 'Y') {
      const users = queueUsers(state, line);
      row.QUEUE = users.map((u) => u.userId);
      row.QUEUE_USERS_FIELDS =
        users.length > 0
          ? Object.fromEntries(users.map((u) => [String(u.userId), userFields(state, u.userId, true)]))
          : [];
    }
    if (asText(o.CONFIG_QUEUE) === 'Y') {
      row.CONFIG_QUEUE = line.queue.map((e) => ({
        ENTITY_ID: String(e.entityId),
        ENTITY_TYPE: e.entityType,
      }));
    }
    return row;
  });
  return ok(result);
}

function configGet(params: Params, ctx: HandlerContext) {
  const id = configIdParam(params);
  const withQueue = params.WITH_QUEUE !== undefined ? params.WITH_QUEUE === 'Y' : true;
  // Config::get keeps a static cache: within one request a line reads as it was first read.
  const key = `${id}:${String(withQueue)}`;
  const cache = (ctx.request.openLineGets ??= new Map<string, unknown>());
  if (cache.has(key)) return ok(cache.get(key));
  const line = ctx.state.openLines.find((l) => l.id === id);
  // A missing line is not an error: the result is false.
  if (!line) return ok(false);
  const view = configView(ctx.state, line, withQueue);
  cache.set(key, view);
  return ok(view);
}

function configAdd(params: Params, ctx: HandlerContext) {
  const p = isRecord(params.PARAMS) ? params.PARAMS : {};
  const id = nextId(ctx.state, 'openLines');
  const fields = prepareLineFields(p, 'add', limitsOf(ctx.state));
  const config = { ...defaultLineConfig(), ...fields };
  // Without a name the line is numbered by the portal's line counter.
  if (!('LINE_NAME' in fields)) config.LINE_NAME = `Открытая линия ${id}`;
  config.MODIFY_USER_ID = String(ctx.userId);
  const queue = isPhpArray(p.QUEUE) && asList(p.QUEUE).length > 0 ? parseQueue(ctx.state, p.QUEUE) : [];
  ctx.state.openLines.push({ id, config, queue: queue ?? [] });
  ctx.changed();
  return ok(id);
}

function configUpdate(params: Params, ctx: HandlerContext) {
  const line = editable(ctx.state, configIdParam(params));
  if (!line) return ok(false);
  const p = isRecord(params.PARAMS) ? params.PARAMS : {};
  // A refused queue fails the whole update: the answer is false, not an error.
  if (p.QUEUE !== undefined && p.QUEUE !== null && queueRefused(ctx.state, p.QUEUE)) return ok(false);
  Object.assign(line.config, prepareLineFields(p, 'update', limitsOf(ctx.state)));
  line.config.MODIFY_USER_ID = String(ctx.userId);
  if (isPhpArray(p.QUEUE)) line.queue = parseQueue(ctx.state, p.QUEUE) ?? line.queue;
  ctx.changed();
  return ok(true);
}

export const openLineMethods: MethodDef[] = [
  { name: 'imopenlines.config.list.get', scopes: ['imopenlines'], write: false, handler: listGet },
  { name: 'imopenlines.config.get', scopes: ['imopenlines'], write: false, handler: configGet },
  { name: 'imopenlines.config.add', scopes: ['imopenlines'], write: true, handler: configAdd },
  { name: 'imopenlines.config.update', scopes: ['imopenlines'], write: true, handler: configUpdate },
  {
    name: 'imopenlines.config.delete',
    scopes: ['imopenlines'],
    write: true,
    handler: (params, ctx) => {
      const line = editable(ctx.state, configIdParam(params));
      if (!line) return ok(false);
      ctx.state.openLines = ctx.state.openLines.filter((l) => l.id !== line.id);
      ctx.changed();
      return ok(true);
    },
  },
  {
    name: 'imopenlines.config.path.get',
    scopes: ['imopenlines'],
    write: false,
    handler: (_p, ctx) =>
      ok({
        // A portal with no public URL set answers the address of its own server, not the host the
        // request named (docs/bitrix24/portal-identity.md#server-address): the HTTP sandbox's own.
        SERVER_ADDRESS: ctx.request.serverAddress ?? `https://${ctx.state.settings.portalHost}`,
        PUBLIC_PATH: '/contact_center/',
      }),
  },
];
