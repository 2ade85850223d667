import { errorOf, type CliError } from '../core/errors.js';
import { SHAPE_ERRORS } from './transport-messages.js';

/**
 * A portal answer that does not have the documented shape. Planning on a misread portal could
 * delete or duplicate things, so we stop and name the method instead
 * (RELIABILITY.md#the-promises-and-their-tests).
 */
export function malformed(method: string, what: string): CliError {
  return errorOf(SHAPE_ERRORS, 'B24_MALFORMED_RESPONSE', { where: method, data: { method, what } });
}

export type Row = Record<string, unknown>;

export function asRows(v: unknown, method: string): Row[] {
  // An empty map comes back as [] (docs/bitrix24/batch.md#empty-maps), an object keyed by id for doc
  // templates (docs/bitrix24/document-generator.md#template-list).
  if (Array.isArray(v)) {
    if (!v.every((r) => r !== null && typeof r === 'object' && !Array.isArray(r)))
      throw malformed(method, 'rows are not objects');
    return v as Row[];
  }
  if (v !== null && typeof v === 'object') {
    const vals = Object.values(v as Row);
    if (!vals.every((r) => r !== null && typeof r === 'object' && !Array.isArray(r)))
      throw malformed(method, 'rows are not objects');
    return vals as Row[];
  }
  throw malformed(method, `expected a list, got ${v === null ? 'null' : typeof v}`);
}

export function asObject(v: unknown, method: string, what: string): Row {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) return v as Row;
  throw malformed(method, `${what} is not an object`);
}

export function int(v: unknown, method: string, field: string): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  if (!Number.isFinite(n))
    throw malformed(method, `${field} is not a number (${JSON.stringify(v) ?? 'undefined'})`);
  return Math.trunc(n);
}

export function intOr(v: unknown, fallback: number): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? Math.trunc(n) : fallback;
}

export function intOrNull(v: unknown): number | null {
  if (v === null || v === undefined || v === '') return null;
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  return Number.isFinite(n) ? Math.trunc(n) : null;
}

export function str(v: unknown, method: string, field: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  throw malformed(method, `${field} is not a string`);
}

export function strOr(v: unknown, fallback = ''): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return fallback;
}

/** Bitrix24 booleans: "Y"/"N", true/false, 1/0. */
export function yn(v: unknown): boolean {
  return v === true || v === 'Y' || v === 'y' || v === 1 || v === '1';
}

/*
 * Strict readers for the fields a plan decides on. A field may be absent only where the docs show
 * it absent (then the documented default applies); a value of the wrong kind is always an error: a
 * damaged answer must stop the command, never become a plan (RELIABILITY.md#the-promises-and-their-tests).
 */
const absent = (v: unknown) => v === undefined || v === null;

export function optInt(v: unknown, method: string, field: string, fallback: number): number {
  if (absent(v) || v === '') return fallback;
  return int(v, method, field);
}

export function optIntOrNull(v: unknown, method: string, field: string): number | null {
  if (absent(v) || v === '') return null;
  return int(v, method, field);
}

export function optStr(v: unknown, method: string, field: string, fallback = ''): string {
  if (absent(v)) return fallback;
  return str(v, method, field);
}

/** Y/N flags as Bitrix24 sends them: "Y"/"N", booleans, 1/0. */
export function reqYn(v: unknown, method: string, field: string): boolean {
  if (v === true || v === 'Y' || v === 'y' || v === 1 || v === '1') return true;
  if (v === false || v === 'N' || v === 'n' || v === 0 || v === '0' || v === '') return false;
  throw malformed(method, `${field} is not a Y/N flag (${JSON.stringify(v) ?? 'undefined'})`);
}

export function optYn(v: unknown, method: string, field: string, fallback: boolean): boolean {
  return absent(v) ? fallback : reqYn(v, method, field);
}

export function optList(v: unknown, method: string, field: string): unknown[] {
  if (absent(v)) return [];
  if (Array.isArray(v)) return v;
  // An empty PHP map is sent as [] — and a non-empty list of ids never as an object.
  throw malformed(method, `${field} is not a list`);
}

export function reqList(v: unknown, method: string, field: string): unknown[] {
  if (Array.isArray(v)) return v;
  throw malformed(method, `${field} is not a list`);
}
