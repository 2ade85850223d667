/**
 * crm.{deal,lead,contact,company}.userfield.*: the crm proxy over the REST module's user-field proxy,
 * which hands the main module a cleaned copy of what was sent (docs/bitrix24/parity.md#uf-add,
 * #uf-update). Errors of the proxy are RestExceptions with an empty code (fixtures
 * crm.deal.userfield.*.error.json); a missing field is ERROR_NOT_FOUND, a failed check of the main
 * module ERROR_CORE with its text and "<br>".
 */
import { type HandlerContext, type MethodDef, ok } from '../context.js';
import { adminError, crmError, notFoundError } from '../rest-error.js';
import { phpUpper } from '../php.js';
import { nextId, type SandboxState, type SbUserField, type UfEntityId, UF_LABEL_KEYS } from '../state.js';
import { listValuesOnAdd, listValuesOnUpdate, setEnumValues } from '../userfield-list.js';
import { emptyLabels, UF_ENTITY, UF_TYPES } from '../userfield-model.js';
import {
  prepareSettings,
  restSettingsOnAdd,
  restSettingsOnUpdate,
  type SettingsEnv,
} from '../userfield-settings.js';
import { userFieldList, userFieldView } from './userfield-read.js';
import { userFieldDescribeMethods } from './userfield-describe.js';
import { statusEntityIds } from './status-types.js';
import { asText, isPhpArray, isRecord, param, toInt, type Params } from '../values.js';

export function settingsEnv(state: SandboxState): SettingsEnv {
  return { statusEntityTypes: statusEntityIds(state), utcOffsetMinutes: state.settings.utcOffsetMinutes };
}

/**
 * prepareLabels: a non-empty string goes to every language; otherwise a {lang: text} map gives the
 * listed languages their non-empty text and every other language the default (docs/bitrix24/parity.md#uf-labels).
 */
function prepareLabels(value: unknown, langs: readonly string[], fallback: string): Record<string, string> {
  if (typeof value === 'string' && value !== '') return Object.fromEntries(langs.map((l) => [l, value]));
  const given = isRecord(value) ? value : {};
  return Object.fromEntries(
    langs.map((l) => {
      const v = given[l];
      return [l, typeof v === 'string' && v !== '' ? v : fallback];
    }),
  );
}

/** FIELD_NAME upper-cased with UF_CRM_ forced: X → UF_CRM_X, UF_X → UF_CRM_X. */
function normaliseFieldName(name: string): string {
  const upper = name.toUpperCase();
  if (upper.startsWith('UF_CRM_')) return upper;
  return upper.startsWith('UF_') ? `UF_CRM_${upper.slice(3)}` : `UF_CRM_${upper}`;
}

/**
 * Every user type a cloud portal registers: the REST types plus those of other modules, which the
 * proxy passes on with empty SETTINGS (docs/bitrix24/parity.md#uf-add).
 */
const REGISTERED_TYPES = new Set([
  ...UF_TYPES.map((t) => t.id),
  'resourcebooking',
  'disk_file',
  'disk_version',
  'string_formatted',
  'hlblock',
  'mail_message',
  'geo',
  'video',
  'vote',
  'url_preview',
]);

/** CUserTypeEntity::CheckFields on FIELD_NAME and USER_TYPE_ID, each failure one message. */
function checkNewField(state: SandboxState, entityId: UfEntityId, fieldName: string, type: string): void {
  const messages: string[] = [];
  if (fieldName.length < 4) messages.push('Field name is too short (less than 4 characters).');
  if (fieldName.length > 50) messages.push('Field name is too long (more than 50 characters).');
  if (!/^[0-9A-Z_]+$/.test(fieldName))
    messages.push('Field name contains invalid characters. Use only Latin letters, digits and "_".');
  if (!REGISTERED_TYPES.has(type)) messages.push(`The user field type "${type}" is not supported.`);
  if (messages.length > 0) throw adminError(...messages);
  if (state.userFields.some((f) => f.entityId === entityId && f.fieldName === fieldName))
    throw adminError(`A field with the code ${fieldName} already exists.`);
}

function add(entityId: UfEntityId, params: Params, ctx: HandlerContext) {
  const { state } = ctx;
  const f = param(params, 'fields');
  const fields = isRecord(f) ? f : params;
  const label = typeof fields.LABEL === 'string' ? fields.LABEL.trim() : '';
  const type = (asText(fields.USER_TYPE_ID) ?? '').trim();
  const rawName = (asText(fields.FIELD_NAME) ?? '').trim();
  const missing: string[] = [];
  if (type === '') missing.push("The 'USER_TYPE_ID' field is not found.");
  if (rawName === '') missing.push("The 'FIELD_NAME' field is not found.");
  if (missing.length > 0) throw crmError(missing.join('\n'));
  const fieldName = normaliseFieldName(rawName);
  checkNewField(state, entityId, fieldName, type);
  // Labels not sent are filled with LABEL, or with FIELD_NAME when there is no LABEL.
  const fallback = label !== '' ? label : fieldName;
  const langs = state.settings.languages;
  const labels = emptyLabels(langs);
  for (const key of UF_LABEL_KEYS) labels[key] = prepareLabels(fields[key], langs, fallback);
  const multiple = type !== 'boolean' && phpUpper(fields.MULTIPLE) === 'Y';
  const showFilterY = phpUpper(fields.SHOW_FILTER) === 'Y';
  const rawSettings = isRecord(fields.SETTINGS) ? fields.SETTINGS : {};
  const sort = toInt(fields.SORT);
  const field: SbUserField = {
    id: nextId(state, 'userFields'),
    entityId,
    fieldName,
    userTypeId: type,
    xmlId: asText(fields.XML_ID) ?? null,
    sort: sort > 0 ? sort : 100,
    multiple,
    mandatory: phpUpper(fields.MANDATORY) === 'Y',
    showFilter: !showFilterY ? 'N' : type === 'employee' ? 'I' : FILTERED_TYPES.has(type) ? 'E' : 'N',
    showInList: fields.SHOW_IN_LIST !== 'N',
    editInList: fields.EDIT_IN_LIST !== 'N',
    isSearchable: fields.IS_SEARCHABLE === 'Y',
    settings: prepareSettings(type, restSettingsOnAdd(type, rawSettings), settingsEnv(state)),
    labels,
    list: [],
  };
  state.userFields.push(field);
  ctx.changed();
  // The field exists even when its items are refused: the error comes after CUserTypeEntity::Add.
  if (type === 'enumeration') setEnumValues(state, field, listValuesOnAdd(fields.LIST, multiple));
  return ok(field.id);
}

/** Types with a branch in the proxy's add; every other type gets SHOW_FILTER=N. */
const FILTERED_TYPES = new Set([
  'string',
  'integer',
  'double',
  'boolean',
  'date',
  'datetime',
  'enumeration',
  'iblock_section',
  'iblock_element',
  'crm_status',
  'crm',
]);

/** The id as CCrmRestHelper::resolveEntityID reads it: ID first, then id. */
function idParam(params: Params): number {
  const v = params.ID ?? params.id;
  const id = v === undefined || v === null ? 0 : toInt(v);
  if (id <= 0) throw crmError('ID is not defined or invalid.');
  return id;
}

/** The field by id: not found is ERROR_NOT_FOUND, a field of another entity "Access denied.". */
export function findField(state: SandboxState, entityId: UfEntityId, params: Params): SbUserField {
  const id = idParam(params);
  const field = state.userFields.find((f) => f.id === id);
  if (!field) throw notFoundError(`The entity with ID '${id}' is not found.`);
  if (field.entityId !== entityId) throw crmError('Access denied.');
  return field;
}

function update(entityId: UfEntityId, params: Params, ctx: HandlerContext) {
  const { state } = ctx;
  const field = findField(state, entityId, params);
  const f = param(params, 'fields');
  if (!isPhpArray(f)) throw crmError("Parameter 'fields' must be array.");
  const fields = isRecord(f) ? f : {};
  // ENTITY_ID, FIELD_NAME, USER_TYPE_ID and MULTIPLE are unset by CUserTypeEntity::Update and LABEL by
  // the proxy, silently (docs/bitrix24/parity.md#uf-update).
  if (fields.XML_ID !== undefined) field.xmlId = asText(fields.XML_ID) ?? null;
  if (fields.SORT !== undefined) field.sort = toInt(fields.SORT);
  if (fields.MANDATORY !== undefined) field.mandatory = fields.MANDATORY === 'Y';
  if (fields.SHOW_FILTER !== undefined && fields.SHOW_FILTER !== null) {
    const y = phpUpper(fields.SHOW_FILTER) === 'Y';
    field.showFilter = !y ? 'N' : field.userTypeId === 'employee' ? 'I' : 'E';
  }
  if (fields.SHOW_IN_LIST !== undefined) field.showInList = fields.SHOW_IN_LIST !== 'N';
  if (fields.EDIT_IN_LIST !== undefined) field.editInList = fields.EDIT_IN_LIST !== 'N';
  if (fields.IS_SEARCHABLE !== undefined) field.isSearchable = fields.IS_SEARCHABLE === 'Y';
  const given = isRecord(fields.SETTINGS) ? fields.SETTINGS : {};
  const merged = restSettingsOnUpdate(field.userTypeId, field.settings, given);
  field.settings = prepareSettings(field.userTypeId, merged, settingsEnv(state));
  const langs = state.settings.languages;
  for (const key of UF_LABEL_KEYS) {
    const value = fields[key];
    // A label sent as a map writes the listed languages and '' to every other one.
    if (value !== undefined && value !== null) field.labels[key] = prepareLabels(value, langs, '');
  }
  ctx.changed();
  if (field.userTypeId === 'enumeration' && fields.LIST !== undefined && fields.LIST !== null)
    setEnumValues(state, field, listValuesOnUpdate(fields.LIST, field.multiple));
  return ok(true);
}

function remove(entityId: UfEntityId, params: Params, ctx: HandlerContext) {
  const { state } = ctx;
  const field = findField(state, entityId, params);
  state.userFields = state.userFields.filter((f) => f.id !== field.id);
  // Deleting a field deletes every stored value (its column goes with it).
  for (const r of recordsOf(state, field.entityId)) delete r.uf[field.fieldName];
  ctx.changed();
  return ok(true);
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

function entityMethods(entity: string): MethodDef[] {
  const entityId = UF_ENTITY[entity] as UfEntityId;
  const base = `crm.${entity}.userfield`;
  return [
    { name: `${base}.add`, scopes: ['crm'], write: true, handler: (p, c) => add(entityId, p, c) },
    {
      name: `${base}.get`,
      scopes: ['crm'],
      write: false,
      handler: (p, c) => ok(userFieldView(findField(c.state, entityId, p), 'get', c.iso)),
    },
    { name: `${base}.list`, scopes: ['crm'], write: false, handler: (p, c) => userFieldList(entityId, p, c) },
    { name: `${base}.update`, scopes: ['crm'], write: true, handler: (p, c) => update(entityId, p, c) },
    { name: `${base}.delete`, scopes: ['crm'], write: true, handler: (p, c) => remove(entityId, p, c) },
  ];
}

export const userFieldMethods: MethodDef[] = [
  ...entityMethods('deal'),
  ...entityMethods('lead'),
  ...entityMethods('contact'),
  ...entityMethods('company'),
  ...userFieldDescribeMethods,
];
