import { defineMessages } from '../../../core/catalogue.js';

/** `b24cfg validate`: help texts. */
export const VALIDATE_HELP = defineMessages({
  command: {
    ru: 'проверить спецификацию без портала: схема и смысловые правила, с файлом, строкой и колонкой',
    en: 'check a spec offline: schema and semantic rules, with file, line and column',
  },
  specs: { ru: 'файлы спецификации (YAML)', en: 'spec files (YAML)' },
});
