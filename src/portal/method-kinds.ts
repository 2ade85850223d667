/**
 * What the transport needs to know about a REST method by its name alone: may it be sent again after
 * an unknown outcome (reads yes, writes never: research/b24jssdk.md §7.2, SDK issue #24 created
 * duplicates), and how its list pages (rest-map §14 "Paging", §13 "Counting fast").
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
 *   (rest-map §13 "Counting fast"; docs settings/performance/huge-data.md). The fastest way.
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
    note: 'camelCase fields; rows in result.items (docs crm/universal/crm-item-list.md)',
  },
  'tasks.task.list': {
    idKey: 'ID',
    rowIdKey: 'id',
    itemsKey: 'tasks',
    note: 'filter/order take ID, rows come back camelCase in result.tasks (rest-map §13; SDK issues #185, #191)',
  },
  'crm.stagehistory.list': {
    itemsKey: 'items',
    note: 'rows in result.items (rest-map §13, docs crm/crm-stage-history-list.md)',
  },
  'crm.status.list': {
    paging: 'whole',
    note: 'returns the whole list in one answer (rest-map §2, §14)',
  },
  'imopenlines.config.list.get': {
    paging: 'whole',
    note: 'returns every line; parameters go inside PARAMS (rest-map §7)',
  },
  'crm.category.list': {
    paging: 'offset',
    itemsKey: 'categories',
    note: 'only filter.code is honoured, so no ID cursor (rest-map §1 [Y] listAction)',
  },
  'crm.documentgenerator.template.list': {
    paging: 'offset',
    itemsKey: 'templates',
    note: 'result.templates is an object keyed by id, not an array (rest-map §8)',
  },
  'crm.documentgenerator.numerator.list': { paging: 'offset', itemsKey: 'numerators' },
  'department.get': {
    paging: 'offset',
    note: 'filter fields are top-level parameters; START pages (rest-map §9)',
  },
  'user.get': { paging: 'offset', filterKey: 'FILTER', note: 'upper-case FILTER (rest-map §9)' },
  'bizproc.workflow.template.list': { paging: 'offset', note: 'admin only, 50 per page (rest-map §4)' },
  'voximplant.statistic.get': {
    paging: 'offset',
    filterKey: 'FILTER',
    note: 'FILTER/SORT/ORDER in upper case (docs telephony/voximplant-statistic-get.md)',
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
    // rest-map §3, §14: *.userfield.list returns every field in one answer.
    return { ...DEFAULT_QUIRKS, paging: 'whole' };
  }
  return { ...DEFAULT_QUIRKS, ...QUIRKS[m] };
}

/** Rows per page of every v2 list method (rest-map §14 "Paging"). */
export const PAGE_SIZE = 50;

/**
 * The rows of one list answer: the array itself, `result[itemsKey]`, or the values of an object
 * keyed by id (crm.documentgenerator.template.list, rest-map §8). `[]` stands for an empty map.
 * Undefined when the answer has none of these shapes.
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
