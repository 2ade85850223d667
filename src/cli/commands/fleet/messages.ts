import { defineErrors, defineMessages } from '../../../core/catalogue.js';
import { EXIT } from '../../../core/exit-codes.js';

/** `b24cfg fleet audit|plan|merge|validate|schema`: help texts. */
export const FLEET_HELP = defineMessages({
  command: {
    ru: 'много порталов клиентов одной командой: аудит и проверка расхождений параллельно, по шардам на CI',
    en: 'many client portals in one command: audits and drift checks side by side, sharded across CI runners',
  },
  audit: {
    ru: 'аудит каждого портала из файла парка по 33 стандартам; один общий результат',
    en: 'audit every portal of a fleet file against the 33 standards; one result for all',
  },
  plan: {
    ru: 'план каждого портала по его спецификации: что расходится; один общий результат',
    en: 'plan every portal against its spec: what drifts; one result for all',
  },
  merge: {
    ru: 'объединить результаты шардов (--format json) в один отчёт',
    en: 'merge shard results (--format json) into one report',
  },
  validate: {
    ru: 'проверить файл парка и все спецификации в нём, без порталов',
    en: 'check a fleet file and every spec it names, offline',
  },
  schema: {
    ru: 'JSON-схема файла парка (для подсказок в редакторе)',
    en: 'the fleet file’s JSON Schema (for editor completion)',
  },
  fleetFile: { ru: 'файл парка (fleet.yaml)', en: 'the fleet file (fleet.yaml)' },
  results: { ru: 'результаты шардов в JSON', en: 'shard results, JSON' },
  concurrency: {
    ru: 'сколько порталов одновременно (по умолчанию — по числу ядер и памяти)',
    en: 'how many portals at once (default: from the CPU cores and memory)',
  },
  shard: {
    ru: 'только шард i из n (1/3, 2/3, 3/3): портал всегда попадает в один и тот же по своему имени',
    en: 'only shard i of n (1/3, 2/3, 3/3): a portal always lands on the same one, by its name',
  },
  out: {
    ru: 'записать результат в файл; формат по расширению (.html .json .md .xml), «-» — на экран; можно несколько раз',
    en: 'write the result to a file, the format from its extension (.html .json .md .xml), "-" for stdout; may be repeated',
  },
  reports: {
    ru: 'сохранить полный отчёт каждого портала в эту папку (на них ссылается сводка)',
    en: 'save each portal’s full report in this folder (the dashboard links to them)',
  },
  history: {
    ru: 'папка истории запусков (по умолчанию .b24cfg/fleet-history рядом с файлом парка)',
    en: 'the folder of past runs (default: .b24cfg/fleet-history beside the fleet file)',
  },
  noHistory: {
    ru: 'не сравнивать с историей и не сохранять в неё',
    en: 'neither compare with nor save to the history',
  },
  mergeHistory: {
    ru: 'сравнить с историей в этой папке и сохранить объединённый запуск туда',
    en: 'compare with the history in this folder and keep the merged run there',
  },
  since: {
    ru: 'изменения с этого запуска или даты (2026-11-01), а не с прошлого запуска',
    en: 'changes since this run or date (2026-11-01) instead of the previous run',
  },
  minScore: {
    ru: 'код 3, если оценка портала ниже n (0–100)',
    en: 'exit 3 when a portal scores below n (0–100)',
  },
  failOn: {
    ru: 'код 3, если у портала не выполнены эти стандарты: SD-04,SD-11',
    en: 'exit 3 when a portal does not meet these standards: SD-04,SD-11',
  },
  detailedExitcode: {
    ru: 'код 2, если хоть один портал расходится со спецификацией',
    en: 'exit 2 when any portal drifts from its spec',
  },
  prune: {
    ru: 'учесть удаления, где спецификация разрешает (manage.prune)',
    en: 'count deletions where the spec allows them (manage.prune)',
  },
  allowDataLoss: {
    ru: 'учесть удаления полей со значениями',
    en: 'count deletions of fields that hold values',
  },
  timeout: { ru: 'тайм-аут одного запроса, секунд', en: 'timeout of one request, seconds' },
  deadline: {
    ru: 'предел обмена с каждым порталом, секунд: портал, не успевший к нему, получает B24_DEADLINE, остальные продолжают',
    en: 'a limit on the exchange with each portal, seconds: a portal that runs past it gets B24_DEADLINE, the rest go on',
  },
});

/** What the fleet commands print besides the result. */
export const FLEET_MESSAGES = defineMessages({
  progress: {
    ru: 'Порталы: готово {done} из {total}{failed}',
    en: 'Portals: {done} of {total} done{failed}',
  },
  progressFailed: { ru: ', не проверено {n}', en: ', {n} failed' },
  starting: {
    ru: 'Порталов: {n}{shard}, одновременно до {concurrency}…',
    en: 'Portals: {n}{shard}, up to {concurrency} at once…',
  },
  shardOf: { ru: ' (шард {index} из {count})', en: ' (shard {index} of {count})' },
  portalDone: { ru: '{mark} {name}: {what} ({done}/{total})', en: '{mark} {name}: {what} ({done}/{total})' },
  scored: { ru: 'оценка {score}', en: 'score {score}' },
  drifts: { ru: 'расходится со спецификацией', en: 'drifts from its spec' },
  inSync: { ru: 'совпадает со спецификацией', en: 'matches its spec' },
  failedWith: { ru: '{code} {message}', en: '{code} {message}' },
  saved: { ru: 'Результат сохранён: {path}', en: 'Result saved: {path}' },
  reportsSaved: {
    ru: 'Полные отчёты порталов: {dir}',
    en: 'The portals’ full reports: {dir}',
  },
  historySaved: {
    ru: 'Запуск {run} сохранён в истории: {dir}',
    en: 'Run {run} is kept in the history: {dir}',
  },
  fleetOk: { ru: '{ok} {file}: порталов {n}', en: '{ok} {file}: {n} portals' },
  noSpecs: { ru: 'Спецификаций в парке нет.', en: 'The fleet names no spec.' },
});

export const FLEET_CLI_ERRORS = defineErrors({
  FLEET_OUT_FORMAT: {
    code: 'USAGE',
    exit: EXIT.findings,
    message: {
      ru: 'не понять формат файла {file} по расширению',
      en: 'cannot tell the format of {file} from its extension',
    },
    hint: {
      ru: 'Используйте .html, .json, .md или .xml, например: --out fleet.html --out fleet.xml',
      en: 'Use .html, .json, .md or .xml, e.g. --out fleet.html --out fleet.xml',
    },
  },
});
