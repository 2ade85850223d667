/**
 * tasks.task.list reads its filter its own way (docs/bitrix24/data-audit.md#tasks-task-list-filters): the
 * REST controller turns each top-level date value into a moment (strtotime, so ISO 8601 with an offset
 * works and anything unreadable is 1 January 1970), then the tasks filter builder walks the keys. Only
 * upper-case field names it knows make a condition; any other key, a misspelt one or an operator it
 * does not have (`!@`, `=%`) included, is dropped without an error. An array is IN for the status-like
 * fields whatever the operator (NOT IN with `!`), and one condition per value, joined by OR, for the
 * others. A date inside a `::SUBFILTER-…` is read in the portal's own format ("DD.MM.YYYY HH:MI:SS"),
 * and ISO there is an error. An OR group that lost a member to a dropped key drops out whole, so it
 * matches every task.
 */
import { parseDate } from '../dates.js';
import { engineError } from '../rest-error.js';
import { isRecord, text } from '../values.js';
import { fieldCondition, type Predicate } from './filter.js';
import type { FilterOp } from './filter-ops.js';
import type { TableDef } from './table.js';

/**
 * A filter the builder refuses: CTaskItem::fetchListArray rethrows it as a TasksException with the same
 * text and the code TE_SQL_ERROR | TE_ACTION_FAILED_TO_BE_PROCESSED (0x408), which the controller answers.
 */
const refused = (description: string) => engineError(description, '1032');

/** How the server casts a field's values (TaskFilterBuilder::translateFilter). */
type Cast = 'number' | 'number_wo_nulls' | 'date' | 'other';

/** The fields the server filters by that the sandbox keeps, with the table field each is. */
const FIELDS: Record<string, { cast: Cast; table: string }> = {
  ID: { cast: 'number_wo_nulls', table: 'ID' },
  PRIORITY: { cast: 'number_wo_nulls', table: 'PRIORITY' },
  CREATED_BY: { cast: 'number_wo_nulls', table: 'CREATED_BY' },
  RESPONSIBLE_ID: { cast: 'number_wo_nulls', table: 'RESPONSIBLE_ID' },
  GROUP_ID: { cast: 'number', table: 'GROUP_ID' },
  REAL_STATUS: { cast: 'number', table: 'REAL_STATUS' },
  STATUS: { cast: 'number', table: 'STATUS' },
  DEADLINE: { cast: 'date', table: 'DEADLINE' },
  CREATED_DATE: { cast: 'date', table: 'CREATED_DATE' },
  CLOSED_DATE: { cast: 'date', table: 'CLOSED_DATE' },
  TITLE: { cast: 'other', table: 'TITLE' },
  MARK: { cast: 'other', table: 'MARK' },
  ACCOMPLICE: { cast: 'other', table: 'ACCOMPLICES' },
  AUDITOR: { cast: 'other', table: 'AUDITORS' },
  TAG: { cast: 'other', table: 'TAGS' },
};

/** The task fields of type datetime (CTasks::getFieldsInfo): the controller converts their values. */
const DATETIME = new Set([
  'CREATED_DATE',
  'CHANGED_DATE',
  'STATUS_CHANGED_DATE',
  'CLOSED_DATE',
  'ACTIVITY_DATE',
  'DATE_START',
  'DEADLINE',
  'START_DATE_PLAN',
  'END_DATE_PLAN',
  'EXCHANGE_MODIFIED',
  'VIEWED_DATE',
]);

/** Operator prefixes in the order the server tries them (TaskFilterBuilder::parseOperation). */
const OPERATIONS = ['=', '!=', '%', '!%', '?', '><', '*=', '*%', '*', '!><', '>=', '>', '<=', '<', '!', '@'];

/** The compared operators; any other operator compares for equality. */
const COMPARED: Record<string, FilterOp> = { '>': 'gt', '>=': 'ge', '<': 'lt', '<=': 'le', '!=': 'ne' };

/** Whether a comparison holds for the difference `d` of the row's value and the wanted one. */
function holds(cmp: FilterOp, d: number): boolean {
  switch (cmp) {
    case 'gt':
      return d > 0;
    case 'ge':
      return d >= 0;
    case 'lt':
      return d < 0;
    case 'le':
      return d <= 0;
    case 'ne':
      return d !== 0;
    default:
      return d === 0;
  }
}

/** A moment the way strtotime reads a string; null when it cannot. */
function strtotime(v: string, offset: number): number | null {
  const parsed = parseDate(v, offset) ?? Date.parse(v);
  return Number.isFinite(parsed) ? parsed : null;
}

/** PHP's empty(): what the controller leaves unconverted and the builder reads as "no date". */
const phpEmpty = (v: unknown) =>
  v === null ||
  v === undefined ||
  v === false ||
  v === 0 ||
  v === '' ||
  v === '0' ||
  (Array.isArray(v) && v.length === 0);

/** The moment a date condition compares with, to the second as the database keeps it. */
type DateValue = { moment: number } | 'empty';

/** A top-level value, converted by the controller: strtotime, and 1970 for what it cannot read. */
function topDate(raw: unknown, offset: number): DateValue[] {
  if (Array.isArray(raw) && raw.length === 0) return [];
  if (phpEmpty(raw)) return ['empty'];
  const at = typeof raw === 'string' ? strtotime(raw, offset) : null;
  return [{ moment: Math.floor((at ?? 0) / 1000) * 1000 }];
}

/** A value inside a sub-filter: the portal's own format, as the user's time. */
function nestedDate(raw: unknown, offset: number): DateValue {
  if (phpEmpty(raw)) return 'empty';
  const s = typeof raw === 'string' ? raw.trim() : '';
  const site = /^\d{2}\.\d{2}\.\d{4}(?: \d{2}:\d{2}(?::\d{2})?)?$/.test(s) ? parseDate(s, offset) : undefined;
  if (site === undefined) throw refused(`Incorrect date/time: ${text(raw)}`);
  return { moment: site };
}

function dateCondition<R>(get: (row: R) => unknown, op: string, values: DateValue[]): Predicate<R> | null {
  if (values.length === 0) return null;
  const not = op === '!';
  const cmp = COMPARED[op] ?? 'eq';
  const one = (v: DateValue): Predicate<R> => {
    if (v === 'empty') return (row) => (get(row) === null) !== not;
    return (row) => {
      const raw = get(row);
      if (typeof raw !== 'number') return not;
      return holds(cmp, Math.floor(raw / 1000) * 1000 - v.moment) !== not;
    };
  };
  const parts = values.map(one);
  return not ? (row) => parts.every((p) => p(row)) : (row) => parts.some((p) => p(row));
}

/** PHP's floatval: the leading number of a string, 0 when there is none. */
function floatval(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = Number.parseFloat(text(v));
  return Number.isFinite(n) ? n : 0;
}

function numberCondition<R>(
  get: (row: R) => unknown,
  cast: Cast,
  op: string,
  values: unknown[],
): Predicate<R> | null {
  if (values.length === 0) return null;
  const not = op === '!';
  if (op === '@' || (cast === 'number' && values.length > 1)) {
    const set = new Set(values.map((v) => Math.trunc(floatval(v))));
    return (row) => set.has(Number(get(row))) !== not;
  }
  const cmp = COMPARED[op] ?? 'eq';
  const parts = values.map((v): Predicate<R> => {
    const want = floatval(v);
    return (row) => holds(cmp, Number(get(row)) - want) !== not;
  });
  return not ? (row) => parts.every((p) => p(row)) : (row) => parts.some((p) => p(row));
}

/** The shared matcher's operator for a text or list field. */
function otherOp(op: string): FilterOp {
  if (op === '%') return 'like';
  if (op === '!%') return 'nlike';
  if (op === '!') return 'ne';
  if (op === '@') return 'in';
  return COMPARED[op] ?? 'eq';
}

function keyCondition<R>(
  table: TableDef<R>,
  key: string,
  raw: unknown,
  top: boolean,
  offset: number,
): Predicate<R> | null {
  const op = OPERATIONS.find((p) => key.startsWith(p)) ?? '';
  const name = key.slice(op.length);
  if (name.startsWith('UF_')) {
    const def = table.find(name);
    return def ? fieldCondition(table, def, otherOp(op), raw) : null;
  }
  const known = FIELDS[name];
  const def = known ? table.find(known.table) : undefined;
  if (!known || !def) return null;
  const values = Array.isArray(raw) ? [...new Set(raw)] : isRecord(raw) ? Object.values(raw) : [raw];
  if (known.cast === 'date')
    return dateCondition(
      def.get,
      op,
      top && DATETIME.has(name) ? topDate(raw, offset) : values.map((v) => nestedDate(v, offset)),
    );
  if (known.cast === 'other')
    return values.length === 0 ? null : fieldCondition(table, def, otherOp(op), raw);
  return numberCondition(def.get, known.cast, op, values);
}

const isSubFilter = (key: string) => /^\d+$/.test(key) || key.startsWith('::SUBFILTER-');

function translate<R>(
  table: TableDef<R>,
  filter: Record<string, unknown>,
  top: boolean,
  offset: number,
): Predicate<R> | null {
  let or = false;
  let members = Object.keys(filter).length;
  if ('::LOGIC' in filter) {
    members -= 1;
    if (filter['::LOGIC'] === 'OR') or = true;
    else if (filter['::LOGIC'] !== 'AND') throw refused('Unknown logic in filter');
  }
  const parts: Predicate<R>[] = [];
  for (const [key, raw] of Object.entries(filter)) {
    if (key === '::LOGIC' || key === '::MARKERS') continue;
    if (isSubFilter(key)) {
      if (!isRecord(raw) && !Array.isArray(raw))
        throw refused(`Invalid filter value: ${JSON.stringify(raw) ?? 'NULL'}`);
      const sub = translate(table, { ...raw }, false, offset);
      if (sub) parts.push(sub);
      continue;
    }
    const p = keyCondition(table, key.trimStart(), raw, top, offset);
    if (p) parts.push(p);
  }
  if (parts.length === 0) return null;
  // The builder gives up an OR group with fewer conditions than keys (::MARKERS counts as a key).
  if (or && parts.length < members) return null;
  return or ? (row) => parts.some((p) => p(row)) : (row) => parts.every((p) => p(row));
}

/** The predicate of a tasks.task.list filter; an absent filter or one with no condition matches all. */
export function compileTaskFilter<R>(table: TableDef<R>, filter: unknown): Predicate<R> {
  const given = isRecord(filter) ? filter : Array.isArray(filter) ? { ...filter } : {};
  return translate(table, given, true, table.utcOffsetMinutes) ?? (() => true);
}
