import type { Text } from '../core/i18n.js';
import type { ProblemMeta } from './problem.js';

export type SchemaMessageId =
  | 'unknownKey'
  | 'unknownKeySuggest'
  | 'type'
  | 'required'
  | 'enum'
  | 'enumSuggest'
  | 'const'
  | 'pattern'
  | 'format'
  | 'empty'
  | 'minLength'
  | 'maxLength'
  | 'minimum'
  | 'maximum'
  | 'minItems'
  | 'propertyName'
  | 'noVariant'
  | 'other';

/** Messages for JSON Schema violations (src/spec/spec.schema.json), in our words rather than ajv's. */
export const schemaMeta: ProblemMeta<SchemaMessageId> = {
  id: 'schema',
  severity: 'error',
  description: {
    ru: 'спецификация соответствует JSON-схеме (b24cfg schema)',
    en: 'the spec matches the JSON Schema (b24cfg schema)',
  },
  messages: {
    unknownKey: { ru: 'неизвестный ключ «{key}»', en: 'unknown key "{key}"' },
    unknownKeySuggest: {
      ru: 'неизвестный ключ «{key}» — возможно, имелся в виду «{suggestion}»?',
      en: 'unknown key "{key}" — did you mean "{suggestion}"?',
    },
    type: {
      ru: 'ожидается {expected_ru}, а здесь {actual_ru}',
      en: 'expected {expected_en}, found {actual_en}',
    },
    required: { ru: 'не хватает обязательного ключа «{key}»', en: 'missing required key "{key}"' },
    enum: {
      ru: 'недопустимое значение «{value}»; допустимо: {allowed}',
      en: 'value "{value}" is not allowed; use one of: {allowed}',
    },
    enumSuggest: {
      ru: 'недопустимое значение «{value}» — возможно, «{suggestion}»? Допустимо: {allowed}',
      en: 'value "{value}" is not allowed — did you mean "{suggestion}"? Use one of: {allowed}',
    },
    const: { ru: 'здесь должно быть {expected}, а не {value}', en: 'this must be {expected}, not {value}' },
    pattern: {
      ru: 'значение «{value}» не подходит по формату ({pattern})',
      en: 'value "{value}" does not have the expected form ({pattern})',
    },
    format: { ru: '«{value}» — не {format}', en: '"{value}" is not a valid {format}' },
    empty: { ru: 'значение не может быть пустым', en: 'the value must not be empty' },
    minLength: {
      ru: 'слишком короткое значение: нужно не меньше {limit} символов',
      en: 'too short: at least {limit} characters are needed',
    },
    maxLength: {
      ru: 'слишком длинное значение: {length} символов, можно не больше {limit}',
      en: 'too long: {length} characters, at most {limit} allowed',
    },
    minimum: { ru: 'число должно быть не меньше {limit}', en: 'the number must be at least {limit}' },
    maximum: { ru: 'число должно быть не больше {limit}', en: 'the number must be at most {limit}' },
    minItems: {
      ru: 'в списке должно быть не меньше {limit} элементов',
      en: 'the list needs at least {limit} items',
    },
    propertyName: { ru: 'недопустимое имя ключа «{key}»', en: 'key "{key}" is not allowed here' },
    noVariant: {
      ru: 'значение не подходит ни под один вариант: ожидается {expected_ru}, а здесь {actual_ru}',
      en: 'the value matches none of the allowed forms: expected {expected_en}, found {actual_en}',
    },
    other: {
      ru: 'значение не соответствует схеме: {detail}',
      en: 'the value does not match the schema: {detail}',
    },
  },
  hints: {
    unknownKey: {
      ru: 'Здесь допустимы ключи: {allowed}.',
      en: 'Keys allowed here: {allowed}.',
    },
    unknownKeySuggest: {
      ru: 'Здесь допустимы ключи: {allowed}.',
      en: 'Keys allowed here: {allowed}.',
    },
    format: {
      ru: 'Даты пишутся как ГГГГ-ММ-ДД, например 2026-12-01.',
      en: 'Write dates as YYYY-MM-DD, e.g. 2026-12-01.',
    },
  },
};

export const TYPE_NAMES: Record<string, Text> = {
  string: { ru: 'строка', en: 'a string' },
  integer: { ru: 'целое число', en: 'an integer' },
  number: { ru: 'число', en: 'a number' },
  boolean: { ru: 'true/false', en: 'true/false' },
  object: { ru: 'словарь (ключ: значение)', en: 'a mapping (key: value)' },
  array: { ru: 'список', en: 'a list' },
  null: { ru: 'пустое значение', en: 'an empty value' },
};

export function jsonTypeOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}
