/**
 * User-field rules shared by the crm.*.userfield.* handlers and the seeds: the types REST can create,
 * their default SETTINGS, the label languages and the FIELD_NAME normalisation (docs/bitrix24/parity.md#uf-add).
 */
import { createHash } from 'node:crypto';
import { initialSettings, type SettingsEnv } from './userfield-settings.js';
import type { UfEntityId, UfLabelKey } from './state.js';
import { UF_LABEL_KEYS } from './state.js';

export const UF_ENTITY: Record<string, UfEntityId> = {
  deal: 'CRM_DEAL',
  lead: 'CRM_LEAD',
  contact: 'CRM_CONTACT',
  company: 'CRM_COMPANY',
};

/** crm.userfield.types without an app context (docs/bitrix24/parity.md#uf-describe). */
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

/** Settings passed to the type classes when nothing says otherwise: the portal's entity types start with STATUS. */
const DEFAULT_ENV: SettingsEnv = { statusEntityTypes: ['STATUS'], utcOffsetMinutes: 180 };

/** The SETTINGS a field of this type gets when it is created over REST without any (or only dropped) keys. */
export function defaultSettings(type: string, env: SettingsEnv = DEFAULT_ENV): Record<string, unknown> {
  return initialSettings(type, env);
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

/** FIELD_NAME upper-cased with UF_CRM_ forced: X → UF_CRM_X, UF_X → UF_CRM_X (docs/bitrix24/parity.md#uf-add). */
export function normaliseFieldName(name: string): string {
  const upper = name.toUpperCase();
  if (upper.startsWith('UF_CRM_')) return upper;
  if (upper.startsWith('UF_')) return `UF_CRM_${upper.slice(3)}`;
  return `UF_CRM_${upper}`;
}

export function md5(s: string): string {
  return createHash('md5').update(s).digest('hex');
}

export function emptyLabels(languages: readonly string[]): Record<UfLabelKey, Record<string, string>> {
  const out = {} as Record<UfLabelKey, Record<string, string>>;
  for (const key of UF_LABEL_KEYS) out[key] = Object.fromEntries(languages.map((l) => [l, '']));
  return out;
}
