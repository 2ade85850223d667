/**
 * crm.{deal,lead,contact,company}.userfield.* and crm.userfield.* through CCrmUserFieldRestProxy /
 * Bitrix\Rest\UserFieldProxy ([Y] rest/lib/userfieldproxy.php, main/classes/general/usertype.php,
 * main/classes/general/userfieldenum.php; rest-map §3). Errors are RestExceptions with an empty code
 * (fixtures crm.deal.userfield.*.error.json) except FIELD_NAME validation (ERROR_CORE) and a missing
 * id (ERROR_NOT_FOUND).
 */
import { type HandlerContext, type MethodDef, ok } from '../context.js';
import { RestError, crmError } from '../rest-error.js';
import {
  nextId,
  type SandboxState,
  type SbEnumItem,
  type SbUserField,
  type UfEntityId,
  UF_LABEL_KEYS,
} from '../state.js';
import {
  castSetting,
  defaultSettings,
  emptyLabels,
  md5,
  normaliseFieldName,
  randomXmlId,
  SETTINGS_NORMALISED,
  UF_ENTITY,
  UF_TYPES,
} from '../userfield-model.js';
import {
  asList,
  asText,
  compareLoose,
  isPhpArray,
  isRecord,
  isYes,
  param,
  text,
  toInt,
  yn,
  type Params,
} from '../values.js';

function languages(state: SandboxState): string[] {
  return state.settings.languages;
}

/** A label given as a string goes to every language; a {lang: text} map to the listed ones (rest-map §3). */
function applyLabel(
  target: Record<string, string>,
  value: unknown,
  langs: readonly string[],
  others: string | undefined,
): void {
  if (isRecord(value)) {
    for (const l of langs) {
      const v = asText(value[l]);
      if (v !== undefined) target[l] = v;
      else if (others !== undefined) target[l] = others;
    }
    return;
  }
  const s = asText(value);
  if (s !== undefined) for (const l of langs) target[l] = s;
}

function settingsFrom(given: unknown, base: Record<string, unknown>): Record<string, unknown> {
  const out = { ...base };
  if (isRecord(given)) for (const [k, v] of Object.entries(given)) out[k] = castSetting(k, v);
  return out;
}

function showFilter(v: unknown, current = 'N'): string {
  const s = (asText(v) ?? '').toUpperCase();
  if (s === 'Y') return 'E'; // stored as E, match by mask (rest-map §3)
  if (s === 'N' || s === 'I' || s === 'E' || s === 'S') return s;
  return current;
}

/**
 * Applies a LIST to an enumeration (CUserFieldEnum::SetEnumValues; rest-map §3): an item with ID is
 * updated, or deleted when DEL=Y or its VALUE is empty or missing; an item without ID is added (a
 * random md5 XML_ID when none is given); an existing item sent without XML_ID gets md5(VALUE); items
 * not sent are kept; XML_IDs must stay unique.
 */
function applyList(state: SandboxState, field: SbUserField, listRaw: unknown, isAdd: boolean): number[] {
  const items = field.list.map((i) => ({ ...i }));
  const deleted: number[] = [];
  for (const raw of asList(listRaw)) {
    if (!isRecord(raw)) continue;
    const id = toInt(raw.ID);
    const value = asText(raw.VALUE);
    if (id > 0 && !isAdd) {
      const idx = items.findIndex((i) => i.id === id);
      if (idx < 0) continue;
      if (raw.DEL === 'Y' || value === undefined || value === '') {
        deleted.push(id);
        items.splice(idx, 1);
        continue;
      }
      const item = items[idx] as SbEnumItem;
      item.value = value;
      if (raw.SORT !== undefined) item.sort = toInt(raw.SORT);
      if (raw.DEF !== undefined) item.def = isYes(raw.DEF);
      const xml = asText(raw.XML_ID);
      item.xmlId = xml !== undefined && xml !== '' ? xml : md5(value);
      continue;
    }
    if (value === undefined || value === '') continue;
    const xml = asText(raw.XML_ID);
    items.push({
      id: 0,
      value,
      sort: raw.SORT !== undefined ? toInt(raw.SORT) : 500,
      def: isYes(raw.DEF),
      xmlId: xml !== undefined && xml !== '' ? xml : randomXmlId(value),
    });
  }
  const seen = new Set<string>();
  for (const i of items) {
    if (seen.has(i.xmlId))
      throw new RestError(400, 'ERROR_CORE', `List item with XML_ID='${i.xmlId}' already exists`);
    seen.add(i.xmlId);
  }
  for (const i of items) if (i.id === 0) i.id = nextId(state, 'enumItems');
  field.list = items.sort((a, b) => a.sort - b.sort || a.id - b.id);
  return deleted;
}

function fieldsParam(params: Params): Record<string, unknown> {
  const f = param(params, 'fields');
  return isRecord(f) ? f : params;
}

/** The record arrays that keep this entity's user-field values. */
function recordsOf(state: SandboxState, entityId: UfEntityId): Array<{ uf: Record<string, unknown> }> {
  switch (entityId) {
    case 'CRM_DEAL':
      return state.deals;
    case 'CRM_LEAD':
      return state.leads;
    case 'CRM_CONTACT':
      return state.contacts;
    case 'CRM_COMPANY':
      return state.companies;
  }
}

function add(entityId: UfEntityId, params: Params, ctx: HandlerContext) {
  const { state } = ctx;
  const fields = fieldsParam(params);
  const type = asText(fields.USER_TYPE_ID) ?? '';
  if (type === '') throw crmError("The 'USER_TYPE_ID' field is not found.");
  const rawName = asText(fields.FIELD_NAME) ?? '';
  if (rawName === '') throw crmError("The 'FIELD_NAME' field is not found.");
  if (!UF_TYPES.some((t) => t.id === type)) throw crmError(`The user field type "${type}" is not supported.`);
  const fieldName = normaliseFieldName(rawName);
  // 50 characters including UF_CRM_, [A-Z0-9_] only ([Y] main/classes/general/usertype.php ~L304; rest-map §3).
  if (fieldName.length > 50)
    throw new RestError(400, 'ERROR_CORE', 'Field name is too long (more than 50 characters).');
  if (!/^[A-Z0-9_]+$/.test(fieldName)) {
    throw new RestError(
      400,
      'ERROR_CORE',
      'Field name contains invalid characters. Use only Latin letters, digits and "_".',
    );
  }
  if (state.userFields.some((f) => f.entityId === entityId && f.fieldName === fieldName)) {
    throw new RestError(400, 'ERROR_CORE', `A field with the code ${fieldName} already exists.`);
  }
  const langs = languages(state);
  const labels = emptyLabels(langs);
  const defaultLabel = asText(fields.LABEL);
  for (const key of UF_LABEL_KEYS) {
    if (defaultLabel !== undefined) applyLabel(labels[key], defaultLabel, langs, undefined);
    if (fields[key] !== undefined) applyLabel(labels[key], fields[key], langs, defaultLabel);
  }
  const normalised = SETTINGS_NORMALISED.has(type);
  const field: SbUserField = {
    id: nextId(state, 'userFields'),
    entityId,
    fieldName,
    userTypeId: type,
    xmlId: asText(fields.XML_ID) ?? null,
    sort: fields.SORT !== undefined ? toInt(fields.SORT) : 100,
    multiple: isYes(fields.MULTIPLE),
    mandatory: isYes(fields.MANDATORY),
    // url, address, file, money: SETTINGS dropped and SHOW_FILTER forced to N on add (rest-map §3).
    showFilter: normalised ? showFilter(fields.SHOW_FILTER) : 'N',
    showInList: fields.SHOW_IN_LIST === undefined ? true : isYes(fields.SHOW_IN_LIST),
    editInList: fields.EDIT_IN_LIST === undefined ? true : isYes(fields.EDIT_IN_LIST),
    isSearchable: isYes(fields.IS_SEARCHABLE),
    settings: normalised ? settingsFrom(fields.SETTINGS, defaultSettings(type)) : defaultSettings(type),
    labels,
    list: [],
  };
  if (type === 'enumeration' && fields.LIST !== undefined) applyList(state, field, fields.LIST, true);
  state.userFields.push(field);
  ctx.changed();
  return ok(field.id);
}

function findField(state: SandboxState, entityId: UfEntityId, params: Params): SbUserField {
  const id = toInt(param(params, 'id'));
  const field = state.userFields.find((f) => f.id === id);
  if (!field) throw new RestError(404, 'ERROR_NOT_FOUND', `The entity with ID '${id}' is not found.`);
  // A field of another entity is refused ([Y] UserFieldProxy::update ~L638-670; fixture
  // crm.deal.userfield.update.error.json).
  if (field.entityId !== entityId) throw crmError('Access denied.');
  return field;
}

function update(entityId: UfEntityId, params: Params, ctx: HandlerContext) {
  const { state } = ctx;
  const field = findField(state, entityId, params);
  const f = param(params, 'fields');
  if (!isPhpArray(f)) throw crmError("Parameter 'fields' must be array.");
  const fields = isRecord(f) ? f : {};
  // FIELD_NAME, USER_TYPE_ID, ENTITY_ID and MULTIPLE are unset by CUserTypeEntity::Update, silently
  // ([Y] main/classes/general/usertype.php ~L626-631; rest-map §3).
  if (fields.XML_ID !== undefined) field.xmlId = asText(fields.XML_ID) ?? null;
  if (fields.SORT !== undefined) field.sort = toInt(fields.SORT);
  if (fields.MANDATORY !== undefined) field.mandatory = isYes(fields.MANDATORY);
  if (fields.SHOW_FILTER !== undefined) field.showFilter = showFilter(fields.SHOW_FILTER, field.showFilter);
  if (fields.SHOW_IN_LIST !== undefined) field.showInList = isYes(fields.SHOW_IN_LIST);
  if (fields.EDIT_IN_LIST !== undefined) field.editInList = isYes(fields.EDIT_IN_LIST);
  if (fields.IS_SEARCHABLE !== undefined) field.isSearchable = isYes(fields.IS_SEARCHABLE);
  // SETTINGS overwrites only the keys passed.
  if (fields.SETTINGS !== undefined) field.settings = settingsFrom(fields.SETTINGS, field.settings);
  const langs = languages(state);
  const defaultLabel = asText(fields.LABEL);
  for (const key of UF_LABEL_KEYS) {
    const value = fields[key] ?? defaultLabel;
    if (value === undefined) continue;
    // A map writes the listed languages and '' to the others (docs crm-deal-userfield-update.md).
    if (isRecord(value)) for (const l of langs) field.labels[key][l] = asText(value[l]) ?? '';
    else applyLabel(field.labels[key], value, langs, undefined);
  }
  if (field.userTypeId === 'enumeration' && fields.LIST !== undefined) {
    const deleted = new Set(applyList(state, field, fields.LIST, false));
    if (deleted.size > 0) {
      for (const r of recordsOf(state, field.entityId)) {
        const v = r.uf[field.fieldName];
        if (Array.isArray(v)) r.uf[field.fieldName] = v.filter((x) => !deleted.has(toInt(x)));
        else if (v !== undefined && deleted.has(toInt(v))) delete r.uf[field.fieldName];
      }
    }
  }
  ctx.changed();
  return ok(true);
}

function remove(entityId: UfEntityId, params: Params, ctx: HandlerContext) {
  const { state } = ctx;
  const field = findField(state, entityId, params);
  state.userFields = state.userFields.filter((f) => f.id !== field.id);
  // Deleting a field deletes every stored value (rest-map §3).
  for (const r of recordsOf(state, field.entityId)) delete r.uf[field.fieldName];
  ctx.changed();
  return ok(true);
}

function listItemView(i: SbEnumItem): Record<string, unknown> {
  return { ID: String(i.id), SORT: String(i.sort), VALUE: i.value, DEF: yn(i.def), XML_ID: i.xmlId };
}

/** The row of get/list; labels as lang maps (get), as one language's strings (list with LANG) or absent. */
export function userFieldView(
  field: SbUserField,
  labels: 'all' | { lang: string } | 'none',
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
    SETTINGS: field.settings,
  };
  for (const key of UF_LABEL_KEYS) {
    if (labels === 'all') row[key] = { ...field.labels[key] };
    else if (labels !== 'none') {
      const v = field.labels[key][labels.lang];
      // The list fixture prints an unset message as null.
      row[key] =
        v === undefined || v === '' ? (key === 'ERROR_MESSAGE' || key === 'HELP_MESSAGE' ? null : '') : v;
    }
  }
  if (field.userTypeId === 'enumeration') row.LIST = field.list.map(listItemView);
  return row;
}

const LIST_FILTER_KEYS: Record<string, (f: SbUserField) => unknown> = {
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

/** The whole list in one answer; labels only with filter.LANG (rest-map §3, §14). */
function list(entityId: UfEntityId, params: Params, ctx: HandlerContext) {
  const filterRaw = param(params, 'filter') ?? {};
  const orderRaw = param(params, 'order') ?? {};
  if (!isPhpArray(orderRaw)) throw crmError("Parameter 'order' must be array.");
  if (!isPhpArray(filterRaw)) throw crmError("Parameter 'filter' must be array.");
  const filter = isRecord(filterRaw) ? filterRaw : {};
  let lang: string | undefined;
  const conds: Array<(f: SbUserField) => boolean> = [(f) => f.entityId === entityId];
  for (const [k, v] of Object.entries(filter)) {
    const key = k.toUpperCase();
    if (key === 'LANG') {
      lang = asText(v);
      continue;
    }
    const get = LIST_FILTER_KEYS[key];
    const want = asText(v);
    if (!get || want === undefined || want === '') continue;
    conds.push((f) => text(get(f)).toUpperCase() === want.toUpperCase());
  }
  const order = Object.entries(isRecord(orderRaw) ? orderRaw : {})
    .map(([k, d]) => ({ get: LIST_FILTER_KEYS[k.toUpperCase()], desc: String(d).toUpperCase() === 'DESC' }))
    .filter((o): o is { get: (f: SbUserField) => unknown; desc: boolean } => o.get !== undefined);
  const rows = ctx.state.userFields.filter((f) => conds.every((c) => c(f)));
  rows.sort((a, b) => {
    for (const o of order) {
      const x = o.get(a);
      const y = o.get(b);
      const c = compareLoose(x, y);
      if (c !== 0) return o.desc ? -c : c;
    }
    return a.id - b.id;
  });
  const views = rows.map((f) => userFieldView(f, lang !== undefined && lang !== '' ? { lang } : 'none'));
  return ok(views, views.length);
}

function entityMethods(entity: string): MethodDef[] {
  const entityId = UF_ENTITY[entity] as UfEntityId;
  const base = `crm.${entity}.userfield`;
  return [
    { name: `${base}.add`, scopes: ['crm'], write: true, handler: (p, c) => add(entityId, p, c) },
    {
      name: `${base}.get`,
      scopes: ['crm'],
      write: false,
      handler: (p, c) => {
        const id = toInt(param(p, 'id'));
        const field = c.state.userFields.find((f) => f.id === id && f.entityId === entityId);
        if (!field) throw new RestError(404, 'ERROR_NOT_FOUND', `The entity with ID '${id}' is not found.`);
        return ok(userFieldView(field, 'all'));
      },
    },
    { name: `${base}.list`, scopes: ['crm'], write: false, handler: (p, c) => list(entityId, p, c) },
    { name: `${base}.update`, scopes: ['crm'], write: true, handler: (p, c) => update(entityId, p, c) },
    { name: `${base}.delete`, scopes: ['crm'], write: true, handler: (p, c) => remove(entityId, p, c) },
  ];
}

const FIELDS_DESCRIPTION: Record<string, Record<string, unknown>> = {
  ID: { type: 'int', title: 'ID', isReadOnly: true },
  ENTITY_ID: { type: 'string', title: 'Object', isImmutable: true },
  FIELD_NAME: { type: 'string', title: 'Code', isImmutable: true },
  USER_TYPE_ID: { type: 'string', title: 'Data Type', isImmutable: true },
  XML_ID: { type: 'string', title: 'External ID (XML ID)' },
  SORT: { type: 'int', title: 'Sorting' },
  MULTIPLE: { type: 'char', title: 'Multiple' },
  MANDATORY: { type: 'char', title: 'Mandatory' },
  SHOW_FILTER: { type: 'char', title: 'Show in list filter' },
  SHOW_IN_LIST: { type: 'char', title: 'Show in list' },
  EDIT_IN_LIST: { type: 'char', title: 'Allow user editing' },
  IS_SEARCHABLE: { type: 'char', title: 'Field values are searchable' },
  EDIT_FORM_LABEL: { type: 'string', title: 'Label in edit form' },
  LIST_COLUMN_LABEL: { type: 'string', title: 'Header in list' },
  LIST_FILTER_LABEL: { type: 'string', title: 'Filter label in list' },
  ERROR_MESSAGE: { type: 'string', title: 'Error message' },
  HELP_MESSAGE: { type: 'string', title: 'Help' },
  LIST: { type: 'uf_enum_element', title: 'List elements', isMultiple: true },
  SETTINGS: { type: 'object', title: 'Additional settings (dependent on type)' },
};

const SETTINGS_DESCRIPTION: Record<string, Record<string, Record<string, unknown>>> = {
  string: {
    SIZE: { type: 'int', title: 'Input field size' },
    ROWS: { type: 'int', title: 'Number of rows' },
    REGEXP: { type: 'string', title: 'Regular expression' },
    MIN_LENGTH: { type: 'int', title: 'Minimum length' },
    MAX_LENGTH: { type: 'int', title: 'Maximum length' },
    DEFAULT_VALUE: { type: 'string', title: 'Default Value' },
  },
  integer: {
    DEFAULT_VALUE: { type: 'int', title: 'Default Value' },
    MIN_VALUE: { type: 'int', title: 'Minimum value' },
    MAX_VALUE: { type: 'int', title: 'Maximum value' },
  },
  double: {
    DEFAULT_VALUE: { type: 'double', title: 'Default Value' },
    PRECISION: { type: 'int', title: 'Precision' },
  },
  boolean: {
    DEFAULT_VALUE: { type: 'int', title: 'Default Value' },
    DISPLAY: { type: 'string', title: 'Appearance' },
  },
  enumeration: {
    DISPLAY: { type: 'string', title: 'Appearance' },
    LIST_HEIGHT: { type: 'int', title: 'List height' },
  },
  date: { DEFAULT_VALUE: { type: 'date', title: 'Default Value' } },
  datetime: { DEFAULT_VALUE: { type: 'datetime', title: 'Default Value' } },
  crm_status: { ENTITY_TYPE: { type: 'string', title: 'Directory type' } },
  crm: {
    LEAD: { type: 'char', title: 'Leads' },
    CONTACT: { type: 'char', title: 'Contacts' },
    COMPANY: { type: 'char', title: 'Companies' },
    DEAL: { type: 'char', title: 'Deals' },
  },
  employee: {},
  money: { DEFAULT_VALUE: { type: 'string', title: 'Default Value' } },
  url: { DEFAULT_VALUE: { type: 'string', title: 'Default Value' } },
  address: {},
  file: { MAX_ALLOWED_SIZE: { type: 'int', title: 'Maximum file size' } },
  iblock_section: { IBLOCK_ID: { type: 'int', title: 'Information block' } },
  iblock_element: { IBLOCK_ID: { type: 'int', title: 'Information block' } },
};

export const userFieldMethods: MethodDef[] = [
  ...entityMethods('deal'),
  ...entityMethods('lead'),
  ...entityMethods('contact'),
  ...entityMethods('company'),
  {
    name: 'crm.userfield.types',
    scopes: ['crm'],
    write: false,
    handler: () => ok(UF_TYPES.map((t) => ({ ID: t.id, title: t.title }))),
  },
  { name: 'crm.userfield.fields', scopes: ['crm'], write: false, handler: () => ok(FIELDS_DESCRIPTION) },
  {
    name: 'crm.userfield.enumeration.fields',
    scopes: ['crm'],
    write: false,
    handler: () =>
      ok({
        ID: { type: 'int', title: 'ID', isReadOnly: true },
        SORT: { type: 'int', title: 'Sorting' },
        VALUE: { type: 'string', title: 'Value' },
        DEF: { type: 'string', title: 'Default Value' },
        DEL: { type: 'string', title: 'Element Deletion Flag' },
      }),
  },
  {
    name: 'crm.userfield.settings.fields',
    scopes: ['crm'],
    write: false,
    handler: (params) => {
      const type = asText(param(params, 'type')) ?? '';
      const out = SETTINGS_DESCRIPTION[type];
      if (out === undefined) throw crmError('The parameter type is not defined or invalid.');
      return ok(out);
    },
  },
];
