import fc from 'fast-check';
import type { Wire, WireResponse } from '../../../src/portal/wire.js';

/**
 * Malformed portal answers (issue 9, part 2): a whole answer replaced (an HTML error page, JSON cut
 * off, a body of the wrong type) or one batch command's result damaged (the result of the wrong type,
 * a key missing from a row, a value of the wrong type). Only the shape is broken, never the data: a
 * well-formed answer with other data would rightly give another plan.
 */
export type BodyDamage =
  { kind: 'html'; status: number } | { kind: 'truncated'; at: number } | { kind: 'json'; body: unknown };

export type ItemDamage =
  | { kind: 'result'; value: unknown }
  | { kind: 'drop-key'; row: number; key: number }
  | { kind: 'retype'; row: number; key: number; value: unknown };

export interface Damage {
  /** Which answer of the run (0-based); plan reads the whole configuration in answer 0. */
  request: number;
  body?: BodyDamage;
  /** Which batch command's result (index into result.result's keys, modulo), and how. */
  item?: { index: number; damage: ItemDamage };
}

const HTML = '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>';

/** Values no field of a row holds: each breaks the documented type of some field. */
const WRONG: unknown[] = [null, {}, [], true, false, 'not-a-number', -1, 1.5, { nested: [1] }];

const body: fc.Arbitrary<BodyDamage> = fc.oneof(
  fc.constantFrom(200, 500, 502, 503).map((status) => ({ kind: 'html' as const, status })),
  fc.nat().map((at) => ({ kind: 'truncated' as const, at })),
  fc
    .constantFrom<unknown>(
      null,
      [],
      'ok',
      42,
      {},
      { result: null },
      { result: [] },
      { result: 'x' },
      { error: '' },
    )
    .map((b) => ({ kind: 'json' as const, body: b })),
);

const item: fc.Arbitrary<ItemDamage> = fc.oneof(
  fc
    .constantFrom<unknown>(null, 'x', 0, true, [[1]], { 0: 'x' })
    .map((value) => ({ kind: 'result' as const, value })),
  fc.tuple(fc.nat(), fc.nat()).map(([row, key]) => ({ kind: 'drop-key' as const, row, key })),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...WRONG)).map(([row, key, value]) => ({
    kind: 'retype' as const,
    row,
    key,
    value,
  })),
);

/** Damage to a whole answer or to the whole result of one command: the reader must never plan on it. */
export const answerDamage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ request: fc.constant(0), body }),
  fc.record({
    request: fc.constant(0),
    item: fc.record({ index: fc.nat(), damage: item.filter((d) => d.kind === 'result') }),
  }),
);

/** Damage inside one row: a key missing, or a value of another kind. */
export const rowDamage: fc.Arbitrary<Damage> = fc.record({
  request: fc.constant(0),
  item: fc.record({ index: fc.nat(), damage: item.filter((d) => d.kind !== 'result') }),
});

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A row: an object holding at least one scalar (a list of rows or an id-keyed map is not one). */
const isRow = (v: unknown): v is Obj =>
  isObj(v) && Object.values(v).some((x) => x === null || typeof x !== 'object');

/**
 * The rows inside a result: the result itself when it is one row (app.info), the rows of a list, of an
 * object keyed by id, or of the first such container one level down ({ categories: [...] }).
 */
export function rowsIn(result: unknown, depth = 0): Obj[] {
  if (Array.isArray(result)) return result.filter(isRow);
  if (!isObj(result)) return [];
  if (isRow(result)) return [result];
  const vals = Object.values(result);
  if (vals.length > 0 && vals.every(isRow)) return vals;
  if (depth > 0) return [];
  for (const v of vals) {
    const rows = rowsIn(v, depth + 1);
    if (rows.length > 0) return rows;
  }
  return [];
}

/**
 * The kind of a value as the documented shapes use it and the reader reads it: ids and counts come as
 * numbers or numeric strings, flags as "Y"/"N" or booleans, an absent value as null or no key.
 */
function kindOf(v: unknown): 'null' | 'numeric' | 'text' | 'flag' | 'array' | 'object' {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean' || v === 'Y' || v === 'N') return 'flag';
  if (typeof v === 'number' || (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))))
    return 'numeric';
  if (typeof v === 'string') return 'text';
  return Array.isArray(v) ? 'array' : 'object';
}

/**
 * Whether the damage breaks the documented shape (the reader must refuse it or read it the same), or
 * only makes a value absent or numeric where text was (an optional field may be absent — the portal
 * then holds nothing there — and a number is a text the reader accepts).
 */
function breaksShape(before: unknown, after: unknown): boolean {
  const a = kindOf(before);
  const b = kindOf(after);
  return b !== 'null' && a !== b && !(a === 'text' && b === 'numeric');
}

/** What was damaged, for the failure report: method key, row, field; `strict` when the shape broke. */
export interface Applied {
  where: string;
  strict: boolean;
}

function damageItem(
  result: unknown,
  d: ItemDamage,
): { value: unknown; where: string; strict: boolean } | undefined {
  if (d.kind === 'result')
    return { value: d.value, where: `result → ${JSON.stringify(d.value)}`, strict: true };
  const rows = rowsIn(result);
  const row = rows[d.row % Math.max(1, rows.length)];
  if (!row) return undefined;
  const keys = Object.keys(row);
  const key = keys[d.key % Math.max(1, keys.length)];
  if (key === undefined) return undefined;
  if (d.kind === 'drop-key') {
    delete row[key];
    return { value: result, where: `row ${d.row % rows.length} without ${key}`, strict: false };
  }
  // A value of the same kind is other data, not a broken shape ("7" and 7 are both an id).
  if (kindOf(row[key]) === kindOf(d.value)) return undefined;
  const strict = breaksShape(row[key], d.value);
  row[key] = d.value;
  const shown = JSON.stringify(d.value) ?? '';
  return { value: result, where: `row ${d.row % rows.length} ${key} = ${shown.slice(0, 40)}`, strict };
}

/** A Wire that damages one answer as `d` says; `applied` tells what it did (nothing when it found nothing to damage). */
export function damagingWire(inner: Wire, d: Damage): { wire: Wire; applied: Applied[] } {
  const applied: Applied[] = [];
  let n = 0;
  const wire: Wire = {
    host: inner.host,
    kind: inner.kind,
    close: () => inner.close?.() ?? Promise.resolve(),
    async send(method, params, opts): Promise<WireResponse> {
      const res = await inner.send(method, params, opts);
      if (n++ !== d.request) return res;
      if (d.body) {
        const b = d.body;
        applied.push({ where: `${method}: ${b.kind}`, strict: true });
        if (b.kind === 'html') return { status: b.status, body: undefined, text: HTML };
        if (b.kind === 'json') return { status: 200, body: structuredClone(b.body) };
        const text = JSON.stringify(res.body);
        return {
          status: res.status,
          body: undefined,
          text: text.slice(0, b.at % Math.max(1, text.length - 1)),
        };
      }
      if (d.item && isObj(res.body)) {
        const body = structuredClone(res.body);
        const inner = method === 'batch' && isObj(body.result) ? body.result : body;
        const results = method === 'batch' ? inner.result : inner;
        if (method === 'batch' && isObj(results)) {
          const keys = Object.keys(results);
          const key = keys[d.item.index % Math.max(1, keys.length)];
          if (key !== undefined) {
            const done = damageItem(results[key], d.item.damage);
            if (done) {
              results[key] = done.value;
              applied.push({ where: `${method}[${key}]: ${done.where}`, strict: done.strict });
            }
          }
        } else if (isObj(body)) {
          const done = damageItem(body.result, d.item.damage);
          if (done) {
            body.result = done.value;
            applied.push({ where: `${method}: ${done.where}`, strict: done.strict });
          }
        }
        return { ...res, body };
      }
      return res;
    },
  };
  return { wire, applied };
}

/** A Wire that edits the rows of one command of the first batch (the configuration read). */
export function editingWire(inner: Wire, key: string, edit: (rows: Obj[]) => void): Wire {
  let done = false;
  return {
    host: inner.host,
    kind: inner.kind,
    close: () => inner.close?.() ?? Promise.resolve(),
    async send(method, params, opts): Promise<WireResponse> {
      const res = await inner.send(method, params, opts);
      if (done || method !== 'batch' || !isObj(res.body) || !isObj(res.body.result)) return res;
      const body = structuredClone(res.body) as { result: { result: Obj } };
      if (!isObj(body.result.result) || !(key in body.result.result)) return res;
      done = true;
      edit(rowsIn(body.result.result[key]));
      return { ...res, body };
    },
  };
}
