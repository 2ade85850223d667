import { defineMessages } from '../core/catalogue.js';

/** Where and why a snapshot file stops being JSON (src/portal/snapshot-json.ts), for SNAPSHOT_WHY.badJson. */
export const JSON_SYNTAX = defineMessages({
  endsEarly: {
    ru: 'файл обрывается (строка {line}, столбец {col})',
    en: 'the file ends too early (line {line}, column {col})',
  },
  objectExpected: {
    ru: 'ожидалось «{» (строка {line}, столбец {col})',
    en: '“{” expected (line {line}, column {col})',
  },
  listExpected: {
    ru: 'ожидалось «[» (строка {line}, столбец {col})',
    en: '“[” expected (line {line}, column {col})',
  },
  colonExpected: {
    ru: 'ожидалось «:» (строка {line}, столбец {col})',
    en: '“:” expected (line {line}, column {col})',
  },
  keyExpected: {
    ru: 'ожидался ключ в кавычках (строка {line}, столбец {col})',
    en: 'a key in quotes expected (line {line}, column {col})',
  },
  commaOrBrace: {
    ru: 'ожидалось «,» или «}» (строка {line}, столбец {col})',
    en: '“,” or “}” expected (line {line}, column {col})',
  },
  commaOrBracket: {
    ru: 'ожидалось «,» или «]» (строка {line}, столбец {col})',
    en: '“,” or “]” expected (line {line}, column {col})',
  },
  valueExpected: {
    ru: 'ожидалось значение (строка {line}, столбец {col})',
    en: 'a value expected (line {line}, column {col})',
  },
  badNumber: {
    ru: 'неверное число (строка {line}, столбец {col})',
    en: 'a malformed number (line {line}, column {col})',
  },
  badString: {
    ru: 'неверная строка: управляющий символ или escape-последовательность (строка {line}, столбец {col})',
    en: 'a malformed string: a control character or a bad escape (line {line}, column {col})',
  },
  trailingText: {
    ru: 'текст после конца JSON (строка {line}, столбец {col})',
    en: 'text after the end of the JSON (line {line}, column {col})',
  },
});

export type JsonSyntaxReason = keyof typeof JSON_SYNTAX;
