/**
 * department.get/add/update, user.get, user.current, user.admin and profile (rest-map §9, §14;
 * fixtures department.get.json, user.get.json, batch.json, profile.json, user.admin.json). Both list
 * methods page by 50 and accept their filter either in FILTER or as top-level keys.
 */
import { type HandlerContext, type MethodDef, ok } from '../context.js';
import { siteDateTime } from '../dates.js';
import { runList } from '../query/list.js';
import { createTable, type FieldDef } from '../query/table.js';
import { RestError } from '../rest-error.js';
import { nextId, type SandboxState, type SbDepartment, type SbUser } from '../state.js';
import { asText, isRecord, param, toInt, type Params } from '../values.js';

const DEPARTMENT_FIELDS = ['ID', 'NAME', 'SORT', 'PARENT', 'UF_HEAD'];

function departmentTable(state: SandboxState) {
  const fields: FieldDef<SbDepartment>[] = [
    { name: 'ID', kind: 'int', get: (d) => d.id, out: (d) => String(d.id) },
    { name: 'NAME', kind: 'string', get: (d) => d.name, out: (d) => d.name },
    { name: 'SORT', kind: 'int', get: (d) => d.sort, out: (d) => d.sort },
    {
      name: 'PARENT',
      kind: 'int',
      get: (d) => d.parent,
      out: (d) => (d.parent === null ? undefined : String(d.parent)),
    },
    {
      name: 'UF_HEAD',
      kind: 'int',
      get: (d) => d.head,
      out: (d) => (d.head === null ? undefined : String(d.head)),
    },
  ];
  return createTable(fields, { idField: 'ID', utcOffsetMinutes: state.settings.utcOffsetMinutes });
}

/**
 * Filter keys as top-level params (`department.get?ID=1`) or inside FILTER/filter. Field names are
 * upper case; the lower-case `sort` and `order` are the ordering parameters, not a filter on SORT.
 */
function filterFrom(params: Params, known: readonly string[]): Record<string, unknown> {
  const nested = param(params, 'FILTER');
  const filter: Record<string, unknown> = isRecord(nested) ? { ...nested } : {};
  for (const [k, v] of Object.entries(params)) {
    const bare = k.replace(/^[!@=%><]+/, '');
    if (bare === bare.toUpperCase() && known.includes(bare)) filter[k] = v;
  }
  return filter;
}

function orderFrom(params: Params): Record<string, string> | undefined {
  const sort = asText(params.sort ?? params.SORT_BY ?? params.by);
  if (sort === undefined || sort === '') {
    const o = param(params, 'order');
    return isRecord(o) ? (o as Record<string, string>) : undefined;
  }
  const dir = asText(params.order ?? params.ORDER) ?? 'ASC';
  return { [sort]: dir };
}

function departmentView(d: SbDepartment): Record<string, unknown> {
  // UF_HEAD and PARENT are printed only when set (the doc example omits UF_HEAD; the root has no PARENT).
  const row: Record<string, unknown> = { ID: String(d.id), NAME: d.name, SORT: d.sort };
  if (d.parent !== null) row.PARENT = String(d.parent);
  if (d.head !== null) row.UF_HEAD = String(d.head);
  return row;
}

function departmentGet(params: Params, ctx: HandlerContext) {
  const { state } = ctx;
  const page = runList(departmentTable(state), state.departments, {
    filter: filterFrom(params, DEPARTMENT_FIELDS),
    order: orderFrom(params),
    start: param(params, 'start'),
    defaultOrder: [{ field: 'ID', desc: false }],
  });
  return ok(page.rows.map(departmentView), page.total, page.next);
}

function departmentAdd(params: Params, ctx: HandlerContext) {
  const { state } = ctx;
  const name = (asText(param(params, 'NAME')) ?? '').trim();
  if (name === '') throw new RestError(400, 'ERROR_CORE', 'The department name is not specified.');
  const parent = toInt(param(params, 'PARENT'));
  if (!state.departments.some((d) => d.id === parent)) {
    throw new RestError(400, 'ERROR_CORE', 'The parent department is not found.');
  }
  const head = toInt(param(params, 'UF_HEAD'));
  const d: SbDepartment = {
    id: nextId(state, 'departments'),
    name,
    sort: param(params, 'SORT') !== undefined ? toInt(param(params, 'SORT')) : 500,
    parent,
    head: head > 0 ? head : null,
  };
  state.departments.push(d);
  ctx.changed();
  return ok(d.id);
}

function departmentUpdate(params: Params, ctx: HandlerContext) {
  const id = toInt(param(params, 'ID'));
  const d = ctx.state.departments.find((x) => x.id === id);
  if (!d) throw new RestError(400, 'ERROR_CORE', 'The department is not found.');
  const name = asText(param(params, 'NAME'));
  if (name !== undefined && name.trim() !== '') d.name = name.trim();
  if (param(params, 'SORT') !== undefined) d.sort = toInt(param(params, 'SORT'));
  if (param(params, 'PARENT') !== undefined && d.parent !== null) d.parent = toInt(param(params, 'PARENT'));
  if (param(params, 'UF_HEAD') !== undefined) {
    const head = toInt(param(params, 'UF_HEAD'));
    d.head = head > 0 ? head : null;
  }
  ctx.changed();
  return ok(true);
}

const USER_FIELDS = [
  'ID',
  'ACTIVE',
  'NAME',
  'LAST_NAME',
  'SECOND_NAME',
  'EMAIL',
  'LAST_LOGIN',
  'DATE_REGISTER',
  'TIME_ZONE',
  'IS_ONLINE',
  'TIMESTAMP_X',
  'LAST_ACTIVITY_DATE',
  'PERSONAL_GENDER',
  'PERSONAL_WWW',
  'PERSONAL_BIRTHDAY',
  'PERSONAL_MOBILE',
  'PERSONAL_CITY',
  'WORK_PHONE',
  'WORK_POSITION',
  'UF_EMPLOYMENT_DATE',
  'UF_DEPARTMENT',
  'USER_TYPE',
];

function userTable(state: SandboxState, iso: (ms: number) => string) {
  const s = (name: string, get: (u: SbUser) => unknown, out?: (u: SbUser) => unknown): FieldDef<SbUser> => ({
    name,
    kind: 'string',
    get,
    out: out ?? get,
  });
  const fields: FieldDef<SbUser>[] = [
    { name: 'ID', kind: 'int', get: (u) => u.id, out: (u) => String(u.id) },
    { name: 'ACTIVE', kind: 'bool', get: (u) => u.active, out: (u) => u.active },
    s('NAME', (u) => u.name),
    s('LAST_NAME', (u) => u.lastName),
    s('SECOND_NAME', (u) => u.secondName),
    s('EMAIL', (u) => u.email),
    {
      name: 'LAST_LOGIN',
      kind: 'date',
      get: (u) => u.lastLogin,
      out: (u) => (u.lastLogin === null ? '' : iso(u.lastLogin)),
    },
    { name: 'DATE_REGISTER', kind: 'date', get: (u) => u.dateRegister, out: (u) => iso(u.dateRegister) },
    s('TIME_ZONE', () => ''),
    s('IS_ONLINE', () => 'N'),
    // Date objects serialise as {} in this method (fixture user.get.json).
    s(
      'TIMESTAMP_X',
      () => ({}),
      () => ({}),
    ),
    s(
      'LAST_ACTIVITY_DATE',
      () => ({}),
      () => ({}),
    ),
    s('PERSONAL_GENDER', (u) => u.gender),
    s('PERSONAL_WWW', () => ''),
    s('PERSONAL_BIRTHDAY', () => ''),
    s('PERSONAL_MOBILE', () => ''),
    s('PERSONAL_CITY', (u) => u.city),
    s('WORK_PHONE', () => ''),
    s('WORK_POSITION', (u) => u.position),
    s('UF_EMPLOYMENT_DATE', () => ''),
    { name: 'UF_DEPARTMENT', kind: 'list', get: (u) => u.departments, out: (u) => [...u.departments] },
    s('USER_TYPE', (u) => u.userType),
  ];
  return createTable(fields, {
    idField: 'ID',
    utcOffsetMinutes: state.settings.utcOffsetMinutes,
    wildcardEquals: true,
  });
}

function userGet(params: Params, ctx: HandlerContext) {
  const { state } = ctx;
  const table = userTable(state, ctx.iso);
  const page = runList(table, state.users, {
    filter: filterFrom(params, USER_FIELDS),
    order: orderFrom(params),
    start: param(params, 'start'),
    defaultOrder: [{ field: 'ID', desc: false }],
    paging: 'offset',
  });
  return ok(
    page.rows.map((u) => Object.fromEntries(table.fields.map((f) => [f.name, f.out(u)]))),
    page.total,
    page.next,
  );
}

function webhookUser(ctx: HandlerContext): SbUser {
  const u = ctx.state.users.find((x) => x.id === ctx.userId);
  if (!u) throw new RestError(401, 'NO_AUTH_FOUND', 'Wrong authorization data');
  return u;
}

/** user.current prints dates as strings, unlike user.get (fixture batch.json get_user). */
function userCurrent(_params: Params, ctx: HandlerContext) {
  const u = webhookUser(ctx);
  const now = ctx.clock.now();
  const off = ctx.state.settings.utcOffsetMinutes;
  const activity = siteDateTime(now, off).replace(/^(\d{2})\.(\d{2})\.(\d{4})/, '$3-$2-$1');
  return ok({
    ID: String(u.id),
    ACTIVE: u.active,
    NAME: u.name,
    LAST_NAME: u.lastName,
    EMAIL: u.email,
    LAST_LOGIN: ctx.iso(u.lastLogin ?? now),
    DATE_REGISTER: ctx.iso(u.dateRegister),
    IS_ONLINE: 'Y',
    TIMESTAMP_X: siteDateTime(u.dateRegister, off),
    LAST_ACTIVITY_DATE: activity,
    PERSONAL_GENDER: u.gender,
    PERSONAL_BIRTHDAY: '',
    UF_EMPLOYMENT_DATE: '',
    UF_DEPARTMENT: [...u.departments],
  });
}

export const userMethods: MethodDef[] = [
  { name: 'department.get', scopes: ['department'], write: false, handler: departmentGet },
  { name: 'department.add', scopes: ['department'], write: true, handler: departmentAdd },
  { name: 'department.update', scopes: ['department'], write: true, handler: departmentUpdate },
  { name: 'user.get', scopes: ['user', 'user_basic', 'user_brief'], write: false, handler: userGet },
  { name: 'user.current', scopes: ['user', 'user_basic', 'user_brief'], write: false, handler: userCurrent },
  { name: 'user.admin', scopes: null, write: false, handler: (_p, ctx) => ok(webhookUser(ctx).isAdmin) },
  {
    name: 'profile',
    scopes: null,
    write: false,
    handler: (_p, ctx) => {
      const u = webhookUser(ctx);
      return ok({
        ID: String(u.id),
        ADMIN: u.isAdmin,
        NAME: u.name,
        LAST_NAME: u.lastName,
        PERSONAL_GENDER: u.gender,
        TIME_ZONE: '',
      });
    },
  },
];
