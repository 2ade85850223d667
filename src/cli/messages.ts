import { defineErrors, defineMessages } from '../core/catalogue.js';
import { EXIT } from '../core/exit-codes.js';

/** Help texts shared by the program and every command. */
export const CLI_HELP = defineMessages({
  program: {
    ru: 'Отдел продаж Bitrix24 как код: проверка спецификации, план изменений, применение и аудит по 33 стандартам.',
    en: 'A Bitrix24 sales department as code: validate a spec, plan changes, apply them and audit against 33 standards.',
  },
  version: { ru: 'показать версию', en: 'print the version' },
  format: { ru: 'формат вывода', en: 'output format' },
  lang: { ru: 'язык сообщений', en: 'message language' },
  noColor: { ru: 'без цвета', en: 'no colours' },
  quiet: { ru: 'только результат и ошибки', en: 'print only the result and errors' },
  verbose: {
    ru: 'подробности (в том числе список запросов к порталу)',
    en: 'more detail (incl. every portal request)',
  },
  help: { ru: 'показать справку', en: 'show help' },
  helpCommand: { ru: 'справка по команде', en: 'help for a command' },
  exitCodes: {
    ru: '\nКоды выхода: 0 ок · 1 ошибки проверки/находки · 2 есть изменения · 3 порог аудита не пройден · 4 частичное применение · 5 доступ/права · 6 исчерпан лимит · 7 план устарел · 70 внутренняя ошибка · 130 прервано (Ctrl-C, SIGTERM)\n',
    en: '\nExit codes: 0 ok · 1 validation errors/findings · 2 changes present · 3 audit gate failed · 4 partial apply · 5 auth/scope · 6 rate budget exhausted · 7 stale plan · 70 internal error · 130 interrupted (Ctrl-C, SIGTERM)\n',
  },
  examples: { ru: 'Примеры:', en: 'Examples:' },
  portal: {
    ru: 'портал: адрес вебхука, имя профиля, sandbox или sandbox:<файл>; без него — B24_WEBHOOK_URL',
    en: 'portal: webhook URL, profile name, sandbox or sandbox:<file>; default B24_WEBHOOK_URL',
  },
  tier: {
    ru: 'лимиты запросов тарифа (auto — узнать у портала)',
    en: "the plan's request limits (auto: ask the portal)",
  },
  timeout: {
    ru: 'сколько может длиться один запрос к порталу вместе с получением всего ответа, секунд (по умолчанию 65)',
    en: 'how long one request to the portal may take, its whole answer included, seconds (default 65)',
  },
  deadline: {
    ru: 'сколько может длиться вся работа команды с порталом, секунд (по умолчанию без предела)',
    en: "how long the command's whole exchange with the portal may take, seconds (default: no limit)",
  },
  root: {
    ru: 'папка проекта: extends, ${file:…} и файлы документов читаются только внутри неё (по умолчанию — репозиторий спецификации)',
    en: "the project folder: extends, ${file:…} and document files are read only inside it (default: the spec's repository)",
  },
});

/** Notes any command may print on stderr. */
export const CLI_MESSAGES = defineMessages({
  portalBlockedMethod: {
    ru: 'Портал временно ограничил метод, ждём {s} с…',
    en: 'The portal blocked a method for now, waiting {s} s…',
  },
  waitingToRetry: {
    ru: 'Портал не ответил как следует, повторим запрос через {s} с…',
    en: 'The portal did not answer properly; trying again in {s} s…',
  },
  waitingForProxy: {
    ru: 'Прокси не пропустил запрос к порталу, повторим через {s} с…',
    en: 'The proxy did not let the request through; trying again in {s} s…',
  },
  waitingForRateLimit: {
    ru: 'Ждём лимит запросов портала: {s} с…',
    en: "Waiting for the portal's request limit: {s} s…",
  },
  specWarnings: {
    ru: 'В спецификации предупреждений: {n} (подробно: b24cfg validate {path}).',
    en: 'The spec has {n} warning(s) (details: b24cfg validate {path}).',
  },
  portalNotTouched: { ru: 'портал не тронут', en: 'the portal was not touched' },
});

export const CLI_ERRORS = defineErrors({
  USAGE_BAD_FORMAT: {
    exit: EXIT.findings,
    message: { ru: 'неизвестный формат вывода «{format}»', en: 'unknown output format "{format}"' },
    hint: { ru: 'Допустимо: {list}.', en: 'Use one of: {list}.' },
  },
  USAGE_BAD_LANG: {
    message: { ru: 'неизвестный язык «{lang}»', en: 'unknown language "{lang}"' },
    hint: { ru: 'Допустимо: ru, en.', en: 'Use ru or en.' },
  },
  USAGE_FORMAT_NOT_SUPPORTED: {
    message: {
      ru: 'эта команда не выводит формат «{format}»',
      en: 'this command does not produce the "{format}" format',
    },
    hint: { ru: 'Допустимо: {list}.', en: 'Use one of: {list}.' },
  },
  badSeconds: {
    code: 'USAGE',
    exit: EXIT.findings,
    message: { ru: 'недопустимое значение {option}: {value}', en: 'invalid {option} value: {value}' },
    hint: {
      ru: 'Число секунд от 1 до {max}, например {option} 90.',
      en: 'A number of seconds, 1 to {max}, e.g. {option} 90.',
    },
  },
  SPEC_INVALID: {
    exit: EXIT.findings,
    message: { ru: 'спецификация содержит ошибки — {what}', en: 'the spec has errors; {what}' },
    hint: {
      ru: 'Исправьте ошибки выше (b24cfg validate {path}).',
      en: 'Fix the errors above (b24cfg validate {path}).',
    },
  },
  OUT_EXISTS: {
    exit: EXIT.findings,
    message: {
      ru: 'файл «{file}» уже есть; без --force b24cfg его не перезаписывает',
      en: 'the file "{file}" already exists; b24cfg does not overwrite it without --force',
    },
    hint: {
      ru: 'Укажите другой --out или перезапишите: {rerun} --force',
      en: 'Choose another --out, or overwrite it: {rerun} --force',
    },
  },
  OUT_IS_INPUT: {
    exit: EXIT.findings,
    message: {
      ru: '«{file}» — файл, который эта команда читает; записать в него её же результат нельзя',
      en: '"{file}" is a file this command reads; its output cannot go over it',
    },
    hint: {
      ru: 'Укажите для --out другой файл.',
      en: 'Give --out another file.',
    },
  },
  USAGE: {
    exit: EXIT.findings,
    message: { ru: '{detail}', en: '{detail}' },
    hint: { ru: 'Справка: b24cfg <команда> --help', en: 'See: b24cfg <command> --help' },
  },
});

/**
 * A file the system refused (Node's EACCES, ENOSPC …), in words instead of the raw code; exit 1, not an
 * internal error (test/cli/language.test.ts).
 */
export const FILE_SYSTEM_ERRORS = defineErrors({
  EACCES: {
    code: 'FILE_ACCESS',
    message: { ru: 'нет прав на доступ к «{path}»', en: 'no permission to access "{path}"' },
    hint: {
      ru: 'Проверьте права на файл и папку: ls -ld {dir}',
      en: 'Check the file and folder permissions: ls -ld {dir}',
    },
  },
  EROFS: {
    code: 'FILE_ACCESS',
    message: { ru: '«{path}» на диске только для чтения', en: '"{path}" is on a read-only file system' },
    hint: {
      ru: 'Укажите файл в другой папке, например: --out ./{name}',
      en: 'Write to another folder, for example: --out ./{name}',
    },
  },
  ENOSPC: {
    code: 'FILE_ACCESS',
    message: { ru: 'на диске нет места для «{path}»', en: 'no space left on the device for "{path}"' },
    hint: { ru: 'Освободите место и проверьте: df -h {dir}', en: 'Free some space and check: df -h {dir}' },
  },
  EISDIR: {
    code: 'FILE_ACCESS',
    message: { ru: '«{path}» — папка, а нужен файл', en: '"{path}" is a folder, not a file' },
    hint: {
      ru: 'Укажите путь к файлу в этой папке, а не к самой папке.',
      en: 'Give the path of a file in that folder, not of the folder itself.',
    },
  },
  ENOTDIR: {
    code: 'FILE_ACCESS',
    message: {
      ru: 'в пути «{path}» файл стоит на месте папки',
      en: 'a file stands where a folder should be in "{path}"',
    },
    hint: { ru: 'Проверьте путь: ls -ld {dir}', en: 'Check the path: ls -ld {dir}' },
  },
});

/** How an error is shown on stderr. */
export const ERROR_LABELS = defineMessages({
  error: { ru: 'ошибка', en: 'error' },
  where: { ru: 'где:', en: 'where:' },
  hint: { ru: 'что сделать:', en: 'hint:' },
});

/** How `plan` and `apply` show a plan's manual items (src/report/plan/pretty.ts `manual`). */
export const PLAN_VIEW_HELP = defineMessages({
  showManual: {
    ru: 'перечислить в плане пункты, которые делаются вручную (без флага — одна строка с их числом)',
    en: 'list the items done by hand in the plan (without it: one line counting them)',
  },
  hideManual: {
    ru: 'не показывать пункты, которые делаются вручную, даже их число',
    en: 'do not show the items done by hand, not even their count',
  },
});

/** Said on stderr in both languages: the user who set B24CFG_LANG=de may read neither well. */
export const LANG_ENV_MESSAGES = defineMessages({
  unknown: {
    ru: 'b24cfg: B24CFG_LANG={value} не поддерживается (есть ru и en), сообщения будут на русском; для английского: export B24CFG_LANG=en',
    en: 'b24cfg: B24CFG_LANG={value} is not supported (ru and en are), messages will be in Russian; for English: export B24CFG_LANG=en',
  },
});

/** `-f, --force` of the commands that write --out. */
export const FORCE_HELP = defineMessages({
  force: { ru: 'перезаписать файл --out, если он есть', en: 'overwrite the --out file if it exists' },
});

/** Commander reports usage mistakes in English; we say them in the user's language (by its error code). */
export const COMMANDER_USAGE = defineMessages({
  unknownCommand: { ru: 'неизвестная команда «{name}»', en: 'unknown command "{name}"' },
  unknownOption: { ru: 'неизвестный параметр {name}', en: 'unknown option {name}' },
  didYouMean: { ru: ' — может быть, {suggestion}?', en: ' — did you mean {suggestion}?' },
  missingArgument: { ru: 'не хватает аргумента <{name}>', en: 'missing argument <{name}>' },
  optionMissingArgument: { ru: 'у параметра {name} нет значения', en: 'option {name} needs a value' },
  missingMandatoryOptionValue: {
    ru: 'обязательный параметр {name} не указан',
    en: 'required option {name} not given',
  },
  invalidChoice: {
    ru: 'недопустимое значение «{value}» у {name}; можно: {choices}',
    en: 'invalid value "{value}" for {name}; allowed: {choices}',
  },
  excessArguments: {
    ru: 'лишние аргументы: ожидалось {expected}, получено {got}',
    en: 'too many arguments: {expected} expected, {got} given',
  },
  helpHint: { ru: 'Справка: {help}', en: 'See: {help}' },
});

/** Commander's words after an option's description, "(choices: …, default: …)", in Russian. */
export const HELP_WORDS_RU: Readonly<Record<string, string>> = {
  'choices: ': 'варианты: ',
  'default: ': 'по умолчанию: ',
  'preset: ': 'без значения: ',
  'env: ': 'переменная окружения: ',
};

/** Commander's section titles in Russian (it prints them in English). */
export const HELP_TITLES_RU: Readonly<Record<string, string>> = {
  'Usage:': 'Использование:',
  'Arguments:': 'Аргументы:',
  'Options:': 'Параметры:',
  'Commands:': 'Команды:',
  'Global Options:': 'Общие параметры:',
};
