import { describe, expect, it } from 'vitest';
import { compileFilter, idLowerBound } from '../../src/sandbox/query/filter.js';
import { parseFilterKey } from '../../src/sandbox/query/filter-ops.js';
import { runList } from '../../src/sandbox/query/list.js';
import { createTable, type FieldDef } from '../../src/sandbox/query/table.js';

interface Row {
  id: number;
  title: string;
  amount: number;
  closed: boolean;
  when: number | null;
  tags: string[];
}

const rows: Row[] = Array.from({ length: 120 }, (_, i) => ({
  id: i + 1,
  title: i % 2 === 0 ? `Alpha ${i + 1}` : `Beta ${i + 1}`,
  amount: (i + 1) * 100,
  closed: i % 3 === 0,
  when: i % 10 === 0 ? null : Date.UTC(2026, 0, 1 + (i % 28)),
  tags: i % 4 === 0 ? ['D_1', 'C_2'] : [],
}));

const fields: FieldDef<Row>[] = [
  { name: 'ID', kind: 'int', get: (r) => r.id, out: (r) => String(r.id) },
  { name: 'TITLE', kind: 'string', get: (r) => r.title, out: (r) => r.title },
  { name: 'AMOUNT', kind: 'float', get: (r) => r.amount, out: (r) => r.amount },
  { name: 'CLOSED', kind: 'bool', get: (r) => r.closed, out: (r) => (r.closed ? 'Y' : 'N') },
  { name: 'WHEN_DATE', kind: 'date', get: (r) => r.when, out: (r) => r.when },
  { name: 'TAGS', kind: 'list', get: (r) => r.tags, out: (r) => r.tags },
];
const table = createTable(fields, { idField: 'ID', utcOffsetMinutes: 180 });
const count = (filter: unknown) => rows.filter(compileFilter(table, filter)).length;

describe('filter prefixes (https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-list.html "filter")', () => {
  it.each([
    ['', 'eq', 'X'],
    ['=', 'eq', 'X'],
    ['!', 'ne', 'X'],
    ['!=', 'ne', 'X'],
    ['>', 'gt', 'X'],
    ['>=', 'ge', 'X'],
    ['<', 'lt', 'X'],
    ['<=', 'le', 'X'],
    ['@', 'in', 'X'],
    ['!@', 'nin', 'X'],
    ['%', 'like', 'X'],
    ['!%', 'nlike', 'X'],
    ['=%', 'pattern', 'X'],
    ['><', 'between', 'X'],
  ])('key "%sX" is operator %s on field %s', (prefix, op, field) => {
    expect(parseFilterKey(`${prefix}X`)).toEqual({ op, field });
  });

  it.each([
    [{ ID: 5 }, 1],
    [{ '=ID': '5' }, 1],
    [{ '!ID': 5 }, 119],
    [{ '>ID': 100 }, 20],
    [{ '>=ID': 100 }, 21],
    [{ '<ID': 11 }, 10],
    [{ '<=ID': 11 }, 11],
    [{ ID: [1, 2, 3] }, 3],
    [{ '@ID': [1, 2, 3] }, 3],
    [{ '!@ID': [1, 2, 3] }, 117],
    [{ '%TITLE': 'alpha' }, 60],
    [{ '!%TITLE': 'alpha' }, 60],
    [{ '=%TITLE': '%5' }, 12],
    [{ '><AMOUNT': [1000, 2000] }, 11],
    [{ CLOSED: 'Y' }, 40],
    [{ CLOSED: false }, 80],
    [{ WHEN_DATE: '' }, 12],
    [{ '>=WHEN_DATE': '2026-01-28' }, 4],
    [{ TAGS: 'D_1' }, 30],
    [{ TAGS: '' }, 90],
    [{ UNKNOWN_FIELD: 'ignored' }, 120],
    [{ 0: { LOGIC: 'OR', 0: { ID: 1 }, 1: { ID: 2 } } }, 2],
    [{ logic: 'OR', ID: 1, TITLE: 'Beta 2' }, 2],
    [{ '::SUBFILTER-X': { '>ID': 110 } }, 10],
  ])('filter %j matches %i rows', (filter, n) => {
    expect(count(filter)).toBe(n);
  });

  it('string equality ignores case, like a MySQL collation', () => {
    expect(count({ TITLE: 'alpha 1' })).toBe(1);
  });

  it('finds the ID-cursor lower bound only at the top level of an AND filter', () => {
    expect(idLowerBound(table, { '>ID': 50 })).toBe(51);
    expect(idLowerBound(table, { '>=ID': 50, '>id': 10 })).toBe(50);
    expect(idLowerBound(table, { LOGIC: 'OR', '>ID': 50 })).toBeUndefined();
    expect(idLowerBound(table, { TITLE: 'x' })).toBeUndefined();
  });
});

describe('paging contract (parity.md#paging)', () => {
  const req = { defaultOrder: [{ field: 'ID', desc: false }] };
  it.each([
    [0, 50, 50, 120, 1],
    [50, 50, 100, 120, 51],
    [100, 20, undefined, 120, 101],
    // A start that is not a multiple of 50 is rounded down to its page.
    [120, 20, undefined, 120, 101],
    [75, 50, 100, 120, 51],
    [49, 50, 50, 120, 1],
    ['abc', 50, 50, 120, 1],
  ])('start=%s gives %i rows, next %s, total %i, first id %i', (start, n, next, total, first) => {
    const p = runList(table, rows, { ...req, start });
    expect([p.rows.length, p.next, p.total, p.rows[0]?.id]).toEqual([n, next, total, first]);
  });

  it.each([
    [75, 45, undefined, 76],
    [120, 0, undefined, undefined],
  ])('an offset list (user.get, voximplant.statistic.get) starts at %i exactly', (start, n, next, first) => {
    const p = runList(table, rows, { ...req, start, paging: 'offset' });
    expect([p.rows.length, p.next, p.rows[0]?.id]).toEqual([n, next, first]);
  });

  it('start=-1 gives one page without total or next, following the cursor', () => {
    const p = runList(table, rows, { ...req, start: -1, filter: { '>ID': 100 } });
    expect([p.rows.map((r) => r.id), p.total, p.next]).toEqual([
      Array.from({ length: 20 }, (_, i) => 101 + i),
      undefined,
      undefined,
    ]);
  });

  it('orders by the given fields, DESC or ASC, ties by ID', () => {
    const p = runList(table, rows, { ...req, order: { CLOSED: 'DESC', AMOUNT: 'ASC' }, start: 0 });
    expect(p.rows.slice(0, 3).map((r) => r.id)).toEqual([1, 4, 7]);
    const q = runList(table, rows, { ...req, order: { ID: 'DESC' }, start: -1 });
    expect(q.rows[0]?.id).toBe(120);
  });

  it('rows that are not sorted by id are still paged correctly', () => {
    const shuffled = [...rows].reverse();
    const p = runList(table, shuffled, { ...req, start: -1, filter: { '>ID': 100 } });
    expect(p.rows.map((r) => r.id)).toEqual(Array.from({ length: 20 }, (_, i) => 101 + i));
  });
});

describe('equality compares as the database does (parity.md#filters)', () => {
  const enumRows = [
    { id: 1, v: 13 as unknown },
    { id: 2, v: '13' as unknown },
    { id: 3, v: 14 as unknown },
  ];
  const enumTable = createTable<{ id: number; v: unknown }>(
    [
      { name: 'ID', kind: 'int', get: (r) => r.id, out: (r) => r.id },
      { name: 'UF_CRM_LIST', kind: 'string', get: (r) => r.v, out: (r) => r.v },
    ],
    { idField: 'ID', utcOffsetMinutes: 180 },
  );
  it.each([
    [{ UF_CRM_LIST: '13' }, [1, 2]],
    [{ UF_CRM_LIST: 13 }, [1, 2]],
    [{ '!UF_CRM_LIST': '13' }, [3]],
    [{ '@UF_CRM_LIST': ['13', 14] }, [1, 2, 3]],
  ])('%j finds %j, whether the value is stored as a number or as text', (filter, ids) => {
    expect(enumRows.filter(compileFilter(enumTable, filter)).map((r) => r.id)).toEqual(ids);
  });
});
