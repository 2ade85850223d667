import { defineErrors, defineMessages } from '../../../core/catalogue.js';

/** `b24cfg sandbox serve|init`: help texts. */
export const SANDBOX_HELP = defineMessages({
  command: {
    ru: 'встроенный учебный портал Bitrix24 (эмулятор REST)',
    en: 'the built-in Bitrix24 sandbox portal (a REST emulator)',
  },
  seed: {
    ru: 'начальные данные: fresh (новый портал), real-shapes (новый портал с формами ответов живых порталов) или large (большой портал с данными)',
    en: 'starting data: fresh (a new portal), real-shapes (a new portal with the answer shapes of live portals) or large (a big portal with data)',
  },
  deals: { ru: 'сколько сделок создать для --seed large', en: 'how many deals --seed large creates' },
  randomSeed: { ru: 'зерно генератора данных', en: 'seed of the data generator' },
  serve: {
    ru: 'запустить песочницу на 127.0.0.1 и напечатать адрес вебхука',
    en: 'run the sandbox on 127.0.0.1 and print its webhook URL',
  },
  port: { ru: 'порт (0 — любой свободный)', en: 'port (0 picks a free one)' },
  state: {
    ru: 'файл состояния: прочитать при запуске, сохранить при остановке',
    en: 'state file: read at start, saved on stop',
  },
  latency: { ru: 'задержка каждого ответа', en: 'delay of every answer' },
  noLimits: {
    ru: 'без лимитов запросов и времени выполнения',
    en: 'no request and operating-time limits',
  },
  faults: { ru: 'доля запросов со сбоями (0–1)', en: 'share of requests that fail (0–1)' },
  faultSeed: { ru: 'зерно для сбоев', en: 'seed of the faults' },
  scopes: {
    ru: 'права вебхука через запятую (по умолчанию все)',
    en: 'webhook scopes, comma-separated (default: all)',
  },
  licence: {
    ru: 'тариф для app.info, например ru_ent250',
    en: 'plan shown by app.info, e.g. ru_ent250',
  },
  fleet: {
    ru: 'n порталов сразу, каждый на своём порту (для репетиции b24cfg fleet); адреса — строками SANDBOX_1=…',
    en: 'n portals at once, each on its own port (to rehearse b24cfg fleet); their URLs as SANDBOX_1=… lines',
  },
  init: { ru: 'записать файл состояния песочницы', en: 'write a sandbox state file' },
  handwork: {
    ru: 'сделать на песочнице то, что чек-лист поручает человеку: роботы, задачи, триггеры, обязательные поля, роли',
    en: 'do on the sandbox what the checklist asks a person to do: robots, tasks, triggers, required fields, roles',
  },
  handworkSpec: { ru: 'файл спецификации', en: 'spec file' },
  handworkState: {
    ru: 'файл состояния песочницы, к которой применена спецификация',
    en: 'state file of a sandbox the spec was applied to',
  },
  skip: {
    ru: 'оставить несделанными первые n пунктов (в порядке спецификации)',
    en: 'leave the first n items undone (in the spec’s order)',
  },
  crmExport: {
    ru: 'выгрузить архив настроек CRM песочницы, как его скачивают с портала',
    en: 'download the sandbox’s CRM settings archive, as it is downloaded from a portal',
  },
  crmExportState: { ru: 'файл состояния песочницы', en: 'sandbox state file' },
  crmExportOut: { ru: 'куда записать zip-архив', en: 'where to write the zip archive' },
  file: { ru: 'куда записать', en: 'where to write it' },
  force: { ru: 'перезаписать существующий файл', en: 'overwrite an existing file' },
});

/** What `sandbox serve|init` prints. */
export const SANDBOX_MESSAGES = defineMessages({
  listening: {
    ru: 'Песочница Bitrix24 работает на 127.0.0.1:{port}{limits}. Адрес вебхука выше; пример: b24cfg plan b24cfg.yaml --portal {url}\nОстановка: Ctrl+C{save}.',
    en: 'The Bitrix24 sandbox is listening on 127.0.0.1:{port}{limits}. The webhook URL is above; try: b24cfg plan b24cfg.yaml --portal {url}\nStop with Ctrl+C{save}.',
  },
  withoutLimits: { ru: ' (без лимитов)', en: ' (no limits)' },
  savedOnStop: { ru: '; состояние сохранится в {path}', en: '; the state will be saved to {path}' },
  listeningFleet: {
    ru: 'Порталов-песочниц: {n}, порты {ports}{limits}. Адреса выше; пример: set -a; . ./fleet.env; set +a; b24cfg fleet audit fleet.yaml\nОстановка: Ctrl+C.',
    en: '{n} sandbox portals on ports {ports}{limits}. The URLs are above; try: set -a; . ./fleet.env; set +a; b24cfg fleet audit fleet.yaml\nStop with Ctrl+C.',
  },
  stoppedFleet: {
    ru: 'Песочницы остановлены; обработано запросов: {n}.',
    en: 'The sandboxes stopped; requests served: {n}.',
  },
  fleetAndState: {
    ru: '--fleet и --state вместе не используются: у каждого портала парка своё состояние.',
    en: '--fleet and --state do not go together: each portal of the fleet has its own state.',
  },
  stopped: {
    ru: 'Песочница остановлена; обработано запросов: {n}.',
    en: 'The sandbox stopped; requests served: {n}.',
  },
  wrote: {
    ru: '{ok} Записан портал-песочница {file} (воронок: {pipelines}, сделок: {deals}, пользователей: {users}).',
    en: '{ok} Wrote the sandbox portal {file} (pipelines: {pipelines}, deals: {deals}, users: {users}).',
  },
  next: {
    ru: 'Дальше: b24cfg audit --portal sandbox:{file}',
    en: 'Next: b24cfg audit --portal sandbox:{file}',
  },
  handworkDone: {
    ru: '{ok} На песочнице {state} сделано вручную пунктов: {n}.',
    en: '{ok} Done by hand on the sandbox {state}: {n} items.',
  },
  handworkSkipped: {
    ru: 'Оставлено несделанными ({n}): {ids}',
    en: 'Left undone ({n}): {ids}',
  },
  handworkByPerson: {
    ru: 'Пунктов, которые архив не покажет (ожидание, отправка документа), — {n}: их делает человек.',
    en: '{n} items the archive cannot show (waits, sending a document) are left to a person.',
  },
  handworkNext: {
    ru: 'Дальше: b24cfg sandbox crm-export --state {state} --out configuration.zip',
    en: 'Next: b24cfg sandbox crm-export --state {state} --out configuration.zip',
  },
  crmExported: {
    ru: '{ok} Архив настроек CRM записан: {out} ({bytes} байт).',
    en: '{ok} CRM settings archive written: {out} ({bytes} bytes).',
  },
  crmExportNext: {
    ru: 'Дальше: b24cfg plan b24cfg.yaml --portal sandbox:{state} --crm-settings {out}',
    en: 'Next: b24cfg plan b24cfg.yaml --portal sandbox:{state} --crm-settings {out}',
  },
  wholeNumber: { ru: 'Нужно целое число не меньше {min}.', en: 'Use a whole number of at least {min}.' },
  seedKinds: { ru: 'Допустимо: fresh, real-shapes, large.', en: 'Use fresh, real-shapes or large.' },
  fleetSize: { ru: 'Целое число от 1 до 100.', en: 'A whole number from 1 to 100.' },
  share: { ru: 'Доля от 0 до 1, например 0.05.', en: 'A share from 0 to 1, e.g. 0.05.' },
});

export const SANDBOX_ERRORS = defineErrors({
  SANDBOX_BAD_OPTION: {
    message: { ru: 'недопустимое значение {option}: «{value}»', en: 'invalid {option} value: "{value}"' },
  },
  SANDBOX_PORT_IN_USE: {
    message: { ru: 'порт {port} уже занят', en: 'port {port} is already in use' },
    hint: {
      ru: 'Укажите другой: --port 0 выберет свободный.',
      en: 'Choose another one; --port 0 picks a free port.',
    },
  },
  SANDBOX_STATE_EXISTS: {
    message: { ru: 'файл {file} уже есть', en: '{file} already exists' },
    hint: { ru: 'Перезаписать его: {rerun} --force', en: 'Overwrite it: {rerun} --force' },
  },
});
