import { defineMessages } from '../core/catalogue.js';

/** The name of each check doctor runs. */
export const DOCTOR_TITLES = defineMessages({
  reachable: { ru: 'Связь и вебхук', en: 'Connection and webhook' },
  clock: { ru: 'Часы портала', en: 'Portal clock' },
  scopes: { ru: 'Права вебхука', en: 'Webhook scopes' },
  scope: { ru: 'Право «{scope}»', en: 'Scope "{scope}"' },
  admin: { ru: 'Администратор', en: 'Administrator' },
  licence: { ru: 'Тариф', en: 'Plan' },
  crmMode: { ru: 'Режим CRM', en: 'CRM mode' },
  method: { ru: '{method}', en: '{method}' },
});

/** What a check found. */
export const DOCTOR_FOUND = defineMessages({
  reachable: { ru: 'портал отвечает, вебхук принят', en: 'the portal answers and accepts the webhook' },
  rejected: { ru: 'портал не принял вебхук: {why}', en: 'the portal rejected the webhook: {why}' },
  unreachable: { ru: 'портал недоступен: {why}', en: 'the portal cannot be reached: {why}' },
  proxyFailed: {
    ru: 'портал недоступен через прокси {proxy} из переменной {variable}: {why}',
    en: 'the portal cannot be reached through the proxy {proxy} from {variable}: {why}',
  },
  notRestEndpoint: {
    ru: 'по этому адресу не REST Bitrix24: пришло HTTP {status}, {why}',
    en: 'this URL is not a Bitrix24 REST endpoint: it answered HTTP {status}, {why}',
  },
  noServerTime: { ru: 'server.time не ответил: {why}', en: 'server.time did not answer: {why}' },
  clock: {
    ru: 'время портала {server}, расхождение с местным {skew} с',
    en: 'portal time {server}, {skew} s from local time',
  },
  noScopeAnswer: {
    ru: 'метод scope не ответил: {why}',
    en: 'the scope method did not answer: {why}',
  },
  scopeBlocks: {
    ru: 'нет у вебхука — не смогут работать: {commands}',
    en: 'missing — these commands cannot run: {commands}',
  },
  scopeDegrades: {
    ru: 'нет у вебхука — будет пропущена часть: {commands}',
    en: 'missing — part of these is skipped: {commands}',
  },
  allScopes: { ru: 'все нужные есть: {scopes}', en: 'all needed are present: {scopes}' },
  couldNotTell: { ru: 'не удалось узнать: {why}', en: 'could not tell: {why}' },
  admin: { ru: 'вебхук действует от администратора', en: 'the webhook acts as an administrator' },
  notAdmin: {
    ru: 'пользователь вебхука не администратор — apply не сможет создавать воронки и поля',
    en: "the webhook's user is not an administrator — apply cannot create pipelines and fields",
  },
  noLicence: { ru: 'app.info не назвал тариф: {why}', en: 'app.info did not name the plan: {why}' },
  licence: {
    ru: '{license} — лимит запросов: {burst} сразу, затем {rate} в секунду',
    en: '{license} — request limit: {burst} burst, then {rate} per second',
  },
  classicMode: { ru: 'классический: лиды включены', en: 'classic: leads are on' },
  simpleMode: { ru: 'простой: без лидов', en: 'simple: no leads' },
  methodPresent: { ru: 'есть — {enables}', en: 'present — {enables}' },
  methodUnavailable: {
    ru: 'есть, но вебхуку недоступен — {enables}',
    en: 'present but not available to the webhook — {enables}',
  },
  methodMissing: {
    ru: 'нет на портале — не будет работать: {enables}',
    en: 'not on this portal — this will not work: {enables}',
  },
  noMethodAnswer: { ru: 'method.get не ответил: {why}', en: 'method.get did not answer: {why}' },
});

/** What to do about a check that did not pass. */
export const DOCTOR_FIXES = defineMessages({
  localDeadlines: {
    ru: 'Сроки «просрочено» в аудите будут считаться по местному времени.',
    en: 'Audit deadlines will be judged by local time.',
  },
  clock: {
    ru: 'Сверьте часы этой машины (NTP). b24cfg считает сроки по времени портала, но отметки в отчётах будут расходиться.',
    en: "Check this machine's clock (NTP). b24cfg judges deadlines by portal time, but report stamps will disagree.",
  },
  checkScopes: {
    ru: 'Проверьте права вебхука вручную: {permissions}.',
    en: 'Check the webhook scopes by hand: {permissions}.',
  },
  addScope: {
    ru: 'Добавьте право «{scope}» вебхуку: {permissions}.',
    en: 'Add the scope "{scope}" to the webhook: {permissions}.',
  },
  webhookPermissions: {
    ru: 'Bitrix24: Разработчикам → Другое → Входящий вебхук → Настройка прав',
    en: 'Bitrix24: Developer resources → Other → Inbound webhook → Permissions',
  },
  adminCreatedIt: {
    ru: 'Убедитесь, что вебхук создан администратором портала: без этого apply не сможет менять настройки CRM.',
    en: 'Make sure a portal administrator created the webhook: otherwise apply cannot change CRM settings.',
  },
  makeAdmin: {
    ru: 'Создайте вебхук от имени администратора портала или выдайте права этому пользователю.',
    en: 'Create the webhook as a portal administrator, or make its user one.',
  },
  standardLimits: {
    ru: 'Лимиты запросов будут стандартными (50 сразу, 2 в секунду); для Enterprise укажите --tier enterprise.',
    en: 'Standard request limits will be used (50 burst, 2 per second); for Enterprise pass --tier enterprise.',
  },
  crmScope: { ru: 'Проверьте право «crm» у вебхука.', en: 'Check that the webhook has the "crm" scope.' },
  needsScope: { ru: 'Нужно право «{scope}» (см. выше).', en: 'It needs the scope "{scope}" (see above).' },
  userRights: {
    ru: 'Проверьте права пользователя вебхука и тариф.',
    en: "Check the webhook user's rights and the plan.",
  },
  noModule: {
    ru: 'Модуль не установлен или недоступен на тарифе; такие разделы спецификации b24cfg пропустит.',
    en: 'The module is not installed or not on this plan; b24cfg skips those spec sections.',
  },
  later: { ru: 'Повторите doctor позже.', en: 'Run doctor again later.' },
});

/** What each key method makes possible (KEY_METHODS in checks.ts). */
export const DOCTOR_ENABLES = defineMessages({
  pipelines: { ru: 'воронки', en: 'pipelines' },
  statuses: { ru: 'стадии, причины отказа, справочники', en: 'stages, loss reasons, dictionaries' },
  userFields: { ru: 'пользовательские поля', en: 'user fields' },
  openLines: { ru: 'открытые линии', en: 'open lines' },
  documents: { ru: 'шаблоны документов', en: 'document templates' },
  departments: { ru: 'руководители отделов', en: 'department heads' },
  tasks: { ru: 'аудит задач', en: 'task audit' },
  activities: { ru: 'аудит дел', en: 'activity audit' },
  stageHistory: { ru: 'аудит проигранных сделок', en: 'lost-deal audit' },
  calls: { ru: 'аудит звонков', en: 'call audit' },
});

/** The table's last line. */
export const DOCTOR_SUMMARY = defineMessages({
  allGood: { ru: 'Всё в порядке.', en: 'All good.' },
  summary: { ru: 'Итог: {fails}, {warns}.', en: 'Summary: {fails}, {warns}.' },
});
