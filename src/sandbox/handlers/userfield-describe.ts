/**
 * crm.userfield.types / fields / enumeration.fields / settings.fields: what the REST proxy says about
 * user fields (docs/bitrix24/parity.md#uf-describe). settings.fields lists exactly the keys the proxy
 * passes on when a field is created or changed; a type without a branch answers an empty list.
 */
import { type MethodDef, ok } from '../context.js';
import { crmError } from '../rest-error.js';
import { UF_TYPES } from '../userfield-model.js';
import { asText, param } from '../values.js';

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

const d = (type: string, title: string) => ({ type, title });
const DISPLAY = d('string', 'Appearance');
const LIST_HEIGHT = d('int', 'List height');
const DEFAULT_VALUE = (type: string) => d(type, 'Default Value');

const IBLOCK_SETTINGS = {
  DEFAULT_VALUE: DEFAULT_VALUE('int'),
  IBLOCK_ID: d('int', 'Information block'),
  IBLOCK_TYPE_ID: d('string', 'Information block type'),
  DISPLAY,
  LIST_HEIGHT,
  ACTIVE_FILTER: d('char', 'Show active elements only'),
};

/** One entry per branch of the proxy's getSettingsFields; every other type has none. */
const SETTINGS_DESCRIPTION: Record<string, Record<string, Record<string, unknown>>> = {
  string: { DEFAULT_VALUE: DEFAULT_VALUE('string'), ROWS: d('int', 'Number of rows') },
  integer: { DEFAULT_VALUE: DEFAULT_VALUE('int') },
  double: { DEFAULT_VALUE: DEFAULT_VALUE('double'), PRECISION: d('int', 'Precision') },
  boolean: { DEFAULT_VALUE: DEFAULT_VALUE('int'), DISPLAY },
  datetime: { DEFAULT_VALUE: DEFAULT_VALUE('datetime') },
  enumeration: { DISPLAY, LIST_HEIGHT },
  iblock_section: IBLOCK_SETTINGS,
  iblock_element: IBLOCK_SETTINGS,
  crm_status: { ENTITY_TYPE: d('string', 'Directory type') },
  crm: {
    LEAD: d('char', 'Leads'),
    CONTACT: d('char', 'Contacts'),
    COMPANY: d('char', 'Companies'),
    DEAL: d('char', 'Deals'),
  },
};

export const userFieldDescribeMethods: MethodDef[] = [
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
      if (type === '') throw crmError("Parameter 'type' is not specified or empty.");
      // An unknown type is not an error: the proxy's switch falls through to an empty list.
      return ok(SETTINGS_DESCRIPTION[type] ?? []);
    },
  },
];
