import { defineMessages } from '../../../core/catalogue.js';

/** `b24cfg schema`: help texts. */
export const SCHEMA_HELP = defineMessages({
  command: {
    ru: 'вывести JSON-схему спецификации (для подсказок в редакторе)',
    en: 'print the JSON Schema of the spec (for editor completion)',
  },
  thenFirstLine: {
    ru: '# затем первой строкой спецификации: # yaml-language-server: $schema=./b24cfg.schema.json',
    en: '# then as the first line of the spec: # yaml-language-server: $schema=./b24cfg.schema.json',
  },
});
