import { defineErrors } from './catalogue.js';
import { EXIT } from './exit-codes.js';

/** Errors raised by core itself. */
export const CORE_ERRORS = defineErrors({
  INTERNAL: {
    exit: EXIT.internal,
    message: { ru: 'внутренняя ошибка: {message}', en: 'internal error: {message}' },
    hint: {
      ru: 'Это ошибка b24cfg. Запустите с B24CFG_DEBUG=1 и приложите вывод к сообщению об ошибке.',
      en: 'This is a bug in b24cfg. Run with B24CFG_DEBUG=1 and attach the output to a bug report.',
    },
  },
  INTERRUPTED: {
    exit: EXIT.interrupted,
    message: { ru: 'прервано сигналом {signal}', en: 'interrupted by {signal}' },
  },
});
