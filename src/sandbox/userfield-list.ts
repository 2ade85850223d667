/**
 * The items of an enumeration field: what the REST proxy makes of a sent LIST and how
 * CUserFieldEnum::SetEnumValues stores it (docs/bitrix24/parity.md#uf-list). On a single-value field
 * only the first sent item marked DEF=Y is the default and every other SENT item becomes N; an item
 * not sent keeps its DEF, and DEF=N alone changes nothing.
 */
import { RestError } from './rest-error.js';
import { md5 } from './userfield-model.js';
import { nextId, type SandboxState, type SbEnumItem, type SbUserField } from './state.js';
import { isNumeric, isset, phpUpper } from './php.js';
import { asList, asText, isRecord, toInt } from './values.js';
import { randomBytes } from 'node:crypto';

/** One row of the `$values` map SetEnumValues receives, keyed "n0", "n1" … for new items, by ID otherwise. */
interface EnumValue {
  VALUE: string;
  XML_ID?: unknown;
  SORT?: number;
  DEF?: 'Y' | 'N';
  DEL?: 'Y';
}

/** The default sort of b_user_field_enum, which a new item gets when no positive SORT is sent. */
const DEFAULT_ITEM_SORT = 500;

function trimValue(v: unknown): string {
  const s = isset(v) ? (asText(v) ?? '') : '';
  return s.replace(/^[ \t\n\r]+|[ \t\n\r]+$/g, '');
}

function sortOf(raw: Record<string, unknown>): number | undefined {
  const n = isset(raw.SORT) && isNumeric(raw.SORT) ? toInt(raw.SORT) : 0;
  return n > 0 ? n : undefined;
}

/** Applies the single-value default rule to the sent items (add and update alike). */
function resolveDefaults(
  values: Map<string, EnumValue>,
  defs: Map<string, unknown>,
  multiple: boolean,
): void {
  let defaultKey = '';
  for (const [key, def] of defs) {
    const isDefault = phpUpper(def) === 'Y';
    const v = values.get(key);
    if (!v) continue;
    if (multiple) v.DEF = isDefault ? 'Y' : 'N';
    else if (isDefault && defaultKey === '') defaultKey = key;
  }
  if (!multiple && defaultKey !== '') for (const [key, v] of values) v.DEF = key === defaultKey ? 'Y' : 'N';
}

/** UserFieldProxy::add: items with an empty VALUE are skipped; XML_ID only when a non-empty string. */
export function listValuesOnAdd(listRaw: unknown, multiple: boolean): Map<string, EnumValue> {
  const values = new Map<string, EnumValue>();
  const defs = new Map<string, unknown>();
  let counter = 0;
  for (const raw of asList(listRaw)) {
    if (!isRecord(raw)) continue;
    const value = trimValue(raw.VALUE);
    if (value === '') continue;
    const item: EnumValue = { VALUE: value };
    const sort = sortOf(raw);
    if (sort !== undefined) item.SORT = sort;
    const key = `n${counter++}`;
    if (isset(raw.DEF)) defs.set(key, raw.DEF);
    if (typeof raw.XML_ID === 'string' && raw.XML_ID !== '') item.XML_ID = raw.XML_ID;
    values.set(key, item);
  }
  resolveDefaults(values, defs, multiple);
  return values;
}

/** UserFieldProxy::update: every item is passed on (an empty VALUE deletes an existing one), keyed by ID. */
export function listValuesOnUpdate(listRaw: unknown, multiple: boolean): Map<string, EnumValue> {
  const values = new Map<string, EnumValue>();
  const defs = new Map<string, unknown>();
  let counter = 0;
  for (const raw of asList(listRaw)) {
    if (!isRecord(raw) || Object.keys(raw).length === 0) continue;
    const item: EnumValue = { VALUE: trimValue(raw.VALUE) };
    const xml = isset(raw.XML_ID) ? raw.XML_ID : '';
    if (xml !== '') item.XML_ID = xml;
    const sort = sortOf(raw);
    if (sort !== undefined) item.SORT = sort;
    const id = isset(raw.ID) && isNumeric(raw.ID) ? toInt(raw.ID) : 0;
    let key: string;
    if (id > 0) {
      key = String(id);
      if (isset(raw.DEL) && phpUpper(raw.DEL) === 'Y') item.DEL = 'Y';
    } else {
      key = `n${counter++}`;
    }
    if (isset(raw.DEF)) defs.set(key, raw.DEF);
    values.set(key, item);
  }
  resolveDefaults(values, defs, multiple);
  return values;
}

function xmlText(v: unknown): string {
  return asText(v) ?? '';
}

/**
 * CUserFieldEnum::SetEnumValues: checks that every new or changed XML_ID is unique within the field
 * (against what is stored, so an item deleted in the same call still counts), then inserts, updates
 * and deletes. Returns the ids it deleted; throws ERROR_CORE with nothing changed when an XML_ID repeats.
 */
export function setEnumValues(
  state: SandboxState,
  field: SbUserField,
  values: Map<string, EnumValue>,
): number[] {
  const stored = new Map(field.list.map((i) => [String(i.id), i]));
  const storedXml = new Set(field.list.map((i) => i.xmlId));
  const added = new Set<string>();
  const errors: string[] = [];
  const salt = randomBytes(4).toString('hex');
  const isNew = (key: string) => key.startsWith('n');
  const live = (v: EnumValue) => v.DEL !== 'Y' && v.VALUE !== '';
  for (const [key, v] of values) {
    if (!isNew(key) || !live(v)) continue;
    if (!isset(v.XML_ID) || v.XML_ID === '') v.XML_ID = md5(salt + v.VALUE);
    const xml = xmlText(v.XML_ID);
    if (added.has(xml) || storedXml.has(xml)) errors.push(`List item with XML_ID='${xml}' already exists`);
    else added.add(xml);
  }
  const changes: Array<{ item: SbEnumItem; v: EnumValue }> = [];
  for (const [key, item] of stored) {
    const v = values.get(key);
    if (!v || !live(v)) continue;
    if (!isset(v.XML_ID) || v.XML_ID === '') v.XML_ID = md5(v.VALUE);
    const xml = xmlText(v.XML_ID);
    if (item.xmlId !== xml) {
      if (added.has(xml) || field.list.some((i) => i.xmlId === xml)) {
        errors.push(`List item with XML_ID='${xml}' already exists`);
        continue;
      }
      added.add(xml);
    }
    changes.push({ item, v });
  }
  if (errors.length > 0) throw new RestError(400, 'ERROR_CORE', errors.join('<br>'));
  for (const [key, v] of values) {
    if (!isNew(key) || !live(v)) continue;
    field.list.push({
      id: nextId(state, 'enumItems'),
      value: v.VALUE,
      sort: v.SORT ?? DEFAULT_ITEM_SORT,
      def: v.DEF === 'Y',
      xmlId: xmlText(v.XML_ID),
    });
  }
  for (const { item, v } of changes) {
    item.value = v.VALUE;
    item.xmlId = xmlText(v.XML_ID);
    if (v.SORT !== undefined) item.sort = v.SORT;
    if (v.DEF !== undefined) item.def = v.DEF === 'Y';
  }
  const deleted: number[] = [];
  for (const [key, item] of stored) {
    const v = values.get(key);
    if (v && !live(v)) deleted.push(item.id);
  }
  field.list = field.list.filter((i) => !deleted.includes(i.id));
  return deleted;
}

/** Items as get and list print them: by SORT, then by ID (the order of the table). */
export function orderedItems(field: SbUserField): SbEnumItem[] {
  return [...field.list].sort((a, b) => a.sort - b.sort || a.id - b.id);
}
