import { defineErrors, defineMessages } from '../core/catalogue.js';
import { EXIT } from '../core/exit-codes.js';

/**
 * What a user reads when the portal, the network or the webhook URL fails: one entry per error code of
 * `B24Error` (src/portal/errors.ts picks the entry by the error's category), plus the errors of the
 * webhook URL, the list pager and the answer readers.
 */
export const B24_ERRORS = defineErrors({
  B24_AUTH: {
    exit: EXIT.auth,
    message: {
      ru: 'портал не принял вебхук ({method}): {description}',
      en: 'the portal rejected the webhook ({method}): {description}',
    },
    hint: {
      ru: 'Проверьте адрес вебхука целиком (https://портал/rest/<id>/<секрет>/) и что вебхук не удалён и не отключён: Bitrix24: Разработчикам → Другое → Входящий вебхук.',
      en: 'Check the whole webhook URL (https://portal/rest/<id>/<secret>/) and that the webhook is not deleted or disabled: Bitrix24: Developer resources → Other → Inbound webhook.',
    },
  },
  B24_INSUFFICIENT_SCOPE: {
    exit: EXIT.auth,
    message: {
      ru: 'у вебхука нет права «{scope}», без него портал не выполняет {method}',
      en: 'the webhook lacks the scope "{scope}" that {method} needs',
    },
    hint: {
      ru: 'Добавьте право «{scope}» вебхуку: Bitrix24: Разработчикам → Другое → Входящий вебхук → Настройка прав, сохраните и повторите команду. Все недостающие права покажет b24cfg doctor --portal {portal}',
      en: 'Add the scope "{scope}" to the webhook: Bitrix24: Developer resources → Other → Inbound webhook → Permissions, save, and run the command again. Every missing scope: b24cfg doctor --portal {portal}',
    },
  },
  B24_ACCESS_DENIED: {
    exit: EXIT.auth,
    message: {
      ru: 'портал отказал в доступе к {method}: {description}',
      en: 'the portal denied access to {method}: {description}',
    },
    hint: {
      ru: 'Вебхук действует от имени своего пользователя: дайте этому пользователю права администратора CRM (или портала) либо создайте вебхук от имени администратора.',
      en: 'A webhook acts as its user: give that user CRM (or portal) administrator rights, or create the webhook as an administrator.',
    },
  },
  B24_LICENCE: {
    exit: EXIT.auth,
    message: {
      ru: 'тариф портала не позволяет {method}: {description}',
      en: "the portal's plan does not allow {method}: {description}",
    },
    hint: {
      ru: 'Проверьте тариф портала (REST доступен не на всех тарифах, число воронок ограничено тарифом). Тариф покажет b24cfg doctor --portal {portal}',
      en: "Check the portal's plan (REST is not available on every plan; the number of pipelines is limited by plan). The plan: b24cfg doctor --portal {portal}",
    },
  },
  B24_METHOD_NOT_FOUND: {
    exit: EXIT.findings,
    message: {
      ru: 'на портале нет метода {method}',
      en: 'the portal has no method {method}',
    },
    hint: {
      ru: 'Модуль не установлен или недоступен на этом тарифе. Какие методы есть, покажет b24cfg doctor --portal {portal}',
      en: 'The module is not installed or not available on this plan. Which methods exist: b24cfg doctor --portal {portal}',
    },
  },
  B24_NOT_FOUND: {
    exit: EXIT.findings,
    message: {
      ru: '{method}: объект не найден на портале ({description})',
      en: '{method}: the object was not found on the portal ({description})',
    },
    hint: {
      ru: 'Портал изменился с момента чтения. Запустите `b24cfg plan` ещё раз.',
      en: 'The portal changed since it was read. Run `b24cfg plan` again.',
    },
  },
  B24_REJECTED: {
    exit: EXIT.findings,
    message: {
      ru: 'портал отклонил {method}: {description}',
      en: 'the portal rejected {method}: {description}',
    },
    hint: {
      ru: 'Проверьте значения в спецификации, к которым относится этот вызов (`b24cfg validate`).',
      en: 'Check the spec values this call was built from (`b24cfg validate`).',
    },
  },
  B24_RATE_LIMIT: {
    exit: EXIT.budget,
    message: {
      ru: 'портал ограничил частоту запросов (QUERY_LIMIT_EXCEEDED) на {method}, повторы не помогли',
      en: 'the portal throttled requests (QUERY_LIMIT_EXCEEDED) on {method} and retries did not help',
    },
    hint: {
      ru: 'Лимит общий для всех, кто обращается к порталу с этого IP. Подождите минуту и повторите; прерванное применение продолжит `b24cfg apply --resume`.',
      en: 'The limit is shared by everyone calling the portal from this IP. Wait a minute and run again; an interrupted apply continues with `b24cfg apply --resume`.',
    },
  },
  B24_OPERATION_LIMIT: {
    exit: EXIT.budget,
    message: {
      ru: 'метод {method} временно заблокирован: исчерпан лимит времени выполнения (OPERATION_TIME_LIMIT)',
      en: 'method {method} is blocked for now: its execution-time budget is used up (OPERATION_TIME_LIMIT)',
    },
    hint: {
      ru: 'Портал снимет блокировку примерно через {waitSeconds} с. Повторите позже; прерванное применение продолжит `b24cfg apply --resume`.',
      en: 'The portal lifts the block in about {waitSeconds} s. Run again later; an interrupted apply continues with `b24cfg apply --resume`.',
    },
  },
  B24_OVERLOAD: {
    exit: EXIT.budget,
    message: {
      ru: 'портал заблокировал запросы этого вебхука (OVERLOAD_LIMIT) на {method}',
      en: 'the portal has blocked requests from this webhook (OVERLOAD_LIMIT) on {method}',
    },
    hint: {
      ru: 'Это ручная блокировка на стороне Bitrix24, повторы её не снимут. Обратитесь в поддержку Bitrix24.',
      en: 'This is a manual block on the Bitrix24 side; retrying will not lift it. Contact Bitrix24 support.',
    },
  },
  B24_SERVER_ERROR: {
    exit: EXIT.budget,
    message: {
      ru: 'ошибка на стороне портала при {method} (HTTP {status}): {description}',
      en: 'the portal failed on {method} (HTTP {status}): {description}',
    },
    hint: {
      ru: 'Повторите команду через несколько минут.',
      en: 'Run the command again in a few minutes.',
    },
  },
  B24_NETWORK: {
    exit: EXIT.budget,
    message: {
      ru: 'нет связи с порталом {host} ({method}): {description}',
      en: 'cannot reach the portal {host} ({method}): {description}',
    },
    hint: {
      ru: 'Проверьте адрес портала на опечатки и доступ в интернет (прокси, VPN) и повторите команду; прерванное применение напечатает команду, которая его продолжит.',
      en: 'Check the portal address for typos and the network connection (proxy, VPN), then run the command again; an interrupted apply prints the command that continues it.',
    },
  },
  B24_TIMEOUT: {
    exit: EXIT.budget,
    message: {
      ru: 'портал {host} не ответил на {method} вовремя: {description}',
      en: 'the portal {host} did not answer {method} in time: {description}',
    },
    hint: {
      ru: 'Повторите команду (для медленного портала — с большим --timeout); прерванное применение напечатает команду, которая его продолжит.',
      en: 'Run the command again (for a slow portal with a larger --timeout); an interrupted apply prints the command that continues it.',
    },
  },
  B24_DEADLINE: {
    exit: EXIT.budget,
    message: {
      ru: 'команда не уложилась в --deadline {seconds} с: остановлена на {method}, дальше ничего не отправлялось',
      en: 'the command ran past --deadline {seconds} s: stopped at {method}, nothing more was sent',
    },
    hint: {
      ru: 'Повторите команду позже или с большим --deadline; прерванное применение напечатает команду, которая его продолжит.',
      en: 'Run the command again later or with a larger --deadline; an interrupted apply prints the command that continues it.',
    },
  },
  B24_UNKNOWN_OUTCOME: {
    exit: EXIT.partial,
    message: {
      ru: 'неизвестно, выполнил ли портал {method}: {description}',
      en: 'unknown whether the portal executed {method}: {description}',
    },
    hint: {
      ru: 'b24cfg не повторяет изменения вслепую, чтобы не создать дубликаты. Запустите `b24cfg plan` (или `b24cfg apply --resume`): портал будет перечитан и станет видно, что уже сделано.',
      en: 'b24cfg never repeats a change blindly, so nothing gets duplicated. Run `b24cfg plan` (or `b24cfg apply --resume`): the portal is read again and shows what was done.',
    },
  },
  B24_NOT_REST_ENDPOINT: {
    exit: EXIT.findings,
    message: {
      ru: 'по этому адресу не REST Bitrix24 ({host}): на {method} пришло HTTP {status}, {description}',
      en: 'this URL is not a Bitrix24 REST endpoint ({host}): {method} got HTTP {status}, {description}',
    },
    hint: {
      ru: 'Нужен адрес входящего вебхука целиком: https://<портал>/rest/<id пользователя>/<секрет>/ (Bitrix24: Разработчикам → Другое → Входящий вебхук). Страница входа или чужой сервер по этому адресу значат, что адрес неверен.',
      en: 'Use the whole inbound webhook URL: https://<portal>/rest/<user id>/<secret>/ (Bitrix24: Developer resources → Other → Inbound webhook). A login page or another server at this address means the URL is wrong.',
    },
  },
  B24_MALFORMED_RESPONSE: {
    exit: EXIT.findings,
    message: {
      ru: 'портал ответил на {method} не так, как документировано (HTTP {status}): {description}',
      en: 'the portal answered {method} in an undocumented way (HTTP {status}): {description}',
    },
    hint: {
      ru: 'Ничего не изменено по этому ответу. Повторите команду; если ошибка повторяется, проверьте вебхук: b24cfg doctor --portal {portal}',
      en: 'Nothing was done with this answer. Run the command again; if it repeats, check the webhook: b24cfg doctor --portal {portal}',
    },
  },
});

/**
 * B24_NETWORK when the failure is the proxy's (refused, not found, no tunnel: src/portal/http-wire.ts): the
 * message names the proxy and the variable it came from, the hint checks the portal without it. `{portal}`
 * is filled by the CLI.
 */
export const PROXY_ERRORS = defineErrors({
  proxyFailed: {
    code: 'B24_NETWORK',
    exit: EXIT.budget,
    message: {
      ru: 'запрос к порталу {host} не прошёл через прокси {proxy} из переменной {variable} ({method}): {description}',
      en: 'the request to the portal {host} did not get through the proxy {proxy} from {variable} ({method}): {description}',
    },
    hint: {
      ru: 'Проверьте прокси в {variable}: адрес, что он работает и пропускает соединения с порталом. Проверить портал без прокси: no_proxy={host} b24cfg doctor --portal {portal}',
      en: 'Check the proxy in {variable}: its address, that it is running and lets connections to the portal through. To check the portal without the proxy: no_proxy={host} b24cfg doctor --portal {portal}',
    },
  },
  proxyNotUrl: {
    code: 'B24_NETWORK',
    exit: EXIT.findings,
    message: {
      ru: 'адрес прокси в переменной {variable} не URL, запрос к порталу {host} не отправлен ({method})',
      en: 'the proxy address in {variable} is not a URL, so nothing was sent to the portal {host} ({method})',
    },
    hint: {
      ru: 'Исправьте {variable} (http://хост:порт) или уберите её. Проверить портал без прокси: no_proxy={host} b24cfg doctor --portal {portal}',
      en: 'Fix {variable} (http://host:port) or unset it. To check the portal without the proxy: no_proxy={host} b24cfg doctor --portal {portal}',
    },
  },
});

/** A command needs scopes the webhook lacks (app.info SCOPE, checked before anything is written). */
export const SCOPE_ERRORS = defineErrors({
  missingScopes: {
    code: 'B24_INSUFFICIENT_SCOPE',
    exit: EXIT.auth,
    message: {
      ru: 'у вебхука нет прав, без которых не работает b24cfg {command}: {scopes}',
      en: 'the webhook lacks scopes that b24cfg {command} needs: {scopes}',
    },
    hint: {
      ru: 'Добавьте их вебхуку: Bitrix24: Разработчикам → Другое → Входящий вебхук → Настройка прав, сохраните и проверьте: b24cfg doctor --portal {portal}',
      en: 'Add them to the webhook: Bitrix24: Developer resources → Other → Inbound webhook → Permissions, save, and check: b24cfg doctor --portal {portal}',
    },
  },
});

/** Hints that replace a category's own in special cases (see `B24Error`). */
export const B24_HINTS = defineMessages({
  /** Bizproc template writes, triggers: only applications may call them. */
  appContextOnly: {
    ru: 'Этот метод доступен только приложениям, а не вебхукам; b24cfg помечает такие пункты как ручные.',
    en: 'Only applications, not webhooks, may call this method; b24cfg treats such items as manual.',
  },
  /** insufficient_scope on a method whose scope we do not know. */
  someScopeMissing: {
    ru: 'Добавьте вебхуку нужное право: Bitrix24: Разработчикам → Другое → Входящий вебхук → Настройка прав. Каких прав не хватает, покажет b24cfg doctor --portal {portal}',
    en: 'Add the missing scope to the webhook: Bitrix24: Developer resources → Other → Inbound webhook → Permissions. Which scopes are missing: b24cfg doctor --portal {portal}',
  },
});

/** A reader met an answer of the wrong shape (src/portal/malformed.ts). */
export const SHAPE_ERRORS = defineErrors({
  B24_MALFORMED_RESPONSE: {
    exit: EXIT.findings,
    message: {
      ru: 'портал вернул ответ неожиданной формы на {method}: {what}',
      en: 'the portal answered {method} in an unexpected shape: {what}',
    },
    hint: {
      ru: 'Ничего не изменено. Повторите команду; если ошибка повторяется, проверьте вебхук (b24cfg doctor --portal {portal}) и сообщите о ней.',
      en: 'Nothing was changed. Run the command again; if it repeats, check the webhook (b24cfg doctor --portal {portal}) and report it.',
    },
  },
});

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
