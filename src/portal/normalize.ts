import type {
  CrmEntity,
  PortalDepartment,
  PortalDocumentTemplate,
  PortalNumerator,
  PortalOpenLine,
  PortalPipeline,
  PortalStatus,
  PortalUser,
  PortalUserField,
  QueueType,
  CrmCreate,
  StatusSemantics,
} from './state-types.js';
import { asObject, asRows, int, intOr, intOrNull, str, strOr, yn, type Row } from './malformed.js';

/** Raw answers → typed state. Pure; every function names the method in its errors. */

export function normalizePipelines(result: unknown): PortalPipeline[] {
  const m = 'crm.category.list';
  const rows = asRows(asObject(result, m, 'result').categories, m);
  return rows
    .map((r) => ({
      id: int(r.id, m, 'id'),
      name: str(r.name, m, 'name'),
      sort: intOr(r.sort, 500),
      isDefault: r.isDefault === 'Y' || r.isDefault === true || int(r.id, m, 'id') === 0,
    }))
    .sort((a, b) => a.sort - b.sort || a.id - b.id);
}

function semanticsOf(v: unknown): StatusSemantics {
  return v === 'S' ? 'S' : v === 'F' ? 'F' : null;
}

export function normalizeStatuses(result: unknown): PortalStatus[] {
  const m = 'crm.status.list';
  return asRows(result, m).map((r) => ({
    id: int(r.ID, m, 'ID'),
    entityId: str(r.ENTITY_ID, m, 'ENTITY_ID'),
    statusId: str(r.STATUS_ID, m, 'STATUS_ID'),
    name: strOr(r.NAME),
    sort: intOr(r.SORT, 0),
    color: typeof r.COLOR === 'string' && r.COLOR !== '' ? r.COLOR.toUpperCase() : null,
    semantics: semanticsOf(r.SEMANTICS),
    system: yn(r.SYSTEM),
    categoryId: intOrNull(r.CATEGORY_ID),
  }));
}

const UF_ENTITY: Record<string, CrmEntity> = {
  CRM_DEAL: 'deal',
  CRM_LEAD: 'lead',
  CRM_CONTACT: 'contact',
  CRM_COMPANY: 'company',
};

/**
 * Merges the per-language reads of one entity's user fields: labels only come back when
 * filter.LANG is given (rest-map §3), so each language is a separate list call.
 */
export function normalizeUserFields(entity: CrmEntity, perLang: Record<string, unknown>): PortalUserField[] {
  const m = `crm.${entity}.userfield.list`;
  const byId = new Map<number, PortalUserField>();
  for (const [lang, result] of Object.entries(perLang)) {
    for (const r of asRows(result, m)) {
      const id = int(r.ID, m, 'ID');
      let f = byId.get(id);
      if (!f) {
        const ent = UF_ENTITY[strOr(r.ENTITY_ID)] ?? entity;
        f = {
          id,
          entity: ent,
          fieldName: str(r.FIELD_NAME, m, 'FIELD_NAME'),
          type: str(r.USER_TYPE_ID, m, 'USER_TYPE_ID'),
          multiple: yn(r.MULTIPLE),
          mandatory: yn(r.MANDATORY),
          // SHOW_FILTER is N, I, E or S; anything but N means "shown in the filter" (rest-map §3).
          showFilter: strOr(r.SHOW_FILTER, 'N') !== 'N',
          showInList: yn(r.SHOW_IN_LIST),
          sort: intOr(r.SORT, 100),
          xmlId: typeof r.XML_ID === 'string' && r.XML_ID !== '' ? r.XML_ID : null,
          labels: {},
          settings:
            r.SETTINGS !== null && typeof r.SETTINGS === 'object' && !Array.isArray(r.SETTINGS)
              ? (r.SETTINGS as Row)
              : {},
          list: Array.isArray(r.LIST) ? normalizeListItems(r.LIST, m) : [],
        };
        byId.set(id, f);
      }
      const label = r.EDIT_FORM_LABEL;
      if (typeof label === 'string') f.labels[lang] = label;
      else if (label !== null && typeof label === 'object' && typeof (label as Row)[lang] === 'string') {
        f.labels[lang] = (label as Row)[lang] as string;
      }
    }
  }
  return [...byId.values()].sort((a, b) => a.sort - b.sort || a.id - b.id);
}

function normalizeListItems(list: unknown[], m: string) {
  return asRows(list, m)
    .map((i) => ({
      id: int(i.ID, m, 'LIST.ID'),
      xmlId: strOr(i.XML_ID),
      value: strOr(i.VALUE),
      sort: intOr(i.SORT, 500),
      def: yn(i.DEF),
    }))
    .sort((a, b) => a.sort - b.sort || a.id - b.id);
}

const QUEUE_TYPES: readonly QueueType[] = ['evenly', 'strictly', 'all'];
const CRM_CREATES: readonly CrmCreate[] = ['none', 'lead', 'deal'];

export function normalizeOpenLines(result: unknown): PortalOpenLine[] {
  const m = 'imopenlines.config.list.get';
  return asRows(result, m)
    .map((r) => {
      const qt = strOr(r.QUEUE_TYPE, 'evenly') as QueueType;
      const cc = strOr(r.CRM_CREATE, 'none') as CrmCreate;
      const queue = Array.isArray(r.QUEUE) ? r.QUEUE.map((u) => intOr(u, 0)).filter((u) => u > 0) : [];
      return {
        id: int(r.ID, m, 'ID'),
        // The name is how b24cfg matches a line without a binding: a missing one would plan a duplicate.
        name: str(r.LINE_NAME, m, 'LINE_NAME'),
        active: yn(r.ACTIVE),
        crm: yn(r.CRM),
        crmCreate: CRM_CREATES.includes(cc) ? cc : 'none',
        crmSource: strOr(r.CRM_SOURCE),
        crmForward: yn(r.CRM_FORWARD),
        queueType: QUEUE_TYPES.includes(qt) ? qt : 'all',
        queue,
        queueTime: intOr(r.QUEUE_TIME, 0),
        noAnswerTime: intOr(r.NO_ANSWER_TIME, 0),
        checkAvailable: yn(r.CHECK_AVAILABLE),
        kpiFirstAnswerTime: intOr(r.KPI_FIRST_ANSWER_TIME, 0),
        kpiFurtherAnswerTime: intOr(r.KPI_FURTHER_ANSWER_TIME, 0),
        kpiFirstAnswerAlert: yn(r.KPI_FIRST_ANSWER_ALERT),
        kpiFurtherAnswerAlert: yn(r.KPI_FURTHER_ANSWER_ALERT),
        kpiCheckOperatorActivity: yn(r.KPI_CHECK_OPERATOR_ACTIVITY),
        welcomeMessage: strOr(r.WELCOME_MESSAGE_TEXT),
      };
    })
    .sort((a, b) => a.id - b.id);
}

export function normalizeDocumentTemplates(result: unknown): PortalDocumentTemplate[] {
  const m = 'crm.documentgenerator.template.list';
  // result.templates is an object keyed by id, not an array (rest-map §8).
  const rows = asRows(asObject(result, m, 'result').templates ?? [], m);
  return rows
    .map((r) => ({
      id: int(r.id, m, 'id'),
      // Matched by name (rest-map §8): read as "" it would plan a second template.
      name: str(r.name, m, 'name'),
      region: strOr(r.region),
      numeratorId: intOrNull(r.numeratorId),
      entityTypeIds: Array.isArray(r.entityTypeId) ? r.entityTypeId.map((e) => strOr(e)) : [],
      active: r.active === undefined ? true : yn(r.active),
      users: Array.isArray(r.users) ? r.users.map((u) => strOr(u)) : [],
      sort: intOr(r.sort, 500),
    }))
    .sort((a, b) => a.id - b.id);
}

export function normalizeNumerators(result: unknown): PortalNumerator[] {
  const m = 'crm.documentgenerator.numerator.list';
  const rows = asRows(asObject(result, m, 'result').numerators ?? [], m);
  return rows
    .map((r) => {
      const settings = r.settings !== null && typeof r.settings === 'object' ? (r.settings as Row) : {};
      const gen = settings.Bitrix_Main_Numerator_Generator_SequentNumberGenerator;
      const g = gen !== null && typeof gen === 'object' ? (gen as Row) : {};
      return {
        id: int(r.id, m, 'id'),
        // Matched by name (rest-map §8): read as "" it would plan a second numerator.
        name: str(r.name, m, 'name'),
        template: strOr(r.template),
        start: intOr(g.start, 1),
        step: intOr(g.step, 1),
        length: intOr(g.length, 0),
        padString: strOr(g.padString, '0'),
        periodicBy: typeof g.periodicBy === 'string' && g.periodicBy !== '' ? g.periodicBy : null,
      };
    })
    .sort((a, b) => a.id - b.id);
}

export function normalizeDepartments(result: unknown): PortalDepartment[] {
  const m = 'department.get';
  return asRows(result, m)
    .map((r) => ({
      id: int(r.ID, m, 'ID'),
      // Departments are matched by name under their parent: read as "" it would plan a second one.
      name: str(r.NAME, m, 'NAME'),
      sort: intOr(r.SORT, 500),
      parentId: intOrNull(r.PARENT),
      headUserId: intOrNull(r.UF_HEAD),
    }))
    .sort((a, b) => a.id - b.id);
}

export function normalizeUsers(result: unknown): PortalUser[] {
  const m = 'user.get';
  return asRows(result, m)
    .map((r) => ({
      id: int(r.ID, m, 'ID'),
      email: strOr(r.EMAIL).toLowerCase(),
      name: strOr(r.NAME),
      lastName: strOr(r.LAST_NAME),
      active: r.ACTIVE === undefined ? true : yn(r.ACTIVE),
      departmentIds: Array.isArray(r.UF_DEPARTMENT)
        ? r.UF_DEPARTMENT.map((d) => intOr(d, 0)).filter((d) => d > 0)
        : [],
      position: strOr(r.WORK_POSITION),
    }))
    .sort((a, b) => a.id - b.id);
}
