import type { Field } from '../spec.generated.js';
import { defineRule } from './types.js';
import { isObject, items, ptr, str } from './walk.js';

/**
 * Per field type, the SETTINGS keys a portal keeps when a field is written over REST, and how it
 * rewrites their values (docs/bitrix24/parity.md#uf-settings-rest, #uf-settings-type). A key not kept
 * is accepted by the portal and silently dropped, so the plan would never converge.
 */
const KEPT: Record<string, readonly string[]> = {
  string: ['DEFAULT_VALUE', 'ROWS'],
  integer: ['DEFAULT_VALUE'],
  double: ['DEFAULT_VALUE', 'PRECISION'],
  boolean: ['DEFAULT_VALUE', 'DISPLAY'],
  date: ['DEFAULT_VALUE'],
  datetime: ['DEFAULT_VALUE'],
  enumeration: ['DISPLAY', 'LIST_HEIGHT'],
  crm_status: ['ENTITY_TYPE'],
  crm: ['LEAD', 'CONTACT', 'COMPANY', 'DEAL'],
  iblock_element: ['IBLOCK_ID', 'DEFAULT_VALUE', 'DISPLAY', 'LIST_HEIGHT', 'ACTIVE_FILTER'],
  iblock_section: ['IBLOCK_ID', 'DEFAULT_VALUE', 'DISPLAY', 'LIST_HEIGHT', 'ACTIVE_FILTER'],
};

/** DISPLAY values a type keeps; any other is stored as the first. */
const DISPLAYS: Record<string, readonly string[]> = {
  boolean: ['CHECKBOX', 'RADIO', 'DROPDOWN'],
  enumeration: ['LIST', 'CHECKBOX', 'UI', 'DIALOG'],
  iblock_element: ['UI', 'LIST', 'CHECKBOX', 'DIALOG'],
  iblock_section: ['UI', 'LIST', 'CHECKBOX', 'DIALOG'],
};

/** The form DEFAULT_VALUE must have per type, so that the value read back equals the one written. */
function defaultFits(type: string, v: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof v === 'string';
    case 'integer':
    case 'iblock_element':
    case 'iblock_section':
      return Number.isInteger(v);
    case 'double':
      return typeof v === 'number';
    case 'boolean':
      return typeof v === 'boolean' || v === 0 || v === 1;
    case 'date':
    case 'datetime':
      return isObject(v);
    default:
      return false;
  }
}

/**
 * The part of a field's stored SETTINGS a spec can hold: the keys the type keeps over REST, in the form
 * the rule accepts, without empty values and without a date default of NONE (what export writes).
 */
export function keptSettings(type: string, stored: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of KEPT[type] ?? []) {
    const v = stored[key];
    if (v === null || v === undefined || v === '') continue;
    if (key === 'DEFAULT_VALUE' && (!defaultFits(type, v) || (isObject(v) && v.TYPE === 'NONE'))) continue;
    const displays = DISPLAYS[type];
    if (key === 'DISPLAY' && displays !== undefined && !(typeof v === 'string' && displays.includes(v)))
      continue;
    out[key] = v;
  }
  return out;
}

export const fieldSettings = defineRule<'notKept' | 'createOnly' | 'display' | 'defaultForm' | 'crmNone'>({
  meta: {
    id: 'field-settings',
    severity: 'error',
    description: {
      ru: 'в настройках поля только те ключи и значения, которые портал сохраняет для его типа',
      en: 'field settings hold only the keys and values a portal keeps for the field type',
    },
    messages: {
      notKept: {
        ru: 'портал не сохраняет настройку {key} у поля «{code}» типа {type}: через REST у этого типа остаются только {kept}',
        en: 'a portal does not keep setting {key} of field "{code}" of type {type}: over REST this type keeps only {kept}',
      },
      createOnly: {
        ru: 'настройку {key} поля «{code}» типа {type} портал сохраняет только при создании поля: изменить её потом через REST нельзя',
        en: 'a portal keeps setting {key} of field "{code}" of type {type} only when the field is created: a later change over REST is ignored',
      },
      display: {
        ru: 'у поля «{code}» типа {type} DISPLAY = {value} портал сохранит как {stored}; допустимо: {allowed}',
        en: 'for field "{code}" of type {type} a portal stores DISPLAY = {value} as {stored}; use one of: {allowed}',
      },
      defaultForm: {
        ru: 'DEFAULT_VALUE поля «{code}» типа {type} должно быть {form_ru}',
        en: 'DEFAULT_VALUE of field "{code}" of type {type} must be {form_en}',
      },
      crmNone: {
        ru: 'поле «{code}» типа crm ни к чему не привязано: портал привяжет его к лидам (LEAD = Y)',
        en: 'field "{code}" of type crm is bound to nothing: a portal binds it to leads (LEAD = Y)',
      },
    },
    hints: {
      notKept: {
        ru: 'Уберите ключ: портал ответит «успешно», но ничего не запишет, и план никогда не сойдётся.',
        en: 'Remove the key: the portal answers "success" but keeps nothing, so the plan would never converge.',
      },
      createOnly: {
        ru: 'Если поле уже есть на портале, измените значение в интерфейсе Bitrix24.',
        en: 'If the field already exists on the portal, change the value in the Bitrix24 interface.',
      },
      display: {
        ru: 'Напишите одно из допустимых значений заглавными буквами.',
        en: 'Write one of the allowed values in capitals.',
      },
      defaultForm: {
        ru: 'Портал приводит значение к своему виду, и прочитанное не совпало бы с написанным.',
        en: 'The portal converts the value to its own form, and what is read back would differ from what was written.',
      },
      crmNone: {
        ru: 'Поставьте Y хотя бы у одной сущности: LEAD, CONTACT, COMPANY или DEAL.',
        en: 'Set Y for at least one entity: LEAD, CONTACT, COMPANY or DEAL.',
      },
    },
  },
  check(ctx) {
    if (!isObject(ctx.spec.fields)) return;
    for (const [entity, list] of Object.entries(ctx.spec.fields)) {
      for (const { item: field, ptr: at } of items<Field>(list, `/fields/${entity}`)) {
        const type = str(field.type);
        const settings: unknown = field.settings;
        if (type === undefined || !isObject(settings)) continue;
        const code = str(field.code) ?? '?';
        const kept = KEPT[type] ?? [];
        const base = `${at}/settings`;
        for (const [key, value] of Object.entries(settings)) {
          const p = ptr(base, key);
          if (!kept.includes(key)) {
            ctx.report({
              messageId: 'notKept',
              data: { key, code, type, kept: kept.length > 0 ? kept.join(', ') : '—' },
              path: p,
              part: 'key',
            });
            continue;
          }
          if (key === 'DEFAULT_VALUE' && type === 'date')
            ctx.report({
              messageId: 'createOnly',
              severity: 'warning',
              data: { key, code, type },
              path: p,
              part: 'key',
            });
          if (key === 'DEFAULT_VALUE' && !defaultFits(type, value))
            ctx.report({ messageId: 'defaultForm', data: { code, type, ...formOf(type) }, path: p });
          const displays = DISPLAYS[type];
          if (key === 'DISPLAY' && displays && typeof value === 'string' && !displays.includes(value)) {
            const allowed = displays.join(', ');
            ctx.report({
              messageId: 'display',
              data: { code, type, value, stored: displays[0] ?? '', allowed },
              path: p,
            });
          }
        }
        if (type === 'crm' && ['LEAD', 'CONTACT', 'COMPANY', 'DEAL'].every((k) => settings[k] !== 'Y'))
          ctx.report({ messageId: 'crmNone', severity: 'warning', data: { code }, path: base });
      }
    }
  },
});

function formOf(type: string): { form_ru: string; form_en: string } {
  switch (type) {
    case 'string':
      return { form_ru: 'текстом', form_en: 'text' };
    case 'integer':
    case 'iblock_element':
    case 'iblock_section':
      return { form_ru: 'целым числом', form_en: 'a whole number' };
    case 'double':
      return { form_ru: 'числом', form_en: 'a number' };
    case 'boolean':
      return { form_ru: 'true или false', form_en: 'true or false' };
    default:
      return { form_ru: '{TYPE, VALUE}', form_en: '{TYPE, VALUE}' };
  }
}
