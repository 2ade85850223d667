/**
 * Read-only data lists used by the audit: crm.deal.list (legacy proxy, strings, DEPRECATED in favour
 * of crm.item.list), crm.item.list (Engine, camelCase, typed; entityTypeId 1 lead, 2 deal, 3 contact,
 * 4 company) and crm.activity.list (legacy; default order START_TIME ASC, docs/bitrix24/parity.md#crm-legacy-lists).
 * All page by 50 with next/total and honour start=-1 and the ID cursor (docs/bitrix24/parity.md#crm-item-list, #paging).
 */
import { type HandlerContext, type MethodDef, ok } from '../context.js';
import { camelUf, legacyFields, typedFields } from '../query/fields.js';
import { runList } from '../query/list.js';
import { createTable, projectRow, selectFields, type FieldDef } from '../query/table.js';
import { RestError, crmError } from '../rest-error.js';
import { checkItemFilter, checkItemOrder } from './item-validate.js';
import { dealStageSemantics, leadStatusSemantics } from '../status-model.js';
import type {
  SandboxState,
  SbActivity,
  SbCompany,
  SbContact,
  SbDeal,
  SbLead,
  SbUserField,
  UfEntityId,
} from '../state.js';
import { isPhpArray, isRecord, param, toInt, type Params } from '../values.js';

export function ufDefs<R extends { uf: Record<string, unknown> }>(
  state: SandboxState,
  entityId: UfEntityId,
  camel: boolean,
): FieldDef<R>[] {
  return state.userFields
    .filter((f: SbUserField) => f.entityId === entityId)
    .map((f) => ({
      name: camel ? camelUf(f.fieldName) : f.fieldName,
      kind: f.multiple
        ? 'list'
        : f.userTypeId === 'integer' || f.userTypeId === 'double'
          ? 'float'
          : 'string',
      get: (r: R) => r.uf[f.fieldName] ?? null,
      out: (r: R) => r.uf[f.fieldName] ?? (f.multiple ? [] : null),
      userField: true,
    }));
}

function dealLegacyTable(state: SandboxState, iso: (ms: number) => string) {
  const sem = dealStageSemantics(state);
  const f = legacyFields<SbDeal>(iso);
  const fields: FieldDef<SbDeal>[] = [
    f.int('ID', (d) => d.id),
    f.str('TITLE', (d) => d.title),
    f.str('TYPE_ID', (d) => d.typeId),
    f.str('STAGE_ID', (d) => d.stageId),
    f.str('PROBABILITY', () => null),
    f.str('CURRENCY_ID', (d) => d.currencyId),
    f.money('OPPORTUNITY', (d) => d.opportunity),
    f.yn('IS_MANUAL_OPPORTUNITY', (d) => d.isManualOpportunity),
    f.money('TAX_VALUE', () => 0),
    f.int('LEAD_ID', (d) => d.leadId),
    f.int('COMPANY_ID', (d) => d.companyId),
    f.int('CONTACT_ID', (d) => d.contactId),
    f.int('QUOTE_ID', () => null),
    f.date('BEGINDATE', (d) => d.beginDate),
    f.date('CLOSEDATE', (d) => d.closeDate),
    f.int('ASSIGNED_BY_ID', (d) => d.assignedById),
    f.int('CREATED_BY_ID', (d) => d.createdById),
    f.int('MODIFY_BY_ID', (d) => d.createdById),
    f.date('DATE_CREATE', (d) => d.dateCreate),
    f.date('DATE_MODIFY', (d) => d.dateModify),
    f.yn('OPENED', () => true),
    f.yn('CLOSED', (d) => d.closed),
    f.str('COMMENTS', () => null),
    f.str('ADDITIONAL_INFO', () => null),
    f.str('LOCATION_ID', () => null),
    f.int('CATEGORY_ID', (d) => d.categoryId),
    f.str('STAGE_SEMANTIC_ID', (d) => sem.get(d.stageId) ?? 'P'),
    f.yn('IS_NEW', (d) => (sem.get(d.stageId) ?? 'P') === 'P' && d.stageId.endsWith('NEW')),
    f.yn('IS_RECURRING', () => false),
    f.yn('IS_RETURN_CUSTOMER', () => false),
    f.yn('IS_REPEATED_APPROACH', () => false),
    f.str('SOURCE_ID', (d) => d.sourceId),
    f.str('SOURCE_DESCRIPTION', () => null),
    f.str('ORIGINATOR_ID', () => null),
    f.str('ORIGIN_ID', () => null),
    ...ufDefs<SbDeal>(state, 'CRM_DEAL', false),
  ];
  return createTable(fields, { idField: 'ID', utcOffsetMinutes: state.settings.utcOffsetMinutes });
}

export function arrayParam(params: Params, name: string): unknown {
  const v = param(params, name);
  if (v !== undefined && !isPhpArray(v)) throw crmError(`Parameter '${name}' must be array.`);
  return v;
}

function dealList(params: Params, ctx: HandlerContext) {
  const table = dealLegacyTable(ctx.state, ctx.iso);
  const order = arrayParam(params, 'order');
  const filter = arrayParam(params, 'filter');
  const page = runList(table, ctx.state.deals, {
    filter,
    order,
    start: param(params, 'start'),
    defaultOrder: [{ field: 'ID', desc: false }],
    cacheKey: `crm.deal.list@${ctx.revision()}`,
  });
  const fields = selectFields(table, param(params, 'select'), { always: ['ID'] });
  return ok(
    page.rows.map((d) => projectRow(d, fields)),
    page.total,
    page.next,
  );
}

function dealItemTable(state: SandboxState, iso: (ms: number) => string) {
  const sem = dealStageSemantics(state);
  const f = typedFields<SbDeal>(iso);
  return createTable<SbDeal>(
    [
      f.int('id', (d) => d.id),
      f.str('title', (d) => d.title),
      f.str('typeId', (d) => d.typeId),
      f.int('categoryId', (d) => d.categoryId),
      f.str('stageId', (d) => d.stageId),
      f.str('stageSemanticId', (d) => sem.get(d.stageId) ?? 'P'),
      f.yn('isNew', (d) => (sem.get(d.stageId) ?? 'P') === 'P' && d.stageId.endsWith('NEW')),
      f.num('opportunity', (d) => d.opportunity),
      f.yn('isManualOpportunity', (d) => d.isManualOpportunity),
      f.num('taxValue', () => 0),
      f.str('currencyId', (d) => d.currencyId),
      f.int('companyId', (d) => d.companyId ?? 0),
      f.int('contactId', (d) => d.contactId ?? 0),
      f.raw(
        'contactIds',
        'list',
        (d) => (d.contactId ? [d.contactId] : []),
        (d) => (d.contactId ? [d.contactId] : []),
      ),
      f.date('begindate', (d) => d.beginDate),
      f.date('closedate', (d) => d.closeDate),
      f.yn('opened', () => true),
      f.yn('closed', (d) => d.closed),
      f.int('assignedById', (d) => d.assignedById),
      f.int('createdBy', (d) => d.createdById),
      f.int('updatedBy', (d) => d.createdById),
      f.date('createdTime', (d) => d.dateCreate),
      f.date('updatedTime', (d) => d.dateModify),
      // Time of the last stage change (https://apidocs.bitrix24.com/api-reference/crm/universal/object-fields.html).
      f.date('movedTime', (d) => d.movedTime ?? d.dateCreate),
      f.str('sourceId', (d) => d.sourceId),
      f.int('leadId', (d) => d.leadId),
      ...ufDefs<SbDeal>(state, 'CRM_DEAL', true),
    ],
    { idField: 'id', utcOffsetMinutes: state.settings.utcOffsetMinutes },
  );
}

function leadItemTable(state: SandboxState, iso: (ms: number) => string) {
  const sem = leadStatusSemantics(state);
  const f = typedFields<SbLead>(iso);
  return createTable<SbLead>(
    [
      f.int('id', (l) => l.id),
      f.str('title', (l) => l.title),
      f.str('name', (l) => l.name),
      f.str('lastName', (l) => l.lastName),
      f.str('stageId', (l) => l.statusId),
      f.str('stageSemanticId', (l) => sem.get(l.statusId) ?? 'P'),
      f.num('opportunity', (l) => l.opportunity),
      f.yn('isManualOpportunity', (l) => l.isManualOpportunity),
      f.str('currencyId', (l) => l.currencyId),
      f.str('sourceId', (l) => l.sourceId),
      f.int('assignedById', (l) => l.assignedById),
      f.date('createdTime', (l) => l.dateCreate),
      ...ufDefs<SbLead>(state, 'CRM_LEAD', true),
    ],
    { idField: 'id', utcOffsetMinutes: state.settings.utcOffsetMinutes },
  );
}

function contactItemTable(state: SandboxState, iso: (ms: number) => string) {
  const f = typedFields<SbContact>(iso);
  return createTable<SbContact>(
    [
      f.int('id', (c) => c.id),
      f.str('name', (c) => c.name),
      f.str('lastName', (c) => c.lastName),
      f.str('typeId', (c) => c.typeId),
      f.str('sourceId', (c) => c.sourceId),
      f.int('companyId', (c) => c.companyId ?? 0),
      f.int('assignedById', (c) => c.assignedById),
      f.date('createdTime', (c) => c.dateCreate),
      ...ufDefs<SbContact>(state, 'CRM_CONTACT', true),
    ],
    { idField: 'id', utcOffsetMinutes: state.settings.utcOffsetMinutes },
  );
}

function companyItemTable(state: SandboxState, iso: (ms: number) => string) {
  const f = typedFields<SbCompany>(iso);
  return createTable<SbCompany>(
    [
      f.int('id', (c) => c.id),
      f.str('title', (c) => c.title),
      f.str('companyType', (c) => c.companyType),
      f.str('industry', (c) => c.industry),
      f.int('assignedById', (c) => c.assignedById),
      f.date('createdTime', (c) => c.dateCreate),
      ...ufDefs<SbCompany>(state, 'CRM_COMPANY', true),
    ],
    { idField: 'id', utcOffsetMinutes: state.settings.utcOffsetMinutes },
  );
}

function itemList(params: Params, ctx: HandlerContext) {
  const { state } = ctx;
  const entityTypeId = toInt(param(params, 'entityTypeId'));
  const req = {
    filter: param(params, 'filter'),
    order: param(params, 'order'),
    start: param(params, 'start'),
    defaultOrder: [{ field: 'id', desc: false }],
    cacheKey: `crm.item.list/${entityTypeId}@${ctx.revision()}`,
  };
  const select = param(params, 'select') ?? ['*'];
  const run = <R>(table: ReturnType<typeof createTable<R>>, rows: readonly R[]) => {
    checkItemFilter(table, req.filter);
    checkItemOrder(table, req.order);
    const page = runList(table, rows, req);
    const fields = selectFields(table, select, { always: ['id'] });
    return ok({ items: page.rows.map((r) => projectRow(r, fields)) }, page.total, page.next);
  };
  switch (entityTypeId) {
    case 1:
      return run(leadItemTable(state, ctx.iso), state.leads);
    case 2:
      return run(dealItemTable(state, ctx.iso), state.deals);
    case 3:
      return run(contactItemTable(state, ctx.iso), state.contacts);
    case 4:
      return run(companyItemTable(state, ctx.iso), state.companies);
    default:
      throw new RestError(400, 'NOT_FOUND', 'Smart process not found');
  }
}

function activityTable(state: SandboxState, iso: (ms: number) => string) {
  const f = legacyFields<SbActivity>(iso);
  const nul = (name: string) => f.str(name, () => null);
  const bindings: FieldDef<SbActivity> = {
    name: 'BINDINGS',
    kind: 'list',
    hidden: true,
    get: (a) => [{ OWNER_TYPE_ID: a.ownerTypeId, OWNER_ID: a.ownerId }],
    out: (a) => [{ OWNER_TYPE_ID: String(a.ownerTypeId), OWNER_ID: String(a.ownerId) }],
    // BINDINGS: [{OWNER_TYPE_ID: 2}, …] matches activities bound to any listed owner (docs/bitrix24/parity.md#crm-legacy-lists).
    match: (a, _op, value) => {
      const wanted = Array.isArray(value) ? value : isRecord(value) ? [value] : [];
      return wanted.some((w) => {
        if (!isRecord(w)) return false;
        const t = w.OWNER_TYPE_ID === undefined ? undefined : toInt(w.OWNER_TYPE_ID);
        const id = w.OWNER_ID === undefined ? undefined : toInt(w.OWNER_ID);
        return (t === undefined || t === a.ownerTypeId) && (id === undefined || id === a.ownerId);
      });
    },
  };
  return createTable<SbActivity>(
    [
      f.int('ID', (a) => a.id),
      f.int('OWNER_ID', (a) => a.ownerId),
      f.int('OWNER_TYPE_ID', (a) => a.ownerTypeId),
      f.int('TYPE_ID', (a) => a.typeId),
      f.str('PROVIDER_ID', (a) => a.providerId),
      f.str('PROVIDER_TYPE_ID', (a) => a.providerTypeId),
      nul('PROVIDER_GROUP_ID'),
      f.int('ASSOCIATED_ENTITY_ID', () => 0),
      f.str('SUBJECT', (a) => a.subject),
      f.date('CREATED', (a) => a.created),
      f.date('LAST_UPDATED', (a) => a.lastUpdated),
      f.date('START_TIME', (a) => a.startTime),
      f.date('END_TIME', (a) => a.endTime),
      f.date('DEADLINE', (a) => a.deadline),
      f.yn('COMPLETED', (a) => a.completed),
      f.int('STATUS', (a) => (a.completed ? 2 : 1)),
      f.int('RESPONSIBLE_ID', (a) => a.responsibleId),
      f.int('PRIORITY', (a) => a.priority),
      f.int('NOTIFY_TYPE', () => 1),
      f.int('NOTIFY_VALUE', () => 15),
      f.str('DESCRIPTION', (a) => a.description),
      f.int('DESCRIPTION_TYPE', () => 1),
      f.int('DIRECTION', (a) => a.direction),
      f.str('LOCATION', () => ''),
      f.raw(
        'SETTINGS',
        'string',
        () => null,
        () => [],
      ),
      nul('ORIGINATOR_ID'),
      nul('ORIGIN_ID'),
      f.int('AUTHOR_ID', (a) => a.authorId),
      f.int('EDITOR_ID', (a) => a.authorId),
      f.raw(
        'PROVIDER_PARAMS',
        'string',
        () => null,
        () => [],
      ),
      nul('PROVIDER_DATA'),
      f.int('RESULT_MARK', () => 0),
      nul('RESULT_VALUE'),
      nul('RESULT_SUM'),
      nul('RESULT_CURRENCY_ID'),
      f.int('RESULT_STATUS', () => 0),
      f.int('RESULT_STREAM', () => 0),
      nul('RESULT_SOURCE_ID'),
      f.int('AUTOCOMPLETE_RULE', () => 0),
      bindings,
      f.raw(
        'COMMUNICATIONS',
        'list',
        (a) => a.communications.map((c) => c.value),
        (a) =>
          a.communications.map((c, i) => ({
            ID: String(a.id * 10 + i),
            TYPE: c.type,
            VALUE: c.value,
            ENTITY_ID: String(c.entityId),
            ENTITY_TYPE_ID: String(c.entityTypeId),
          })),
        { hidden: true },
      ),
    ],
    { idField: 'ID', utcOffsetMinutes: state.settings.utcOffsetMinutes },
  );
}

function activityList(params: Params, ctx: HandlerContext) {
  const table = activityTable(ctx.state, ctx.iso);
  const order = arrayParam(params, 'order');
  const filter = arrayParam(params, 'filter');
  const page = runList(table, ctx.state.activities, {
    filter,
    order,
    start: param(params, 'start'),
    defaultOrder: [{ field: 'START_TIME', desc: false }],
    cacheKey: `crm.activity.list@${ctx.revision()}`,
  });
  const fields = selectFields(table, param(params, 'select'), { always: ['ID'] });
  return ok(
    page.rows.map((a) => projectRow(a, fields)),
    page.total,
    page.next,
  );
}

export const crmDataMethods: MethodDef[] = [
  { name: 'crm.deal.list', scopes: ['crm'], write: false, handler: dealList },
  { name: 'crm.item.list', scopes: ['crm'], write: false, handler: itemList },
  { name: 'crm.activity.list', scopes: ['crm'], write: false, handler: activityList },
];
