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
import {
  asObject,
  asRows,
  int,
  malformed,
  optInt,
  optIntOrNull,
  optList,
  optStr,
  optYn,
  reqList,
  reqYn,
  str,
  strOr,
  type Row,
} from './malformed.js';

/** Raw answers → typed state. Pure; every function names the method in its errors. */

export function normalizePipelines(result: unknown): PortalPipeline[] {
  const m = 'crm.category.list';
  const rows = asRows(asObject(result, m, 'result').categories, m);
  return rows
    .map((r) => ({
      id: int(r.id, m, 'id'),
      name: str(r.name, m, 'name'),
      sort: int(r.sort, m, 'sort'),
      isDefault: r.isDefault === 'Y' || r.isDefault === true || int(r.id, m, 'id') === 0,
    }))
    .sort((a, b) => a.sort - b.sort || a.id - b.id);
}

function semanticsOf(v: unknown, m: string): StatusSemantics {
  if (v === 'S' || v === 'F') return v;
  // Process stages come back as null or "" (CCrmStatus stores P as NULL, rest-map §2).
  if (v === null || v === undefined || v === '' || v === 'P') return null;
  throw malformed(m, `SEMANTICS is not S, F or empty (${JSON.stringify(v)})`);
}

function colorOf(c: string): string | null {
  return c === '' ? null : c.toUpperCase();
}

export function normalizeStatuses(result: unknown): PortalStatus[] {
  const m = 'crm.status.list';
  return asRows(result, m).map((r) => ({
    id: int(r.ID, m, 'ID'),
    entityId: str(r.ENTITY_ID, m, 'ENTITY_ID'),
    statusId: str(r.STATUS_ID, m, 'STATUS_ID'),
    name: str(r.NAME, m, 'NAME'),
    sort: int(r.SORT, m, 'SORT'),
    color: colorOf(optStr(r.COLOR, m, 'COLOR')),
    semantics: semanticsOf(r.SEMANTICS, m),
    system: optYn(r.SYSTEM, m, 'SYSTEM', false),
    categoryId: optIntOrNull(r.CATEGORY_ID, m, 'CATEGORY_ID'),
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
          multiple: reqYn(r.MULTIPLE, m, 'MULTIPLE'),
          mandatory: optYn(r.MANDATORY, m, 'MANDATORY', false),
          // SHOW_FILTER is N, I, E or S; anything but N means "shown in the filter" (rest-map §3).
          showFilter: optStr(r.SHOW_FILTER, m, 'SHOW_FILTER', 'N') !== 'N',
          showInList: optYn(r.SHOW_IN_LIST, m, 'SHOW_IN_LIST', true),
          sort: optInt(r.SORT, m, 'SORT', 100),
          xmlId: typeof r.XML_ID === 'string' && r.XML_ID !== '' ? r.XML_ID : null,
          labels: {},
          settings: settingsOf(r.SETTINGS, m),
          list: normalizeListItems(optList(r.LIST, m, 'LIST'), m),
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

/** SETTINGS is an object; absent or [] (an empty PHP map, rest-map §14) is none; anything else is damage. */
function settingsOf(v: unknown, m: string): Row {
  if (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) return {};
  if (typeof v === 'object' && !Array.isArray(v)) return v as Row;
  throw malformed(m, `SETTINGS is not an object (${JSON.stringify(v)?.slice(0, 40) ?? 'undefined'})`);
}

function normalizeListItems(list: unknown[], m: string) {
  return asRows(list, m)
    .map((i) => ({
      id: int(i.ID, m, 'LIST.ID'),
      xmlId: optStr(i.XML_ID, m, 'LIST.XML_ID'),
      value: str(i.VALUE, m, 'LIST.VALUE'),
      sort: optInt(i.SORT, m, 'LIST.SORT', 500),
      def: optYn(i.DEF, m, 'LIST.DEF', false),
    }))
    .sort((a, b) => a.sort - b.sort || a.id - b.id);
}

const QUEUE_TYPES: readonly QueueType[] = ['evenly', 'strictly', 'all'];
const CRM_CREATES: readonly CrmCreate[] = ['none', 'lead', 'deal'];

export function normalizeOpenLines(result: unknown): PortalOpenLine[] {
  const m = 'imopenlines.config.list.get';
  return asRows(result, m)
    .map((r) => {
      // Every field below is in the select b24cfg sends (read.ts OPEN_LINE_SELECT), so each must be there.
      const qt = str(r.QUEUE_TYPE, m, 'QUEUE_TYPE') as QueueType;
      const cc = str(r.CRM_CREATE, m, 'CRM_CREATE') as CrmCreate;
      if (!Array.isArray(r.QUEUE)) throw malformed(m, 'QUEUE is not a list');
      return {
        id: int(r.ID, m, 'ID'),
        // The name is how b24cfg matches a line without a binding: a missing one would plan a duplicate.
        name: str(r.LINE_NAME, m, 'LINE_NAME'),
        active: reqYn(r.ACTIVE, m, 'ACTIVE'),
        crm: reqYn(r.CRM, m, 'CRM'),
        // Invalid stored values read as the portal treats them (rest-map §7: invalid CRM_CREATE → lead).
        crmCreate: CRM_CREATES.includes(cc) ? cc : 'lead',
        crmSource: optStr(r.CRM_SOURCE, m, 'CRM_SOURCE'),
        crmForward: reqYn(r.CRM_FORWARD, m, 'CRM_FORWARD'),
        // rest-map §7: an invalid QUEUE_TYPE is stored as `all`.
        queueType: QUEUE_TYPES.includes(qt) ? qt : 'all',
        queue: r.QUEUE.map((u, i) => int(u, m, `QUEUE[${i}]`)),
        queueTime: int(r.QUEUE_TIME, m, 'QUEUE_TIME'),
        noAnswerTime: int(r.NO_ANSWER_TIME, m, 'NO_ANSWER_TIME'),
        checkAvailable: reqYn(r.CHECK_AVAILABLE, m, 'CHECK_AVAILABLE'),
        kpiFirstAnswerTime: int(r.KPI_FIRST_ANSWER_TIME, m, 'KPI_FIRST_ANSWER_TIME'),
        kpiFurtherAnswerTime: int(r.KPI_FURTHER_ANSWER_TIME, m, 'KPI_FURTHER_ANSWER_TIME'),
        kpiFirstAnswerAlert: reqYn(r.KPI_FIRST_ANSWER_ALERT, m, 'KPI_FIRST_ANSWER_ALERT'),
        kpiFurtherAnswerAlert: reqYn(r.KPI_FURTHER_ANSWER_ALERT, m, 'KPI_FURTHER_ANSWER_ALERT'),
        kpiCheckOperatorActivity: reqYn(r.KPI_CHECK_OPERATOR_ACTIVITY, m, 'KPI_CHECK_OPERATOR_ACTIVITY'),
        welcomeMessage: optStr(r.WELCOME_MESSAGE_TEXT, m, 'WELCOME_MESSAGE_TEXT'),
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
      region: optStr(r.region, m, 'region'),
      numeratorId: optIntOrNull(r.numeratorId, m, 'numeratorId'),
      entityTypeIds: reqList(r.entityTypeId, m, 'entityTypeId').map((e, i) =>
        str(e, m, `entityTypeId[${i}]`),
      ),
      active: optYn(r.active, m, 'active', true),
      users: optList(r.users, m, 'users').map((u, i) => str(u, m, `users[${i}]`)),
      sort: optInt(r.sort, m, 'sort', 500),
    }))
    .sort((a, b) => a.id - b.id);
}

export function normalizeNumerators(result: unknown): PortalNumerator[] {
  const m = 'crm.documentgenerator.numerator.list';
  const rows = asRows(asObject(result, m, 'result').numerators ?? [], m);
  return rows
    .map((r) => {
      const settings = asObject(r.settings, m, 'settings');
      // The sequence generator's settings (docs document-generator/numerator): start, step, length…
      const g = asObject(
        settings.Bitrix_Main_Numerator_Generator_SequentNumberGenerator,
        m,
        'settings.SequentNumberGenerator',
      );
      const periodicBy = optStr(g.periodicBy, m, 'periodicBy');
      return {
        id: int(r.id, m, 'id'),
        // Matched by name (rest-map §8): read as "" it would plan a second numerator.
        name: str(r.name, m, 'name'),
        template: str(r.template, m, 'template'),
        start: optInt(g.start, m, 'start', 1),
        step: optInt(g.step, m, 'step', 1),
        length: optInt(g.length, m, 'length', 0),
        padString: optStr(g.padString, m, 'padString', '0'),
        periodicBy: periodicBy === '' ? null : periodicBy,
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
      sort: optInt(r.SORT, m, 'SORT', 500),
      parentId: optIntOrNull(r.PARENT, m, 'PARENT'),
      // UF_HEAD is absent from the documented example (rest-map §9): absent = no head.
      headUserId: optIntOrNull(r.UF_HEAD, m, 'UF_HEAD'),
    }))
    .sort((a, b) => a.id - b.id);
}

export function normalizeUsers(result: unknown): PortalUser[] {
  const m = 'user.get';
  return asRows(result, m)
    .map((r) => ({
      id: int(r.ID, m, 'ID'),
      // Users are found by e-mail: a damaged one must not make a known person look unknown.
      email: str(r.EMAIL, m, 'EMAIL').toLowerCase(),
      name: optStr(r.NAME, m, 'NAME'),
      lastName: optStr(r.LAST_NAME, m, 'LAST_NAME'),
      active: optYn(r.ACTIVE, m, 'ACTIVE', true),
      departmentIds: optList(r.UF_DEPARTMENT, m, 'UF_DEPARTMENT').map((d, i) =>
        int(d, m, `UF_DEPARTMENT[${i}]`),
      ),
      position: optStr(r.WORK_POSITION, m, 'WORK_POSITION'),
    }))
    .sort((a, b) => a.id - b.id);
}
