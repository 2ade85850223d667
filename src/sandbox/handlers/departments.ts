/**
 * department.get / add / update as the intranet module answers them (docs/bitrix24/parity.md#department-get,
 * #department-add; fixtures department.get.json, batch.json). department.get reads either FILTER or the
 * top-level keys — never both — knows only the exact keys ID, NAME, SORT, PARENT and UF_HEAD, lists the
 * tree in order (parents before children, siblings by SORT and NAME) and pages by 50.
 */
import { type HandlerContext, type MethodDef, ok } from '../context.js';
import { runList } from '../query/list.js';
import { createTable, type FieldDef } from '../query/table.js';
import { crmError, RestError } from '../rest-error.js';
import { nextId, type SandboxState, type SbDepartment } from '../state.js';
import { asText, isRecord, toInt, type Params } from '../values.js';

const FILTER_KEYS = ['ID', 'NAME', 'SORT', 'PARENT', 'UF_HEAD'];

/** The tree order (LEFT_MARGIN): depth first, siblings by SORT, then NAME, then ID. */
function treeOrder(state: SandboxState): Map<number, number> {
  const children = new Map<number | null, SbDepartment[]>();
  const ids = new Set(state.departments.map((d) => d.id));
  for (const d of state.departments) {
    // A department whose parent is not there is listed as a root.
    const parent = d.parent !== null && ids.has(d.parent) ? d.parent : null;
    const list = children.get(parent) ?? [];
    list.push(d);
    children.set(parent, list);
  }
  const order = new Map<number, number>();
  const visit = (parent: number | null) => {
    const list = (children.get(parent) ?? []).sort(
      (a, b) => a.sort - b.sort || a.name.localeCompare(b.name, 'ru') || a.id - b.id,
    );
    for (const d of list) {
      if (order.has(d.id)) continue;
      order.set(d.id, order.size);
      visit(d.id);
    }
  };
  visit(null);
  return order;
}

function departmentTable(state: SandboxState) {
  const tree = treeOrder(state);
  const fields: FieldDef<SbDepartment>[] = [
    { name: 'ID', kind: 'int', get: (d) => d.id, out: (d) => String(d.id) },
    { name: 'NAME', kind: 'string', get: (d) => d.name, out: (d) => d.name },
    { name: 'SORT', kind: 'int', get: (d) => d.sort, out: (d) => d.sort },
    { name: 'PARENT', kind: 'int', get: (d) => d.parent, out: (d) => d.parent },
    { name: 'UF_HEAD', kind: 'int', get: (d) => d.head, out: (d) => d.head },
    { name: 'LEFT_MARGIN', kind: 'int', hidden: true, get: (d) => tree.get(d.id) ?? 0, out: () => null },
  ];
  return createTable(fields, {
    idField: 'ID',
    utcOffsetMinutes: state.settings.utcOffsetMinutes,
    wildcardEquals: true,
  });
}

/** The row: PARENT and UF_HEAD only when set, SORT as a number. */
function departmentView(d: SbDepartment): Record<string, unknown> {
  const row: Record<string, unknown> = { ID: String(d.id), NAME: d.name, SORT: d.sort };
  if (d.parent !== null) row.PARENT = String(d.parent);
  if (d.head !== null) row.UF_HEAD = String(d.head);
  return row;
}

/** The order: `SORT` names an allowed field, `ORDER` DESC or anything else ASC; by default the tree. */
function orderOf(query: Params): Record<string, string> {
  const upper = Object.fromEntries(Object.entries(query).map(([k, v]) => [k.toUpperCase(), v]));
  const field = typeof upper.SORT === 'string' ? upper.SORT.toUpperCase() : '';
  if (!FILTER_KEYS.includes(field)) return { LEFT_MARGIN: 'ASC' };
  const dir = typeof upper.ORDER === 'string' && upper.ORDER.toUpperCase() === 'DESC' ? 'DESC' : 'ASC';
  return { [field]: dir };
}

function departmentGet(params: Params, ctx: HandlerContext) {
  const { state } = ctx;
  // With FILTER the query IS the filter: top-level keys, sort and order included, are not read.
  const query = isRecord(params.FILTER) ? params.FILTER : params;
  const filter: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) {
    if (!(key in query)) continue;
    const v = query[key];
    // SORT, ID, PARENT and UF_HEAD are cast to integers: `SORT=NAME` (a sort field) filters SORT = 0.
    filter[key] =
      key === 'NAME'
        ? v
        : Array.isArray(v)
          ? v.map(toInt)
          : isRecord(v)
            ? Object.values(v).map(toInt)
            : toInt(v);
  }
  const page = runList(departmentTable(state), state.departments, {
    filter,
    order: orderOf(query),
    start: params.start,
    defaultOrder: [{ field: 'LEFT_MARGIN', desc: false }],
  });
  return ok(page.rows.map(departmentView), page.total, page.next);
}

function upperKeys(params: Params): Params {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k.toUpperCase(), v]));
}

/** Errors of the department repository reach the answer as a RestException with an empty code. */
function departmentAdd(raw: Params, ctx: HandlerContext) {
  const { state } = ctx;
  const params = upperKeys(raw);
  const name = (asText(params.NAME) ?? '').trim();
  if (name === '') throw crmError('The department name is not specified.');
  const parent = toInt(params.PARENT);
  if (!state.departments.some((d) => d.id === parent)) throw crmError('The parent department is not found.');
  const sort = toInt(params.SORT);
  const head = toInt(params.UF_HEAD);
  const d: SbDepartment = {
    id: nextId(state, 'departments'),
    name,
    sort: sort > 0 ? sort : 500,
    parent,
    head: head > 0 ? head : null,
  };
  state.departments.push(d);
  ctx.changed();
  return ok(d.id);
}

function departmentUpdate(raw: Params, ctx: HandlerContext) {
  const params = upperKeys(raw);
  const id = toInt(params.ID);
  const d = ctx.state.departments.find((x) => x.id === id);
  // ObjectNotFoundException: its code 0 becomes ERROR_CORE.
  if (!d) throw new RestError(400, 'ERROR_CORE', 'Department not found');
  const name = asText(params.NAME);
  if (name !== undefined && name.trim() !== '') d.name = name.trim();
  const sort = toInt(params.SORT);
  if (sort > 0) d.sort = sort;
  if (params.PARENT !== undefined && params.PARENT !== null && d.parent !== null)
    d.parent = toInt(params.PARENT);
  if (params.UF_HEAD !== undefined && params.UF_HEAD !== null) {
    const head = toInt(params.UF_HEAD);
    d.head = head > 0 ? head : null;
  }
  ctx.changed();
  return ok(true);
}

export const departmentMethods: MethodDef[] = [
  { name: 'department.get', scopes: ['department'], write: false, handler: departmentGet },
  { name: 'department.add', scopes: ['department'], write: true, handler: departmentAdd },
  { name: 'department.update', scopes: ['department'], write: true, handler: departmentUpdate },
];
