/**
 * crm.*.userfield.get and .list: the stored field as CUserTypeEntity reads it (docs/bitrix24/parity.md#uf-get,
 * #uf-list-method). get gives every label as a language map and list items without XML_ID; list gives
 * labels only for filter.LANG, list items with XML_ID, the datetime default in ISO form, and orders by
 * SORT, then ID unless told otherwise.
 */
import { type HandlerContext, ok } from '../context.js';
import { parseDate } from '../dates.js';
import { crmError } from '../rest-error.js';
import type { SbEnumItem, SbUserField, UfEntityId } from '../state.js';
import { UF_LABEL_KEYS } from '../state.js';
import { orderedItems } from '../userfield-list.js';
import { hasVariant } from '../variants.js';
import { asText, compareLoose, isPhpArray, isRecord, param, text, yn, type Params } from '../values.js';

function itemView(i: SbEnumItem, withXmlId: boolean): Record<string, unknown> {
  const row: Record<string, unknown> = {
    ID: String(i.id),
    SORT: String(i.sort),
    VALUE: i.value,
    DEF: yn(i.def),
  };
  if (withXmlId) row.XML_ID = i.xmlId;
  return row;
}

/** A datetime default of the list answer: the stored "YYYY-MM-DD HH:MM:SS" printed as ISO 8601. */
function listSettings(field: SbUserField, iso: (ms: number) => string, offset: number): unknown {
  const def = field.settings.DEFAULT_VALUE;
  if (field.userTypeId !== 'datetime' || !isRecord(def) || typeof def.VALUE !== 'string' || def.VALUE === '')
    return field.settings;
  const ms = parseDate(def.VALUE, offset);
  return { ...field.settings, DEFAULT_VALUE: { ...def, VALUE: ms === undefined ? def.VALUE : iso(ms) } };
}

/** The row of get ('get': every label as a map) or of list (one language's labels, or none). */
export function userFieldView(
  field: SbUserField,
  mode: 'get' | { lang: string } | 'none',
  iso: (ms: number) => string,
  offset = 180,
): Record<string, unknown> {
  const row: Record<string, unknown> = {
    ID: String(field.id),
    ENTITY_ID: field.entityId,
    FIELD_NAME: field.fieldName,
    USER_TYPE_ID: field.userTypeId,
    XML_ID: field.xmlId,
    SORT: String(field.sort),
    MULTIPLE: yn(field.multiple),
    MANDATORY: yn(field.mandatory),
    SHOW_FILTER: field.showFilter,
    SHOW_IN_LIST: yn(field.showInList),
    EDIT_IN_LIST: yn(field.editInList),
    IS_SEARCHABLE: yn(field.isSearchable),
    SETTINGS: mode === 'get' ? field.settings : listSettings(field, iso, offset),
  };
  for (const key of UF_LABEL_KEYS) {
    if (mode === 'get') row[key] = { ...field.labels[key] };
    // LEFT JOIN on the language: a language the portal does not have gives null.
    else if (mode !== 'none') row[key] = field.labels[key][mode.lang] ?? null;
  }
  if (field.userTypeId === 'enumeration')
    row.LIST = orderedItems(field).map((i) => itemView(i, mode !== 'get'));
  return row;
}

const FILTER_KEYS: Record<string, (f: SbUserField) => unknown> = {
  ID: (f) => f.id,
  FIELD_NAME: (f) => f.fieldName,
  USER_TYPE_ID: (f) => f.userTypeId,
  XML_ID: (f) => f.xmlId,
  SORT: (f) => f.sort,
  MULTIPLE: (f) => yn(f.multiple),
  MANDATORY: (f) => yn(f.mandatory),
  SHOW_FILTER: (f) => f.showFilter,
  SHOW_IN_LIST: (f) => yn(f.showInList),
  EDIT_IN_LIST: (f) => yn(f.editInList),
  IS_SEARCHABLE: (f) => yn(f.isSearchable),
};

/** Keys CUserTypeEntity::GetList orders by; any direction but ASC is DESC. */
const ORDER_KEYS = new Set(['ID', 'FIELD_NAME', 'USER_TYPE_ID', 'XML_ID', 'SORT']);

/** The whole list in one answer with `total`; exact, case-insensitive matches (docs/bitrix24/parity.md#uf-list-method). */
export function userFieldList(entityId: UfEntityId, params: Params, ctx: HandlerContext) {
  const filterRaw = param(params, 'filter') ?? {};
  const orderRaw = param(params, 'order') ?? {};
  if (!isPhpArray(orderRaw)) throw crmError("Parameter 'order' must be array.");
  if (!isPhpArray(filterRaw)) throw crmError("Parameter 'filter' must be array.");
  const filter = isRecord(filterRaw) ? filterRaw : {};
  let lang: string | undefined;
  const conds: Array<(f: SbUserField) => boolean> = [(f) => f.entityId === entityId];
  for (const [k, v] of Object.entries(filter)) {
    const key = k.toUpperCase();
    const want = asText(v);
    // Arrays and empty values are skipped.
    if (want === undefined || want === '') continue;
    if (key === 'LANG') {
      lang = want;
      continue;
    }
    const get = FILTER_KEYS[key];
    if (get) conds.push((f) => text(get(f)).toUpperCase() === want.toUpperCase());
  }
  const order = Object.entries(isRecord(orderRaw) ? orderRaw : {})
    .filter(([k]) => ORDER_KEYS.has(k.toUpperCase()))
    .map(([k, d]) => ({
      get: FILTER_KEYS[k.toUpperCase()] as (f: SbUserField) => unknown,
      desc: (asText(d) ?? '').toUpperCase() !== 'ASC',
    }));
  if (order.length === 0) order.push({ get: (f) => f.sort, desc: false });
  const rows = ctx.state.userFields.filter((f) => conds.every((c) => c(f)));
  rows.sort((a, b) => {
    for (const o of order) {
      const c = compareLoose(o.get(a), o.get(b));
      if (c !== 0) return o.desc ? -c : c;
    }
    return a.id - b.id;
  });
  const offset = ctx.state.settings.utcOffsetMinutes;
  const views = rows.map((f) => userFieldView(f, lang !== undefined ? { lang } : 'none', ctx.iso, offset));
  // Some portals print the list as an object keyed by position (docs/bitrix24/parity.md#variants).
  if (hasVariant(ctx.state, 'userfield-list-keyed'))
    return ok(Object.fromEntries(views.map((v, i) => [String(i), v])), views.length);
  return ok(views, views.length);
}
