import { defineErrors, defineMessages } from '../core/catalogue.js';
import { EXIT } from '../core/exit-codes.js';

export const PAGING_ERRORS = defineErrors({
  B24_PAGE_CAP: {
    exit: EXIT.budget,
    message: {
      ru: '{method}: прочитано {pages} страниц, а список не кончился — чтение остановлено',
      en: '{method}: {pages} pages read and the list has not ended — reading stopped',
    },
    hint: {
      ru: 'Сузьте выборку фильтром или поднимите предел страниц; так b24cfg защищается от бесконечного чтения.',
      en: 'Narrow the query with a filter or raise the page cap; the cap protects against endless scans.',
    },
  },
});

/**
 * WEBHOOK_URL_INVALID: one message per problem with the URL, all with the same hint
 * (`WEBHOOK_URL_HINT`), so the code names the problem by id.
 */
export const WEBHOOK_URL_PROBLEMS = defineMessages({
  notUrl: {
    ru: 'адрес вебхука не подходит: это не URL',
    en: 'the webhook URL is not usable: not a URL',
  },
  httpsRequired: {
    ru: 'адрес вебхука не подходит: нужен https:// (http разрешён только для локальной песочницы 127.0.0.1/localhost)',
    en: 'the webhook URL is not usable: https:// is required (plain http is allowed only for the local sandbox on 127.0.0.1/localhost)',
  },
  badPath: {
    ru: 'адрес вебхука не подходит: путь должен быть /rest/<id>/<секрет>/',
    en: 'the webhook URL is not usable: the path must be /rest/<id>/<secret>/',
  },
  userIdNotNumber: {
    ru: 'адрес вебхука не подходит: id пользователя не число',
    en: 'the webhook URL is not usable: the user id is not a number',
  },
});

export const WEBHOOK_URL_HINT = defineMessages({
  copyWholeUrl: {
    ru: 'Скопируйте адрес входящего вебхука целиком: https://<портал>/rest/<id пользователя>/<секрет>/ (Bitrix24: Разработчикам → Другое → Входящий вебхук).',
    en: 'Copy the whole inbound webhook URL: https://<portal>/rest/<user id>/<secret>/ (Bitrix24: Developer resources → Other → Inbound webhook).',
  },
});
