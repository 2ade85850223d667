/**
 * What the transport needs to know about a REST method by its name alone: may it be sent again after
 * an unknown outcome (reads yes, writes never: docs/bitrix24/b24jssdk.md#write-retries, SDK issue #24 created
 * duplicates), and how its list pages (docs/bitrix24/paging.md#pages-of-50,
 * docs/bitrix24/paging.md#counting).
 */

/** Reads that do not follow the `*.list` / `*.get` naming but are safe to repeat. */
const READ_METHODS = new Set([
  'scope',
  'profile',
  'server.time',
  'app.info',
  'method.get',
  'methods',
  'user.admin',
  'user.access',
  'user.current',
  'user.search',
  'crm.settings.mode.get',
  'crm.status.entity.items',
  'crm.status.entity.types',
  'crm.status.extra.fields',
  'crm.userfield.enumeration.fields',
  'crm.userfield.settings.fields',
  'userfieldconfig.getTypes',
]);

/**
 * Last name segments that mean "read" across Bitrix24 modules: `crm.category.list`, `crm.status.get`,
 * `crm.deal.fields`, `crm.userfield.types`, `crm.documentgenerator.template.getfields`,
 * `imopenlines.config.list.get` (ends in `get`), `voximplant.statistic.get`, `department.get`.
 */
const READ_SUFFIXES = new Set(['list', 'get', 'fields', 'types', 'getfields', 'gettypes', 'count']);

/** True when a call may be sent again without risk: it only reads. */
export function isRepeatable(method: string): boolean {
  const m = method.trim();
  if (READ_METHODS.has(m)) return true;
  const last = m.slice(m.lastIndexOf('.') + 1).toLowerCase();
  return READ_SUFFIXES.has(last);
}

/**
 * How a list method pages:
 * - `cursor`: 50 rows per page; `start=-1` turns off the COUNT and `filter['>ID']` walks forward
 *   (docs/bitrix24/paging.md#counting). The fastest way.
 * - `offset`: `start=0,50,100…` following `next`, for methods whose filter cannot carry the cursor.
 * - `whole`: the method returns the whole list in one answer and has no pages.
 */
export type PagingKind = 'cursor' | 'offset' | 'whole';

export interface ListQuirks {
  paging: PagingKind;
  /** Field name used in `order` and in the `>ID` filter. */
  idKey: string;
  /** Field name of the id inside a returned row (tasks.task.list: filter `ID`, rows `id`). */
  rowIdKey: string;
  /** Where the rows sit inside `result`, when it is an object rather than the row array. */
  itemsKey?: string;
  filterKey: 'filter' | 'FILTER';
  /** Why this method is special, for readers of this table. */
  note?: string;
}

const DEFAULT_QUIRKS: ListQuirks = { paging: 'cursor', idKey: 'ID', rowIdKey: 'ID', filterKey: 'filter' };

const QUIRKS: Record<string, Partial<ListQuirks>> = {
  'crm.item.list': {
    idKey: 'id',
    rowIdKey: 'id',
    itemsKey: 'items',
    note: 'camelCase fields; rows in result.items (https://apidocs.bitrix24.com/api-reference/crm/universal/crm-item-list.html)',
  },
  'tasks.task.list': {
    idKey: 'ID',
    rowIdKey: 'id',
    itemsKey: 'tasks',
    note: 'filter/order take ID, rows come back camelCase in result.tasks (SDK issues #185, #191; docs/bitrix24/data-audit.md#overdue-tasks)',
  },
  'crm.stagehistory.list': {
    itemsKey: 'items',
    note: 'rows in result.items (docs/bitrix24/data-audit.md#stage-history)',
  },
  'crm.status.list': {
    paging: 'whole',
    note: 'returns the whole list in one answer (docs/bitrix24/stages.md#whole-list, docs/bitrix24/paging.md#whole-list-methods)',
  },
  'imopenlines.config.list.get': {
    paging: 'whole',
    note: 'returns every line; parameters go inside PARAMS (docs/bitrix24/open-lines.md#methods)',
  },
  'crm.category.list': {
    paging: 'offset',
    itemsKey: 'categories',
    note: 'only filter.code is honoured, so no ID cursor (docs/bitrix24/pipelines.md#list-filter)',
  },
  'crm.documentgenerator.template.list': {
    paging: 'offset',
    itemsKey: 'templates',
    note: 'result.templates is an object keyed by id, not an array (docs/bitrix24/document-generator.md#template-list)',
  },
  'crm.documentgenerator.numerator.list': { paging: 'offset', itemsKey: 'numerators' },
  'department.get': {
    paging: 'offset',
    note: 'filter fields are top-level parameters; START pages (docs/bitrix24/company-structure.md#department-list)',
  },
  'user.get': {
    paging: 'offset',
    filterKey: 'FILTER',
    note: 'upper-case FILTER (docs/bitrix24/company-structure.md#users)',
  },
  'bizproc.workflow.template.list': {
    paging: 'offset',
    note: 'admin only, 50 per page (docs/bitrix24/automation.md#template-list-hides-robots)',
  },
  'voximplant.statistic.get': {
    paging: 'offset',
    filterKey: 'FILTER',
    note: 'FILTER/SORT/ORDER in upper case (https://apidocs.bitrix24.com/api-reference/telephony/voximplant/voximplant-statistic-get.html)',
  },
};

/** True when the method has its own row in the quirks table (its id keys are known). */
export function hasListQuirks(method: string): boolean {
  return Object.hasOwn(QUIRKS, method.trim());
}

/** The paging rules for a list method; unknown methods get the standard crm-style ID cursor. */
export function listQuirksOf(method: string): ListQuirks {
  const m = method.trim();
  if (/^crm\.(deal|lead|contact|company)\.userfield\.list$/.test(m)) {
    // docs/bitrix24/user-fields.md#list-whole, docs/bitrix24/paging.md#whole-list-methods: *.userfield.list
    // returns every field in one answer.
    return { ...DEFAULT_QUIRKS, paging: 'whole' };
  }
  return { ...DEFAULT_QUIRKS, ...QUIRKS[m] };
}

/** Rows per page of every v2 list method (docs/bitrix24/paging.md#pages-of-50). */
export const PAGE_SIZE = 50;

/**
 * The rows of one list answer: the array itself, `result[itemsKey]`, or the values of an object
 * keyed by id (crm.documentgenerator.template.list, docs/bitrix24/document-generator.md#template-list). `[]`
 * stands for an empty map. Undefined when the answer has none of these shapes.
 */
export function listRows(
  result: unknown,
  itemsKey: string | undefined,
): Record<string, unknown>[] | undefined {
  let v = result;
  if (itemsKey !== undefined && v !== null && typeof v === 'object' && !Array.isArray(v)) {
    v = (v as Record<string, unknown>)[itemsKey];
  }
  const rows = Array.isArray(v) ? v : v !== null && typeof v === 'object' ? Object.values(v) : undefined;
  if (rows === undefined) return undefined;
  if (!rows.every((r) => r !== null && typeof r === 'object' && !Array.isArray(r))) return undefined;
  return rows as Record<string, unknown>[];
}
