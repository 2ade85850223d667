/**
 * User-field rules shared by the crm.*.userfield.* handlers and the seeds: the types REST can create,
 * their default SETTINGS, the label languages and the FIELD_NAME normalisation (rest-map §3).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { UfEntityId, UfLabelKey } from './state.js';
import { UF_LABEL_KEYS } from './state.js';

export const UF_ENTITY: Record<string, UfEntityId> = {
  deal: 'CRM_DEAL',
  lead: 'CRM_LEAD',
  contact: 'CRM_CONTACT',
  company: 'CRM_COMPANY',
};

/** crm.userfield.types without an app context ([Y] UserFieldProxy::getTypes; rest-map §3). */
export const UF_TYPES: ReadonlyArray<{ id: string; title: string }> = [
  { id: 'string', title: 'Строка' },
  { id: 'integer', title: 'Целое число' },
  { id: 'double', title: 'Число' },
  { id: 'boolean', title: 'Да/Нет' },
  { id: 'enumeration', title: 'Список' },
  { id: 'datetime', title: 'Дата со временем' },
  { id: 'date', title: 'Дата' },
  { id: 'money', title: 'Деньги' },
  { id: 'url', title: 'Ссылка' },
  { id: 'address', title: 'Адрес' },
  { id: 'file', title: 'Файл' },
  { id: 'employee', title: 'Привязка к сотруднику' },
  { id: 'crm_status', title: 'Привязка к справочникам CRM' },
  { id: 'iblock_section', title: 'Привязка к разделам инфоблоков' },
  { id: 'iblock_element', title: 'Привязка к элементам инфоблоков' },
  { id: 'crm', title: 'Привязка к элементам CRM' },
];

/**
 * Types whose SETTINGS UserFieldProxy::add normalises. For every other type the passed SETTINGS are
 * dropped and SHOW_FILTER is forced to N ([Y] UserFieldProxy::add default branch ~L463-479; rest-map §3).
 */
export const SETTINGS_NORMALISED = new Set([
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
  'employee',
]);

/** Default SETTINGS per type, as the list and get fixtures print them. */
export function defaultSettings(type: string): Record<string, unknown> {
  switch (type) {
    case 'string':
      return { SIZE: 20, ROWS: 1, REGEXP: '', MIN_LENGTH: 0, MAX_LENGTH: 0, DEFAULT_VALUE: '' };
    case 'integer':
      return { SIZE: 20, MIN_VALUE: 0, MAX_VALUE: 0, DEFAULT_VALUE: null };
    case 'double':
      return { PRECISION: 2, SIZE: 20, MIN_VALUE: 0, MAX_VALUE: 0, DEFAULT_VALUE: null };
    case 'boolean':
      return { DEFAULT_VALUE: 0, DISPLAY: 'CHECKBOX', LABEL: ['', ''], LABEL_CHECKBOX: '' };
    case 'enumeration':
      return { DISPLAY: 'LIST', LIST_HEIGHT: 1, CAPTION_NO_VALUE: '', SHOW_NO_VALUE: 'Y' };
    case 'date':
    case 'datetime':
      return { DEFAULT_VALUE: { VALUE: '', TYPE: 'NONE' } };
    case 'crm_status':
      return { ENTITY_TYPE: '' };
    case 'crm':
      return { LEAD: 'N', CONTACT: 'N', COMPANY: 'N', DEAL: 'N' };
    case 'file':
      return {
        SIZE: 20,
        LIST_WIDTH: 0,
        LIST_HEIGHT: 0,
        MAX_SHOW_SIZE: 0,
        MAX_ALLOWED_SIZE: 0,
        EXTENSIONS: [],
        TARGET_BLANK: 'Y',
      };
    case 'url':
      return { POPUP: 'Y', SIZE: 20, MIN_LENGTH: 0, MAX_LENGTH: 0, DEFAULT_VALUE: '', ROWS: 1 };
    case 'address':
      return { SHOW_MAP: 'Y' };
    case 'money':
      return { DEFAULT_VALUE: '' };
    default:
      return {};
  }
}

const NUMERIC_SETTINGS = new Set([
  'SIZE',
  'ROWS',
  'MIN_LENGTH',
  'MAX_LENGTH',
  'PRECISION',
  'LIST_HEIGHT',
  'LIST_WIDTH',
]);

/** SETTINGS values the type casts to integers (PrepareSettings), so "3" is stored as 3. */
export function castSetting(key: string, value: unknown): unknown {
  if (NUMERIC_SETTINGS.has(key) && (typeof value === 'string' || typeof value === 'number')) {
    const n = Number.parseInt(String(value), 10);
    return Number.isFinite(n) ? n : 0;
  }
  return value;
}

/** The languages of a cloud portal, as the userfield.get fixtures list them. */
export const PORTAL_LANGUAGES = [
  'ar',
  'br',
  'de',
  'en',
  'fr',
  'hi',
  'id',
  'in',
  'it',
  'ja',
  'kz',
  'la',
  'ms',
  'pl',
  'ru',
  'sc',
  'tc',
  'th',
  'tr',
  'ua',
  'vn',
];

/** FIELD_NAME upper-cased with UF_CRM_ forced: X → UF_CRM_X, UF_X → UF_CRM_X ([Y] UserFieldProxy::add ~L249-278). */
export function normaliseFieldName(name: string): string {
  const upper = name.toUpperCase();
  if (upper.startsWith('UF_CRM_')) return upper;
  if (upper.startsWith('UF_')) return `UF_CRM_${upper.slice(3)}`;
  return `UF_CRM_${upper}`;
}

export function md5(s: string): string {
  return createHash('md5').update(s).digest('hex');
}

/** A new list item's XML_ID when none is given: md5 of a random salt and the value (SetEnumValues). */
export function randomXmlId(value: string): string {
  return md5(randomBytes(8).toString('hex') + value);
}

export function emptyLabels(languages: readonly string[]): Record<UfLabelKey, Record<string, string>> {
  const out = {} as Record<UfLabelKey, Record<string, string>>;
  for (const key of UF_LABEL_KEYS) out[key] = Object.fromEntries(languages.map((l) => [l, '']));
  return out;
}
