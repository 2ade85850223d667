import { defineMessages } from '../../core/catalogue.js';

/** Words of the `validate` report for people. */
export const VALIDATION_WORDS = defineMessages({
  error: { ru: 'ошибка', en: 'error' },
  warning: { ru: 'предупреждение', en: 'warning' },
  hint: { ru: 'подсказка:', en: 'hint:' },
  checkedOne: { ru: '{n} проверен', en: '{n} checked' },
  checkedMany: { ru: '{n} проверено', en: '{n} checked' },
});
