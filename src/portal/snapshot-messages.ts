import { defineMessages } from '../core/catalogue.js';

/**
 * Why a snapshot file stops being JSON (src/portal/snapshot-json.ts), for SNAPSHOT_WHY.badJson; the error's
 * place (file:line:col) says where.
 */
export const JSON_SYNTAX = defineMessages({
  endsEarly: {
    ru: 'файл обрывается',
    en: 'the file ends too early',
  },
  objectExpected: {
    ru: 'ожидалось «{»',
    en: '“{” expected',
  },
  listExpected: {
    ru: 'ожидалось «[»',
    en: '“[” expected',
  },
  colonExpected: {
    ru: 'ожидалось «:»',
    en: '“:” expected',
  },
  keyExpected: {
    ru: 'ожидался ключ в кавычках',
    en: 'a key in quotes expected',
  },
  commaOrBrace: {
    ru: 'ожидалось «,» или «}»',
    en: '“,” or “}” expected',
  },
  commaOrBracket: {
    ru: 'ожидалось «,» или «]»',
    en: '“,” or “]” expected',
  },
  valueExpected: {
    ru: 'ожидалось значение',
    en: 'a value expected',
  },
  badNumber: {
    ru: 'неверное число',
    en: 'a malformed number',
  },
  badString: {
    ru: 'неверная строка: управляющий символ или escape-последовательность',
    en: 'a malformed string: a control character or a bad escape',
  },
  trailingText: {
    ru: 'текст после конца JSON',
    en: 'text after the end of the JSON',
  },
});

export type JsonSyntaxReason = keyof typeof JSON_SYNTAX;
