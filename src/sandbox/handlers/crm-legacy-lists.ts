/**
 * Legacy lists of leads, contacts and companies (CCrmLeadRestProxy / CCrmContactRestProxy /
 * CCrmCompanyRestProxy): upper-case fields, 50 rows a page with `start` rounded down to its page,
 * `total`/`next`, start=-1 and the ID cursor like crm.deal.list (docs/bitrix24/parity.md#crm-legacy-lists).
 * b24cfg counts stored user-field values with them before deleting a field.
 */
import { type HandlerContext, type MethodDef, ok } from '../context.js';
import { legacyFields } from '../query/fields.js';
import { runList } from '../query/list.js';
import { createTable, projectRow, selectFields } from '../query/table.js';
import { leadStatusSemantics } from '../status-model.js';
import type { SandboxState, SbCompany, SbContact, SbLead } from '../state.js';
import { param, type Params } from '../values.js';
import { arrayParam, ufDefs } from './crm-data.js';

function leadLegacyTable(state: SandboxState, iso: (ms: number) => string) {
  const sem = leadStatusSemantics(state);
  const f = legacyFields<SbLead>(iso);
  return createTable<SbLead>(
    [
      f.int('ID', (l) => l.id),
      f.str('TITLE', (l) => l.title),
      f.str('NAME', (l) => l.name),
      f.str('LAST_NAME', (l) => l.lastName),
      f.str('STATUS_ID', (l) => l.statusId),
      f.str('STATUS_SEMANTIC_ID', (l) => sem.get(l.statusId) ?? 'P'),
      f.str('SOURCE_ID', (l) => l.sourceId),
      f.str('CURRENCY_ID', (l) => l.currencyId),
      f.money('OPPORTUNITY', (l) => l.opportunity),
      f.int('ASSIGNED_BY_ID', (l) => l.assignedById),
      f.date('DATE_CREATE', (l) => l.dateCreate),
      ...ufDefs<SbLead>(state, 'CRM_LEAD', false),
    ],
    { idField: 'ID', utcOffsetMinutes: state.settings.utcOffsetMinutes },
  );
}

function contactLegacyTable(state: SandboxState, iso: (ms: number) => string) {
  const f = legacyFields<SbContact>(iso);
  return createTable<SbContact>(
    [
      f.int('ID', (c) => c.id),
      f.str('NAME', (c) => c.name),
      f.str('LAST_NAME', (c) => c.lastName),
      f.str('TYPE_ID', (c) => c.typeId),
      f.str('SOURCE_ID', (c) => c.sourceId),
      f.int('COMPANY_ID', (c) => c.companyId),
      f.int('ASSIGNED_BY_ID', (c) => c.assignedById),
      f.date('DATE_CREATE', (c) => c.dateCreate),
      ...ufDefs<SbContact>(state, 'CRM_CONTACT', false),
    ],
    { idField: 'ID', utcOffsetMinutes: state.settings.utcOffsetMinutes },
  );
}

function companyLegacyTable(state: SandboxState, iso: (ms: number) => string) {
  const f = legacyFields<SbCompany>(iso);
  return createTable<SbCompany>(
    [
      f.int('ID', (c) => c.id),
      f.str('TITLE', (c) => c.title),
      f.str('COMPANY_TYPE', (c) => c.companyType),
      f.str('INDUSTRY', (c) => c.industry),
      f.int('ASSIGNED_BY_ID', (c) => c.assignedById),
      f.date('DATE_CREATE', (c) => c.dateCreate),
      ...ufDefs<SbCompany>(state, 'CRM_COMPANY', false),
    ],
    { idField: 'ID', utcOffsetMinutes: state.settings.utcOffsetMinutes },
  );
}

function legacyList<R>(
  name: string,
  table: (state: SandboxState, iso: (ms: number) => string) => ReturnType<typeof createTable<R>>,
  rowsOf: (state: SandboxState) => readonly R[],
) {
  return (params: Params, ctx: HandlerContext) => {
    const t = table(ctx.state, ctx.iso);
    const page = runList(t, rowsOf(ctx.state), {
      filter: arrayParam(params, 'filter'),
      order: arrayParam(params, 'order'),
      start: param(params, 'start'),
      defaultOrder: [{ field: 'ID', desc: false }],
      cacheKey: `${name}@${ctx.revision()}`,
    });
    const fields = selectFields(t, param(params, 'select'), { always: ['ID'] });
    return ok(
      page.rows.map((r) => projectRow(r, fields)),
      page.total,
      page.next,
    );
  };
}

export const crmLegacyListMethods: MethodDef[] = [
  {
    name: 'crm.lead.list',
    scopes: ['crm'],
    write: false,
    handler: legacyList('crm.lead.list', leadLegacyTable, (s) => s.leads),
  },
  {
    name: 'crm.contact.list',
    scopes: ['crm'],
    write: false,
    handler: legacyList('crm.contact.list', contactLegacyTable, (s) => s.contacts),
  },
  {
    name: 'crm.company.list',
    scopes: ['crm'],
    write: false,
    handler: legacyList('crm.company.list', companyLegacyTable, (s) => s.companies),
  },
];
