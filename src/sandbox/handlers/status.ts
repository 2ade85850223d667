/**
 * crm.status.* through the legacy proxy CCrmStatusRestProxy (docs/bitrix24/parity.md#status-add,
 * #status-list). Failures are
 * RestExceptions: HTTP 400 and an EMPTY error code, except the STATUS_ID validation errors, which the
 * portal reports as ERROR_CORE (https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-add.html).
 */
import { type HandlerContext, type MethodDef, ok } from '../context.js';
import { adminError, crmError } from '../rest-error.js';
import { categoryOfEntity, extraSemantics, statusPrefix } from '../status-model.js';
import { entityTypes, requestEntityTypes, stageEntityOf, stageEntityPrefix } from './status-types.js';
import { nextId, type SandboxState, type SbStatus, type StatusSemantics } from '../state.js';
import { hasVariant } from '../variants.js';
import { asText, compareLoose, isPhpArray, isRecord, param, text, toInt, type Params } from '../values.js';

/** One row as crm.status.list/get print it: strings, SYSTEM Y/N, EXTRA for stage dictionaries. */
export function statusView(state: SandboxState, s: SbStatus): Record<string, unknown> {
  const row: Record<string, unknown> = {
    ID: String(s.id),
    ENTITY_ID: s.entityId,
    STATUS_ID: s.statusId,
    NAME: s.name,
    NAME_INIT: s.nameInit,
    SORT: String(s.sort),
    SYSTEM: s.system ? 'Y' : 'N',
    CATEGORY_ID:
      s.categoryId === null || (s.categoryId === 0 && s.addedOverRest !== true) ? null : String(s.categoryId),
    COLOR: s.color,
    SEMANTICS: s.semantics,
  };
  // Lead statuses of some portals carry CATEGORY_ID "0" and SEMANTICS "" (docs/bitrix24/parity.md#variants).
  if (s.entityId === 'STATUS' && hasVariant(state, 'lead-status-rest-shape')) {
    row.CATEGORY_ID = String(s.categoryId ?? 0);
    row.SEMANTICS = s.semantics ?? '';
  }
  const extra = extraSemantics(state, s);
  if (extra !== undefined) row.EXTRA = { SEMANTICS: extra, COLOR: s.color ?? '' };
  return row;
}

/** CCrmRestProxyBase::checkEntityID: the id must be a positive integer. */
function entityIdParam(params: Params): number {
  const id = toInt(param(params, 'id'));
  if (id <= 0) throw crmError('ID is not defined or invalid.');
  return id;
}

function fieldsParam(params: Params): Record<string, unknown> {
  const f = param(params, 'fields');
  if (f === undefined) return {};
  if (!isPhpArray(f)) throw crmError("Parameter 'fields' must be array.");
  return isRecord(f) ? f : {};
}

function successSort(state: SandboxState, entityId: string): number | undefined {
  const sorts = state.statuses
    .filter((s) => s.entityId === entityId && s.semantics === 'S')
    .map((s) => s.sort);
  return sorts.length > 0 ? Math.min(...sorts) : undefined;
}

/** The STATUS_ID prefix of a dictionary: C1 for pipeline 1, DT31_2 for smart invoices of category 2. */
function prefixOf(state: SandboxState, entityId: string): string {
  const extra = stageEntityOf(state, entityId);
  return extra ? stageEntityPrefix(extra) : statusPrefix(entityId);
}

/**
 * CCrmStatus::validateStatusId: length by dictionary (22 − prefix for deal stages because of
 * b_crm_entity_perms.ATTR varchar(30) minus "STAGE_ID", 21 for lead STATUS, 50 otherwise), the
 * charset /^[0-9A-Z_-]+$/i for lead, quote and deal stages, and uniqueness within the dictionary
 * (docs/bitrix24/parity.md#status-add). Each failure is a CAdminException.
 */
function validateStatusId(state: SandboxState, entityId: string, statusId: string): string {
  const bare = statusId.includes(':') ? statusId.slice(statusId.indexOf(':') + 1) : statusId;
  const prefix = prefixOf(state, entityId);
  const full = prefix ? `${prefix}:${bare}` : bare;
  const prefixLength = full.length - bare.length;
  let max = 50 - prefixLength;
  let strictChars = false;
  const permissionLength = 30 - prefixLength;
  if (entityId === 'STATUS') {
    max = permissionLength - 'STATUS_ID'.length;
    strictChars = true;
  }
  if (entityId === 'QUOTE_STATUS') {
    max = permissionLength - 'QUOTE_ID'.length;
    strictChars = true;
  }
  if (categoryOfEntity(entityId) >= 0) {
    max = permissionLength - 'STAGE_ID'.length;
    strictChars = true;
  }
  // Texts follow the lang keys CRM_STATUS_ERR_STATUS_ID_MAX_LENGTH_EXCEEDED / _INCORRECT_SYMBOLS /
  // _DUPLICATE_STATUS_ID; the duplicate text is the documented one.
  if (bare.length > max) throw adminError(`The status ID is too long. Maximum length: ${max} characters.`);
  if (strictChars && !/^[0-9A-Z_-]+$/i.test(bare))
    throw adminError('The status ID contains invalid characters. Use Latin letters, digits, "_" and "-".');
  if (state.statuses.some((s) => s.entityId === entityId && s.statusId === full))
    throw adminError('The specified status ID already exists.');
  return full;
}

function add(params: Params, ctx: HandlerContext) {
  const { state } = ctx;
  const fields = fieldsParam(params);
  const entityId = asText(fields.ENTITY_ID) ?? '';
  const statusId = asText(fields.STATUS_ID) ?? '';
  if (entityId === '' || statusId === '') {
    const errors: string[] = [];
    if (entityId === '') errors.push('The field ENTITY_ID is required.');
    if (statusId === '') errors.push('The field STATUS_ID is required.');
    throw crmError(errors.join('\n'));
  }
  // Checked against the entity types this request saw first: a pipeline created earlier in the same
  // batch is unknown here (docs/bitrix24/parity.md#status-entity-types-cache).
  if (!requestEntityTypes(ctx).includes(entityId)) throw crmError('Specified entity type is not supported.');
  const full = validateStatusId(state, entityId, statusId);
  let sort = toInt(fields.SORT);
  if (sort <= 0) sort = 10; // CCrmStatus::DEFAULT_SORT
  const name = (asText(fields.NAME) ?? '').trim();
  const extra = isRecord(fields.EXTRA) ? fields.EXTRA : {};
  let color = asText(fields.COLOR) ?? asText(extra.COLOR) ?? '';
  if (color !== '' && !color.startsWith('#')) color = `#${color}`;
  // SEMANTICS: empty → process (stored NULL); S at most once; F after the success stage; process before
  // it; anything else unsupported (docs/bitrix24/parity.md#status-add).
  const rawSem = asText(fields.SEMANTICS) ?? '';
  const sem = rawSem === '' ? 'P' : rawSem;
  const succ = successSort(state, entityId);
  let semantics: StatusSemantics;
  if (sem === 'S') {
    if (succ !== undefined) throw crmError('There can be only one successful stage.');
    semantics = 'S';
  } else if (sem === 'F') {
    if (succ !== undefined && sort <= succ)
      throw crmError('Cannot add semantics with the specified sort order');
    semantics = 'F';
  } else if (sem === 'P') {
    if (succ !== undefined && sort >= succ) {
      throw crmError(
        'Cannot create more stages after the final stage because the final successful stage already exists. Try using sort order values less than that of the final stage.',
      );
    }
    semantics = null;
  } else {
    throw crmError('The specified semantics is not supported.');
  }
  // NAME is required by the ORM (https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-add.html).
  if (name === '') throw crmError('The field Title is required.');
  const c = categoryOfEntity(entityId);
  // CATEGORY_ID as sent, else the pipeline of a deal-stage dictionary, else 0 — also for smart-invoice
  // stages (docs/bitrix24/parity.md#status-add).
  const categoryId =
    fields.CATEGORY_ID !== undefined && fields.CATEGORY_ID !== null
      ? toInt(fields.CATEGORY_ID)
      : Math.max(c, 0);
  const row: SbStatus = {
    id: nextId(state, 'statuses'),
    entityId,
    statusId: full,
    name: name.slice(0, 100),
    nameInit: '',
    sort,
    // innerAdd forces SYSTEM=N: nothing created over REST is a system stage.
    system: false,
    categoryId,
    color,
    semantics,
    addedOverRest: true,
  };
  state.statuses.push(row);
  ctx.changed();
  return ok(row.id);
}

function update(params: Params, ctx: HandlerContext) {
  const { state } = ctx;
  const id = entityIdParam(params);
  const fields = fieldsParam(params);
  const row = state.statuses.find((s) => s.id === id);
  if (!row) throw crmError('Status is not found.');
  // STATUS_ID, ENTITY_ID, CATEGORY_ID and SEMANTICS are Immutable and SYSTEM/NAME_INIT ReadOnly in
  // CCrmStatus::GetFieldsInfo, so CCrmRestProxyBase::update drops them silently (docs/bitrix24/parity.md#status-add).
  const extra = isRecord(fields.EXTRA) ? fields.EXTRA : {};
  const colorGiven = asText(fields.COLOR) ?? asText(extra.COLOR);
  const touches = fields.NAME !== undefined || fields.SORT !== undefined || colorGiven !== undefined;
  if (touches) {
    const name = (asText(fields.NAME) ?? row.name).trim();
    if (name !== '') row.name = name.slice(0, 100);
    const sort = fields.SORT !== undefined ? toInt(fields.SORT) : row.sort;
    row.sort = sort <= 0 ? 10 : sort;
    if (colorGiven !== undefined) row.color = colorGiven.startsWith('#') ? colorGiven : `#${colorGiven}`;
    ctx.changed();
  }
  // Returns true even when nothing was passed (docs/bitrix24/parity.md#status-add: re-read to confirm).
  return ok(true);
}

function remove(params: Params, ctx: HandlerContext) {
  const { state } = ctx;
  const id = entityIdParam(params);
  const row = state.statuses.find((s) => s.id === id);
  if (!row) throw crmError('Status is not found.');
  const p = param(params, 'params');
  const forced = isRecord(p) && p.FORCED === 'Y';
  if (row.system && !forced) {
    throw crmError(
      'CRM System Status can be deleted only if parameter FORCED is specified and equal to "Y".',
    );
  }
  const inUse =
    categoryOfEntity(row.entityId) >= 0
      ? state.deals.some((d) => d.stageId === row.statusId)
      : row.entityId === 'STATUS'
        ? state.leads.some((l) => l.statusId === row.statusId)
        : false;
  if (inUse) throw crmError('There are active items in this status.');
  state.statuses = state.statuses.filter((s) => s.id !== id);
  ctx.changed();
  return ok(true);
}

const STRING_ONLY_FILTERS = ['ENTITY_ID', 'STATUS_ID', 'SORT', 'SEMANTICS'];
const LIST_KEYS: Record<string, (s: SbStatus) => unknown> = {
  ID: (s) => s.id,
  ENTITY_ID: (s) => s.entityId,
  STATUS_ID: (s) => s.statusId,
  NAME: (s) => s.name,
  SORT: (s) => s.sort,
  SYSTEM: (s) => (s.system ? 'Y' : 'N'),
  CATEGORY_ID: (s) => s.categoryId ?? 0,
  SEMANTICS: (s) => s.semantics,
};

/**
 * crm.status.list: CCrmStatus::GetList understands plain keys only (no operator prefixes), skips empty
 * values, compares exactly (NAME as a substring query), and the proxy returns the whole list in one
 * answer, ordered by SORT by default (docs/bitrix24/parity.md#status-list).
 */
function list(params: Params, ctx: HandlerContext) {
  const filterRaw = param(params, 'filter') ?? {};
  const orderRaw = param(params, 'order') ?? {};
  if (!isPhpArray(orderRaw)) throw crmError("Parameter 'order' must be array.");
  if (!isPhpArray(filterRaw)) throw crmError("Parameter 'filter' must be array.");
  const filter = isRecord(filterRaw) ? filterRaw : {};
  for (const key of STRING_ONLY_FILTERS) {
    if (Array.isArray(filter[key]) || isRecord(filter[key]))
      throw crmError(`Filter by ${key} must be a string`);
  }
  const conds: Array<(s: SbStatus) => boolean> = [];
  for (const [k, v] of Object.entries(filter)) {
    const key = k.toUpperCase();
    const get = LIST_KEYS[key];
    const want = asText(v);
    if (!get || want === undefined || want === '' || want === 'NOT_REF') continue;
    if (key === 'NAME') conds.push((s) => s.name.toLowerCase().includes(want.toLowerCase()));
    else if (key === 'SYSTEM') conds.push((s) => (s.system ? 'Y' : 'N') === (want === 'Y' ? 'Y' : 'N'));
    else if (key === 'CATEGORY_ID') conds.push((s) => (s.categoryId ?? 0) === toInt(want));
    else conds.push((s) => text(get(s)).toLowerCase() === want.toLowerCase());
  }
  const order = Object.entries(isRecord(orderRaw) ? orderRaw : {})
    .map(([k, d]) => ({ get: LIST_KEYS[k.toUpperCase()], desc: String(d).toUpperCase() !== 'ASC' }))
    .filter((o): o is { get: (s: SbStatus) => unknown; desc: boolean } => o.get !== undefined);
  if (order.length === 0) order.push({ get: LIST_KEYS.SORT as (s: SbStatus) => unknown, desc: false });
  const rows = ctx.state.statuses.filter((s) => conds.every((c) => c(s)));
  rows.sort((a, b) => {
    for (const o of order) {
      const x = o.get(a);
      const y = o.get(b);
      const c = compareLoose(x, y);
      if (c !== 0) return o.desc ? -c : c;
    }
    return a.id - b.id;
  });
  return ok(
    rows.map((s) => statusView(ctx.state, s)),
    rows.length,
  );
}

const FIELDS_INFO: Array<[string, string, boolean, boolean, boolean, string]> = [
  ['ID', 'integer', false, true, false, 'ID'],
  ['ENTITY_ID', 'string', true, false, true, 'Entity ID'],
  ['STATUS_ID', 'string', true, false, true, 'Status'],
  ['SORT', 'integer', false, false, false, 'Sorting'],
  ['NAME', 'string', true, false, false, 'Name'],
  ['NAME_INIT', 'string', false, true, false, 'Default Name'],
  ['SYSTEM', 'char', false, true, false, 'System'],
  ['CATEGORY_ID', 'integer', false, false, true, 'CATEGORY_ID'],
  ['COLOR', 'string', false, false, false, 'COLOR'],
  ['SEMANTICS', 'char', false, false, true, 'SEMANTICS'],
  ['EXTRA', 'crm_status_extra', false, false, false, 'Additional Fields'],
];

function entityParam(params: Params): string {
  // resolveRelationID('entity'): entityId, entityID, entity_id, ENTITY_ID.
  for (const k of ['entityId', 'entityID', 'entity_id', 'ENTITY_ID']) {
    const v = params[k];
    if (v !== undefined) {
      const s = asText(v);
      if (s === undefined) throw crmError('The parameter entityId must be a string.');
      return s;
    }
  }
  return '';
}

export const statusMethods: MethodDef[] = [
  { name: 'crm.status.list', scopes: ['crm'], write: false, handler: list },
  {
    name: 'crm.status.get',
    scopes: ['crm'],
    write: false,
    handler: (params, ctx) => {
      const id = entityIdParam(params);
      const row = ctx.state.statuses.find((s) => s.id === id);
      if (!row) throw crmError('CRM Status is not found.');
      return ok(statusView(ctx.state, row));
    },
  },
  { name: 'crm.status.add', scopes: ['crm'], write: true, handler: add },
  { name: 'crm.status.update', scopes: ['crm'], write: true, handler: update },
  { name: 'crm.status.delete', scopes: ['crm'], write: true, handler: remove },
  {
    name: 'crm.status.fields',
    scopes: ['crm'],
    write: false,
    handler: () => {
      const out: Record<string, unknown> = {};
      for (const [k, type, req, ro, imm, title] of FIELDS_INFO) {
        out[k] = {
          type,
          isRequired: req,
          isReadOnly: ro,
          isImmutable: imm,
          isMultiple: false,
          isDynamic: false,
          title,
        };
      }
      return ok(out);
    },
  },
  {
    name: 'crm.status.entity.types',
    scopes: ['crm'],
    write: false,
    handler: (_p, ctx) => {
      requestEntityTypes(ctx);
      return ok(entityTypes(ctx.state));
    },
  },
  {
    name: 'crm.status.entity.items',
    scopes: ['crm'],
    write: false,
    handler: (params, ctx) => {
      const entityId = entityParam(params);
      if (entityId === '') throw crmError('The parameter entityId is not defined or invalid.');
      const rows = ctx.state.statuses
        .filter((s) => s.entityId === entityId.toUpperCase())
        .sort((a, b) => a.sort - b.sort || a.id - b.id)
        .map((s) => ({ NAME: s.name, SORT: s.sort, STATUS_ID: s.statusId }));
      return ok(rows);
    },
  },
  {
    name: 'crm.status.extra.fields',
    scopes: ['crm'],
    write: false,
    handler: () => ok({ SEMANTICS: { TYPE: 'string', ATTRIBUTES: ['R-O'] }, COLOR: { TYPE: 'string' } }),
  },
];
