/**
 * A table is how a list method sees its rows: which fields exist, how each is compared in filters and
 * orders, and how it is printed in the method's REST shape (legacy crm lists print "37" and
 * "19999.99", crm.item.list prints 37 and 19999.99, tasks.task.list prints camelCase keys).
 * The same definitions drive filter, order and select for every list method.
 */
import type { FilterOp } from './filter-ops.js';

export type FieldKind = 'int' | 'float' | 'string' | 'date' | 'bool' | 'list';

export interface FieldDef<R> {
  /** The name as the method spells it in select, filter, order and output. */
  name: string;
  kind: FieldKind;
  /** Comparable value: number (int, float, date as epoch ms), string, boolean, or an array for lists. */
  get: (row: R) => unknown;
  /** The value as the method prints it. */
  out: (row: R) => unknown;
  /** A matcher for fields that are not plain columns (BINDINGS, STATUS -1 …); undefined falls back. */
  match?: (row: R, op: FilterOp, value: unknown) => boolean | undefined;
  /** Not part of the default ("*") select; printed only when named. */
  hidden?: boolean;
  /** A user field (selected by "UF_*"). */
  userField?: boolean;
  /** The key in the output row when it differs from `name` (tasks.task.list filters by ID, prints id). */
  outKey?: string;
}

export interface TableDef<R> {
  fields: FieldDef<R>[];
  /** The identity field used for the ID cursor and as the last tie-breaker of every order. */
  idField: FieldDef<R>;
  find: (name: string) => FieldDef<R> | undefined;
  /** Portal UTC offset for date filters given without one. */
  utcOffsetMinutes: number;
  /** Unprefixed string filters containing % are LIKE patterns (CUser::GetList's GetFilterQuery). */
  wildcardEquals?: boolean;
}

/** "STAGE_ID", "stageId" and "stageid" name the same field: crm.item.list accepts both spellings. */
export function fieldKey(name: string): string {
  return name.replace(/_/g, '').toLowerCase();
}

export function createTable<R>(
  fields: FieldDef<R>[],
  opts: { idField: string; utcOffsetMinutes: number; wildcardEquals?: boolean },
): TableDef<R> {
  const byKey = new Map<string, FieldDef<R>>();
  for (const f of fields) if (!byKey.has(fieldKey(f.name))) byKey.set(fieldKey(f.name), f);
  const idField = byKey.get(fieldKey(opts.idField));
  if (!idField) throw new Error(`table has no id field ${opts.idField}`);
  return {
    fields,
    idField,
    find: (name) => byKey.get(fieldKey(name)),
    utcOffsetMinutes: opts.utcOffsetMinutes,
    wildcardEquals: opts.wildcardEquals,
  };
}

/**
 * The fields a `select` asks for, in table order (a portal prints columns in its own order).
 * Empty select or "*" means every default field; "UF_*" adds the user fields; unknown names are
 * ignored, as the legacy proxies do; `always` names are added (crm lists always return the ID).
 */
export function selectFields<R>(
  table: TableDef<R>,
  select: unknown,
  opts: { always?: string[]; emptyMeansAll?: boolean } = {},
): FieldDef<R>[] {
  const names = Array.isArray(select)
    ? select.filter((s): s is string => typeof s === 'string')
    : select !== null && typeof select === 'object'
      ? Object.values(select).filter((s): s is string => typeof s === 'string')
      : [];
  const all = names.length === 0 ? opts.emptyMeansAll !== false : names.includes('*');
  const uf = names.some((n) => n.toUpperCase() === 'UF_*');
  const wanted = new Set<FieldDef<R>>();
  for (const n of names) {
    const f = table.find(n);
    if (f) wanted.add(f);
  }
  for (const n of opts.always ?? []) {
    const f = table.find(n);
    if (f) wanted.add(f);
  }
  return table.fields.filter(
    (f) => wanted.has(f) || (all && !f.hidden && !f.userField) || (uf && f.userField === true),
  );
}

export function projectRow<R>(row: R, fields: FieldDef<R>[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) out[f.outKey ?? f.name] = f.out(row);
  return out;
}
