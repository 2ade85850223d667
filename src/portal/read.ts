import { fingerprintOf } from '../core/hash.js';
import type { B24Client, BatchItemResult, RestCall } from './client.js';
import { malformed } from './malformed.js';
import {
  normalizeDepartments,
  normalizeDocumentTemplates,
  normalizeNumerators,
  normalizeOpenLines,
  normalizePipelines,
  normalizeStatuses,
  normalizeUserFields,
  normalizeUsers,
} from './normalize.js';
import { CRM_ENTITIES, type PortalSection, type PortalState } from './state-types.js';

export interface ReadOptions {
  /** Label languages to read for user fields (each is one list call per entity). Default ru, en. */
  languages?: readonly string[];
  /** Sections to read; default all. */
  sections?: readonly PortalSection[];
  now?: () => Date;
}

/** Fields of an open line b24cfg manages; list.get accepts the config.add field names as select (docs: imopenlines.config.list.get). */
export const OPEN_LINE_SELECT = [
  'ID',
  'LINE_NAME',
  'ACTIVE',
  'CRM',
  'CRM_CREATE',
  'CRM_SOURCE',
  'CRM_FORWARD',
  'QUEUE_TYPE',
  'QUEUE_TIME',
  'NO_ANSWER_TIME',
  'CHECK_AVAILABLE',
  'KPI_FIRST_ANSWER_TIME',
  'KPI_FIRST_ANSWER_ALERT',
  'KPI_FURTHER_ANSWER_TIME',
  'KPI_FURTHER_ANSWER_ALERT',
  'KPI_CHECK_OPERATOR_ACTIVITY',
  'WELCOME_MESSAGE',
  'WELCOME_MESSAGE_TEXT',
];

const ALL_SECTIONS: readonly PortalSection[] = [
  'pipelines',
  'statuses',
  'userFields',
  'openLines',
  'documentTemplates',
  'numerators',
  'departments',
  'users',
];

/** Errors that mean "this part of the portal cannot be read with this webhook", not "the read failed". */
const UNREADABLE_CODES = new Set([
  'insufficient_scope',
  'ERROR_METHOD_NOT_FOUND',
  'ACCESS_DENIED',
  'DOCGEN_ACCESS_ERROR',
  'CONFIG_WRONG_USER_PERMISSION',
]);

interface Paged {
  section: PortalSection;
  method: string;
  params: Record<string, unknown>;
  /** Where the rows sit inside `result` for follow-up pages. */
  rowsOf: (result: unknown) => unknown;
  merge: (results: unknown[]) => unknown;
}

/**
 * Reads everything the spec manages in one batch request (plus one more for further pages of
 * paginated lists: departments, users, document templates, numerators). rest-map §14: one batch
 * carries 50 commands; crm.status.list and *.userfield.list return whole lists (no paging).
 */
export async function readPortalState(client: B24Client, opts: ReadOptions = {}): Promise<PortalState> {
  const sections = new Set(opts.sections ?? ALL_SECTIONS);
  const langs = [...new Set(opts.languages ?? ['ru', 'en'])];
  const calls: RestCall[] = [
    { key: 'time', method: 'server.time', params: {} },
    { key: 'info', method: 'app.info', params: {} },
    { key: 'mode', method: 'crm.settings.mode.get', params: {} },
  ];
  if (sections.has('pipelines'))
    calls.push({ key: 'pipelines', method: 'crm.category.list', params: { entityTypeId: 2 } });
  if (sections.has('statuses'))
    calls.push({ key: 'statuses', method: 'crm.status.list', params: { order: { SORT: 'ASC' } } });
  if (sections.has('userFields')) {
    for (const e of CRM_ENTITIES) {
      for (const lang of langs) {
        calls.push({
          key: `uf_${e}_${lang}`,
          method: `crm.${e}.userfield.list`,
          params: { filter: { LANG: lang } },
        });
      }
    }
  }
  if (sections.has('openLines')) {
    calls.push({
      key: 'openLines',
      method: 'imopenlines.config.list.get',
      params: { PARAMS: { select: OPEN_LINE_SELECT, order: { ID: 'ASC' } }, OPTIONS: { QUEUE: 'Y' } },
    });
  }
  const paged: Paged[] = [];
  const pick = (key: string) => (r: unknown) =>
    r !== null && typeof r === 'object' ? (r as Record<string, unknown>)[key] : undefined;
  if (sections.has('documentTemplates')) {
    paged.push({
      section: 'documentTemplates',
      method: 'crm.documentgenerator.template.list',
      params: { order: { id: 'ASC' } },
      rowsOf: pick('templates'),
      merge: (rs) => ({
        templates: Object.assign(
          {},
          ...rs.map((r) => toMap(pick('templates')(r), 'crm.documentgenerator.template.list')),
        ) as unknown,
      }),
    });
  }
  if (sections.has('numerators')) {
    paged.push({
      section: 'numerators',
      method: 'crm.documentgenerator.numerator.list',
      params: {},
      rowsOf: pick('numerators'),
      merge: (rs) => ({
        numerators: rs.flatMap((r) => asList(pick('numerators')(r), 'crm.documentgenerator.numerator.list')),
      }),
    });
  }
  if (sections.has('departments')) {
    paged.push({
      section: 'departments',
      method: 'department.get',
      // No sort/order: department.get upper-cases its params and treats SORT as a filter too, so
      // `sort: 'ID'` filters SORT = 0 and returns nothing ([A] intranet CIntranetRestService::
      // departmentGet → prepareDeptData). The default order is the tree order; rows are sorted by id later.
      params: {},
      rowsOf: (r) => r,
      merge: (rs) => rs.flatMap((r) => asList(r, 'department.get')),
    });
  }
  if (sections.has('users')) {
    paged.push({
      section: 'users',
      method: 'user.get',
      params: { sort: 'ID', order: 'ASC' },
      rowsOf: (r) => r,
      merge: (rs) => rs.flatMap((r) => asList(r, 'user.get')),
    });
  }
  for (const p of paged) calls.push({ key: p.section, method: p.method, params: { ...p.params, start: 0 } });

  const first = byKey(await client.batch(calls));

  // Further pages of paginated lists, all in one more request (50 rows per page, `total` known now).
  const followUps: RestCall[] = [];
  for (const p of paged) {
    const r = first.get(p.section);
    if (!r?.ok || r.total === undefined) continue;
    for (let start = 50; start < r.total; start += 50) {
      followUps.push({ key: `${p.section}_${start}`, method: p.method, params: { ...p.params, start } });
    }
  }
  // A line whose list row lacks the fields b24cfg selected (the documented list.get example shows a
  // short row; a portal may ignore `select`) is read whole with imopenlines.config.get in the same
  // follow-up request (docs imopenlines-config-get.md; fixture imopenlines.config.get.json).
  const partialLines = linesNeedingGet(first.get('openLines'));
  for (const id of partialLines) {
    followUps.push({
      key: `openLine_${id}`,
      method: 'imopenlines.config.get',
      params: { CONFIG_ID: id, WITH_QUEUE: 'Y' },
    });
  }
  const more =
    followUps.length > 0 ? byKey(await client.batch(followUps)) : new Map<string, BatchItemResult>();

  const unreadable: PortalState['unreadable'] = {};
  const resultOf = (section: PortalSection, key: string, method: string): unknown => {
    const r = first.get(key) ?? more.get(key);
    if (!r) return undefined;
    if (!r.ok) {
      const code = r.error?.code ?? '';
      if (UNREADABLE_CODES.has(code)) {
        unreadable[section] = code;
        return undefined;
      }
      throw malformed(method, `${code || 'error'}: ${r.error?.description ?? ''}`.trim());
    }
    return r.result;
  };

  const pagedResult = (p: Paged): unknown => {
    const head = resultOf(p.section, p.section, p.method);
    if (head === undefined) return undefined;
    const pages: unknown[] = [head];
    for (const [k, r] of more) {
      if (k.startsWith(`${p.section}_`) && r.ok) pages.push(r.result);
      else if (k.startsWith(`${p.section}_`))
        throw malformed(p.method, r.error?.description ?? 'page failed');
    }
    return p.merge(pages);
  };

  const time = first.get('time');
  const info = first.get('info');
  const mode = first.get('mode');
  const infoObj =
    info?.ok && info.result !== null && typeof info.result === 'object'
      ? (info.result as Record<string, unknown>)
      : {};
  const portalTime = time?.ok && typeof time.result === 'string' ? new Date(time.result) : undefined;
  if (portalTime && Number.isNaN(portalTime.getTime())) throw malformed('server.time', 'not a date');
  const readAt = (portalTime ?? (opts.now ?? (() => new Date()))()).toISOString();

  const get = (section: PortalSection, method: string) =>
    sections.has(section) ? resultOf(section, section, method) : undefined;
  const pipelinesRaw = get('pipelines', 'crm.category.list');
  const statusesRaw = get('statuses', 'crm.status.list');
  const openLinesRaw = withFullLines(get('openLines', 'imopenlines.config.list.get'), partialLines, more);
  const pagedRaw = new Map(paged.map((p) => [p.section, pagedResult(p)] as const));

  const userFields = {} as PortalState['userFields'];
  for (const e of CRM_ENTITIES) {
    const perLang: Record<string, unknown> = {};
    if (sections.has('userFields')) {
      for (const lang of langs) {
        const raw = resultOf('userFields', `uf_${e}_${lang}`, `crm.${e}.userfield.list`);
        if (raw !== undefined) perLang[lang] = raw;
      }
    }
    userFields[e] = normalizeUserFields(e, perLang);
  }

  const body = {
    pipelines: pipelinesRaw === undefined ? [] : normalizePipelines(pipelinesRaw),
    statuses: statusesRaw === undefined ? [] : normalizeStatuses(statusesRaw),
    userFields,
    openLines: openLinesRaw === undefined ? [] : normalizeOpenLines(openLinesRaw),
    documentTemplates:
      pagedRaw.get('documentTemplates') === undefined
        ? []
        : normalizeDocumentTemplates(pagedRaw.get('documentTemplates')),
    numerators:
      pagedRaw.get('numerators') === undefined ? [] : normalizeNumerators(pagedRaw.get('numerators')),
    departments:
      pagedRaw.get('departments') === undefined ? [] : normalizeDepartments(pagedRaw.get('departments')),
    users: pagedRaw.get('users') === undefined ? [] : normalizeUsers(pagedRaw.get('users')),
  };
  for (const s of ALL_SECTIONS) if (!sections.has(s)) unreadable[s] = 'not-read';
  return {
    info: {
      host: client.host,
      kind: client.kind,
      readAt,
      license: typeof infoObj.LICENSE === 'string' ? infoObj.LICENSE : undefined,
      scopes: Array.isArray(infoObj.SCOPE) ? infoObj.SCOPE.map(String) : undefined,
      crmMode: mode?.ok && typeof mode.result === 'number' ? mode.result : undefined,
    },
    ...body,
    unreadable,
    fingerprint: fingerprintOf({ ...body, unreadable }),
  };
}

/** Recomputes the fingerprint after the state was edited in memory (tests, sandbox seeding). */
export function refingerprint(state: Omit<PortalState, 'fingerprint'>): PortalState {
  const { info: _info, ...body } = state;
  return { ...state, fingerprint: fingerprintOf(body) };
}

function byKey(results: BatchItemResult[]): Map<string, BatchItemResult> {
  return new Map(results.map((r) => [r.key, r]));
}

/**
 * Rows of a paged list: a list, or an object keyed by id ([] for an empty map, rest-map §14). Anything
 * else is a broken answer: read as "no rows", it would plan every department or numerator anew.
 */
function asList(v: unknown, method: string): unknown[] {
  if (Array.isArray(v)) return v;
  if (v !== null && typeof v === 'object') return Object.values(v);
  throw malformed(method, `expected a list, got ${v === null ? 'null' : typeof v}`);
}

function toMap(v: unknown, method: string): Record<string, unknown> {
  if (Array.isArray(v)) {
    return Object.fromEntries(
      v.map((r: unknown, i) => {
        const id = r !== null && typeof r === 'object' ? (r as { id?: unknown }).id : undefined;
        return [typeof id === 'string' || typeof id === 'number' ? String(id) : String(i), r];
      }),
    );
  }
  if (v !== null && typeof v === 'object') return v as Record<string, unknown>;
  throw malformed(method, `expected templates keyed by id, got ${v === null ? 'null' : typeof v}`);
}

/** Ids of open lines whose list row lacks a field the reader selected. */
function linesNeedingGet(r: BatchItemResult | undefined): number[] {
  if (!r?.ok || !Array.isArray(r.result)) return [];
  return (r.result as unknown[]).flatMap((row) => {
    if (row === null || typeof row !== 'object') return [];
    const o = row as Record<string, unknown>;
    const id = Number(o.ID);
    if (!Number.isInteger(id) || id <= 0) return [];
    return OPEN_LINE_SELECT.some((f) => f !== 'WELCOME_MESSAGE_TEXT' && o[f] === undefined) ? [id] : [];
  });
}

/** The list rows, each partial one replaced by its full config.get answer. */
function withFullLines(
  list: unknown,
  partial: readonly number[],
  more: Map<string, BatchItemResult>,
): unknown {
  if (partial.length === 0 || !Array.isArray(list)) return list;
  return (list as unknown[]).map((row) => {
    const id = row !== null && typeof row === 'object' ? Number((row as Record<string, unknown>).ID) : NaN;
    if (!partial.includes(id)) return row;
    const full = more.get(`openLine_${id}`);
    if (!full?.ok || full.result === null || typeof full.result !== 'object') {
      throw malformed(
        'imopenlines.config.get',
        `line ${id}: ${full?.error?.description || full?.error?.code || 'no answer'}`,
      );
    }
    return full.result;
  });
}
