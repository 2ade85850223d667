/**
 * user.get, user.current, user.admin and profile (docs/bitrix24/parity.md#user-get; fixtures
 * user.get.json, batch.json, profile.json, user.admin.json). user.get reads its filter from FILTER or,
 * without it, from the top-level keys, pages by an exact offset and prints only the keys whose value is
 * not NULL.
 */
import { type HandlerContext, type MethodDef, ok } from '../context.js';
import { siteDateTime } from '../dates.js';
import { runList } from '../query/list.js';
import { createTable, type FieldDef } from '../query/table.js';
import { RestError } from '../rest-error.js';
import { phpTruthy } from '../php.js';
import { hasVariant } from '../variants.js';
import type { SandboxState, SbUser } from '../state.js';
import { asText, isRecord, param, toInt, type Params } from '../values.js';

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

/**
 * The filter: FILTER when it is an array (then nothing else is read), otherwise the top-level keys;
 * keys are upper-cased, may carry an operator of one or two non-word characters, and must name a known
 * field; ACTIVE and USER_TYPE compare exactly and ACTIVE is PHP-truthy ("N" is no, "false" is yes).
 */
function userFilter(params: Params): Record<string, unknown> {
  const upper = Object.fromEntries(Object.entries(params).map(([k, v]) => [k.toUpperCase(), v]));
  const source = isRecord(upper.FILTER)
    ? Object.fromEntries(Object.entries(upper.FILTER).map(([k, v]) => [k.toUpperCase(), v]))
    : upper;
  const filter: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    const m = /^(\W{1,2})(.+)$/.exec(key);
    let op = m ? (m[1] ?? '') : '';
    const code = m ? (m[2] ?? '') : key;
    if (!USER_FIELDS.includes(code)) continue;
    if (op === '' && (code === 'ACTIVE' || code === 'USER_TYPE')) op = '=';
    filter[`${op}${code}`] =
      code === 'ACTIVE'
        ? phpTruthy(value) && value !== 'N'
          ? 'Y'
          : 'N'
        : code === 'ID'
          ? idValue(value)
          : value;
  }
  return filter;
}

function idValue(v: unknown): unknown {
  return Array.isArray(v) ? v.map(toInt) : toInt(v);
}

/** The order only when both `sort` and `order` are given. */
function userOrder(params: Params): Record<string, string> | undefined {
  const upper = Object.fromEntries(Object.entries(params).map(([k, v]) => [k.toUpperCase(), v]));
  const sort = asText(upper.SORT);
  const order = asText(upper.ORDER);
  return sort && order ? { [sort.toUpperCase()]: order } : undefined;
}

/** Keys a user without a name has NULL in, which getUserData leaves out (the sparse-names variant). */
const NULLABLE_NAMES = ['NAME', 'LAST_NAME', 'SECOND_NAME', 'WORK_POSITION'];

function userGet(params: Params, ctx: HandlerContext) {
  const { state } = ctx;
  const table = userTable(state, ctx.iso);
  const page = runList(table, state.users, {
    filter: userFilter(params),
    order: userOrder(params),
    start: param(params, 'start'),
    defaultOrder: [{ field: 'ID', desc: false }],
    paging: 'offset',
  });
  const sparse = hasVariant(state, 'user-sparse-names');
  const rows = page.rows.map((u) =>
    Object.fromEntries(
      table.fields
        .map((f) => [f.name, f.out(u)] as const)
        .filter(([name, v]) => !(sparse && v === '' && NULLABLE_NAMES.includes(name))),
    ),
  );
  // An empty answer has no total: setNavData is only called with rows.
  if (rows.length === 0) return ok([]);
  return ok(rows, page.total, page.next);
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
