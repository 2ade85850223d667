/**
 * Field builders for the two printing styles of list methods: legacy proxies (crm.deal.list,
 * crm.activity.list, voximplant) print every scalar as a string ("37", "19999.99", "Y"), the Engine
 * controllers (crm.item.list) print typed JSON (37, 19999.99). Dates are ISO with the portal offset.
 */
import { text } from '../values.js';
import type { FieldDef, FieldKind } from './table.js';

type Get<R> = (row: R) => unknown;

function def<R>(
  name: string,
  kind: FieldKind,
  get: Get<R>,
  out: Get<R>,
  extra: Partial<FieldDef<R>> = {},
): FieldDef<R> {
  return { name, kind, get, out, ...extra };
}

function str(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  return text(v);
}

export function legacyFields<R>(iso: (ms: number) => string) {
  return {
    int: (name: string, get: Get<R>, extra?: Partial<FieldDef<R>>) =>
      def(name, 'int', get, (r) => str(get(r)), extra),
    str: (name: string, get: Get<R>, extra?: Partial<FieldDef<R>>) =>
      def(name, 'string', get, (r) => str(get(r)), extra),
    money: (name: string, get: Get<R>, extra?: Partial<FieldDef<R>>) =>
      def(
        name,
        'float',
        get,
        (r) => {
          const v = get(r);
          return typeof v === 'number' ? v.toFixed(2) : null;
        },
        extra,
      ),
    yn: (name: string, get: Get<R>, extra?: Partial<FieldDef<R>>) =>
      def(name, 'bool', get, (r) => (get(r) === true ? 'Y' : 'N'), extra),
    date: (name: string, get: Get<R>, extra?: Partial<FieldDef<R>>) =>
      def(
        name,
        'date',
        get,
        (r) => {
          const v = get(r);
          return typeof v === 'number' ? iso(v) : '';
        },
        extra,
      ),
    raw: (name: string, kind: FieldKind, get: Get<R>, out: Get<R>, extra?: Partial<FieldDef<R>>) =>
      def(name, kind, get, out, extra),
  };
}

export function typedFields<R>(iso: (ms: number) => string) {
  return {
    int: (name: string, get: Get<R>, extra?: Partial<FieldDef<R>>) =>
      def(name, 'int', get, (r) => get(r) ?? null, extra),
    str: (name: string, get: Get<R>, extra?: Partial<FieldDef<R>>) =>
      def(name, 'string', get, (r) => get(r) ?? null, extra),
    num: (name: string, get: Get<R>, extra?: Partial<FieldDef<R>>) =>
      def(name, 'float', get, (r) => get(r) ?? null, extra),
    yn: (name: string, get: Get<R>, extra?: Partial<FieldDef<R>>) =>
      def(name, 'bool', get, (r) => (get(r) === true ? 'Y' : 'N'), extra),
    date: (name: string, get: Get<R>, extra?: Partial<FieldDef<R>>) =>
      def(
        name,
        'date',
        get,
        (r) => {
          const v = get(r);
          return typeof v === 'number' ? iso(v) : null;
        },
        extra,
      ),
    raw: (name: string, kind: FieldKind, get: Get<R>, out: Get<R>, extra?: Partial<FieldDef<R>>) =>
      def(name, kind, get, out, extra),
  };
}

/** UF_CRM_NPS → ufCrmNps, UF_CRM_5_1640000000 → ufCrm5_1640000000 (crm.item.list field names). */
export function camelUf(fieldName: string): string {
  const parts = fieldName
    .toLowerCase()
    .split('_')
    .filter((p) => p !== '');
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i] ?? '';
    const prev = parts[i - 1] ?? '';
    const keepUnderscore = /^\d/.test(p) && /\d$/.test(prev);
    out += keepUnderscore ? `_${p}` : p.charAt(0).toUpperCase() + p.slice(1);
  }
  return out;
}
