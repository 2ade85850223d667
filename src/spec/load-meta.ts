import type { ProblemMeta } from './problem.js';

/** Problems of reading a spec file from disk. */
export const specFileMeta: ProblemMeta<
  'notFound' | 'unreadable' | 'tooLarge' | 'notAFile' | 'binary' | 'notUtf8'
> = {
  id: 'spec-file',
  severity: 'error',
  description: { ru: 'файл спецификации можно прочитать', en: 'the spec file can be read' },
  messages: {
    notFound: { ru: 'файл «{file}» не найден', en: 'file "{file}" not found' },
    notAFile: { ru: '«{file}» — не файл', en: '"{file}" is not a file' },
    unreadable: { ru: 'не удалось прочитать «{file}»: {reason}', en: 'cannot read "{file}": {reason}' },
    tooLarge: {
      ru: 'файл «{file}» слишком большой ({size} байт, предел {limit})',
      en: 'file "{file}" is too large ({size} bytes, the limit is {limit})',
    },
    binary: {
      ru: '«{file}» — не текстовый файл (нулевой байт на позиции {offset})',
      en: '"{file}" is not a text file (a zero byte at offset {offset})',
    },
    notUtf8: {
      ru: '«{file}» — не текст в UTF-8 (неверная последовательность байтов около позиции {offset})',
      en: '"{file}" is not UTF-8 text (an invalid byte sequence near offset {offset})',
    },
  },
  hints: {
    notFound: {
      ru: 'Проверьте путь: он считается от текущей папки.',
      en: 'Check the path: it is relative to the current directory.',
    },
    binary: {
      ru: 'Спецификация — текстовый YAML-файл. Проверьте путь; пример спецификации: b24cfg init --out b24cfg.yaml',
      en: 'A spec is a YAML text file. Check the path; for an example run: b24cfg init --out b24cfg.yaml',
    },
    notUtf8: {
      ru: 'Сохраните файл в кодировке UTF-8 (в редакторе: «Сохранить с кодировкой» → UTF-8).',
      en: 'Save the file as UTF-8 (in the editor: "Save with encoding" → UTF-8).',
    },
    tooLarge: {
      ru: 'Спецификация отдела продаж занимает килобайты; разбейте файл или проверьте, что это нужный файл.',
      en: 'A sales department spec takes kilobytes; split the file or check that it is the right one.',
    },
  },
};

/** Problems the YAML parser finds. */
export const yamlMeta: ProblemMeta<'syntax' | 'aliasLimit' | 'notAMapping' | 'multipleDocuments'> = {
  id: 'yaml-syntax',
  severity: 'error',
  description: {
    ru: 'файл — корректный YAML с одним документом-словарём',
    en: 'the file is valid YAML with one mapping document',
  },
  messages: {
    syntax: { ru: 'ошибка YAML: {detail}', en: 'YAML error: {detail}' },
    aliasLimit: {
      ru: 'слишком много раскрытий YAML-ссылок (*якорь): больше {limit}',
      en: 'too many YAML alias expansions (*anchor): more than {limit}',
    },
    notAMapping: {
      ru: 'спецификация должна быть словарём (ключ: значение), а здесь {actual_ru}',
      en: 'a spec must be a mapping (key: value), found {actual_en}',
    },
    multipleDocuments: {
      ru: 'в файле несколько YAML-документов (---), а спецификация — это один документ',
      en: 'the file holds several YAML documents (---); a spec is one document',
    },
  },
  hints: {
    multipleDocuments: {
      ru: 'Уберите строку «---» или разнесите документы по файлам и свяжите их через extends.',
      en: 'Remove the "---" line, or put the documents in separate files and join them with extends.',
    },
    aliasLimit: {
      ru: 'Так выглядит «бомба» из ссылок. Перепишите значения без цепочек *якорей.',
      en: 'This is what an alias bomb looks like. Write the values out without chains of *anchors.',
    },
    notAMapping: {
      ru: 'Начните файл со строки «version: 1». Пример: b24cfg init',
      en: 'Start the file with "version: 1". For an example run: b24cfg init',
    },
  },
};

/** Problems of `extends`. */
export const extendsMeta: ProblemMeta<'cycle' | 'missing' | 'notAString'> = {
  id: 'extends',
  severity: 'error',
  description: {
    ru: 'базовые спецификации из extends существуют и не образуют цикл',
    en: 'base specs named by extends exist and do not form a cycle',
  },
  messages: {
    cycle: { ru: 'циклическое наследование: {chain}', en: 'extends cycle: {chain}' },
    missing: { ru: 'базовая спецификация «{target}» не найдена', en: 'base spec "{target}" not found' },
    notAString: { ru: 'в extends нужен путь к файлу', en: 'extends needs a file path' },
  },
  hints: {
    cycle: {
      ru: 'Уберите одну из ссылок extends в цепочке.',
      en: 'Remove one of the extends links in the chain.',
    },
    missing: {
      ru: 'Путь в extends считается от папки файла, в котором он записан.',
      en: 'An extends path is relative to the folder of the file that declares it.',
    },
  },
};

/** Problems of `${env:…}`, `${var:…}` and `${file:…}`. */
export const substitutionMeta: ProblemMeta<
  'undefinedVar' | 'undefinedEnv' | 'missingFile' | 'unknownKind' | 'varInVariables' | 'badVarName'
> = {
  id: 'substitution',
  severity: 'error',
  description: {
    ru: 'подстановки ${env:…}, ${var:…} и ${file:…} находят значения',
    en: '${env:…}, ${var:…} and ${file:…} substitutions resolve',
  },
  messages: {
    undefinedVar: {
      ru: 'переменная «{name}» не задана в variables',
      en: 'variable "{name}" is not defined in variables',
    },
    undefinedEnv: {
      ru: 'переменная окружения {name} не задана',
      en: 'environment variable {name} is not set',
    },
    missingFile: {
      ru: 'файл «{target}» для подстановки не найден',
      en: 'file "{target}" to substitute not found',
    },
    unknownKind: {
      ru: 'непонятная подстановка «{text}»',
      en: 'unknown substitution "{text}"',
    },
    varInVariables: {
      ru: 'значение переменной не может ссылаться на другую переменную («{text}»)',
      en: 'a variable cannot refer to another variable ("{text}")',
    },
    badVarName: {
      ru: 'недопустимое имя в подстановке «{text}»',
      en: 'invalid name in substitution "{text}"',
    },
  },
  hints: {
    undefinedVar: {
      ru: 'Добавьте её в раздел variables или исправьте имя.{suggestion_ru}',
      en: 'Add it to the variables section or fix the name.{suggestion_en}',
    },
    undefinedEnv: {
      ru: 'Задайте её перед запуском или укажите значение по умолчанию: ${env:{name}:-значение}',
      en: 'Set it before running or give a default: ${env:{name}:-value}',
    },
    missingFile: {
      ru: 'Путь в ${file:…} считается от папки файла, в котором он записан.',
      en: 'A ${file:…} path is relative to the folder of the file that declares it.',
    },
    unknownKind: {
      ru: 'Допустимо: ${env:ИМЯ}, ${env:ИМЯ:-по умолчанию}, ${var:имя}, ${file:путь}; $${…} — буквальный текст.',
      en: 'Use ${env:NAME}, ${env:NAME:-default}, ${var:name} or ${file:path}; write $${…} for literal text.',
    },
    varInVariables: {
      ru: 'В variables можно использовать ${env:…} и ${file:…}.',
      en: 'Inside variables use ${env:…} and ${file:…}.',
    },
  },
};

/** Problems of files the spec names (document templates, e-mail bodies). */
export const fileRefMeta: ProblemMeta<'missing'> = {
  id: 'file-ref',
  severity: 'error',
  description: {
    ru: 'файлы, на которые ссылается спецификация, существуют',
    en: 'files the spec refers to exist',
  },
  messages: {
    missing: { ru: 'файл «{target}» не найден', en: 'file "{target}" not found' },
  },
  hints: {
    missing: {
      ru: 'Путь считается от папки файла, в котором он записан (искали {resolved}).',
      en: 'The path is relative to the folder of the file that declares it (looked for {resolved}).',
    },
  },
};

/**
 * What a spec may read: files inside the project folder only, and no credentials from the environment
 * (src/spec/project-root.ts, src/spec/credentials.ts).
 */
export const accessMeta: ProblemMeta<
  'outsideRoot' | 'symlinkOut' | 'envWebhook' | 'envCredential' | 'fileCredential'
> = {
  id: 'file-access',
  severity: 'error',
  description: {
    ru: 'спецификация читает файлы только из папки проекта и не читает секреты из окружения',
    en: 'a spec reads files only inside the project folder and no credentials from the environment',
  },
  messages: {
    outsideRoot: {
      ru: '«{target}» лежит вне папки проекта {root}: спецификация читает файлы только внутри неё',
      en: '"{target}" is outside the project folder {root}: a spec reads files only inside it',
    },
    symlinkOut: {
      ru: '«{target}» — символическая ссылка за пределы папки проекта {root}: такие файлы не читаются',
      en: '"{target}" is a symbolic link out of the project folder {root}: such files are not read',
    },
    envWebhook: {
      ru: 'переменная окружения {name} содержит вебхук Bitrix24: спецификация её не читает',
      en: 'environment variable {name} holds a Bitrix24 webhook: a spec never reads it',
    },
    envCredential: {
      ru: 'переменная окружения {name} похожа на секрет (по имени или значению): её можно читать, только если она названа в allow_env',
      en: 'environment variable {name} looks like a credential (by its name or value): it is read only when allow_env names it',
    },
    fileCredential: {
      ru: 'файл «{target}» содержит вебхук или секрет: его текст не подставляется',
      en: 'file "{target}" holds a webhook or a credential: its text is not substituted',
    },
  },
  hints: {
    outsideRoot: {
      ru: 'Папка проекта — {how_ru}. Перенесите файл в неё или укажите папку, в которой лежат оба: b24cfg validate {spec} --root {common}',
      en: 'The project folder is {how_en}. Move the file into it, or name a folder that holds both: b24cfg validate {spec} --root {common}',
    },
    symlinkOut: {
      ru: 'Положите в папку проекта сам файл, а не ссылку на него; папка проекта — {how_ru}.',
      en: 'Put the file itself, not a link to it, into the project folder: {how_en}.',
    },
    envWebhook: {
      ru: 'Вебхук передаётся только через --portal, профиль или B24_WEBHOOK_URL и никогда не попадает в спецификацию.',
      en: 'A webhook is given only with --portal, a profile or B24_WEBHOOK_URL, and never goes into a spec.',
    },
    envCredential: {
      ru: 'Если спецификации действительно нужна эта переменная, добавьте в спецификацию строку: allow_env: [{name}]',
      en: 'If the spec really needs it, add this line to the spec: allow_env: [{name}]',
    },
    fileCredential: {
      ru: 'Держите секреты вне текстов спецификации: вынесите нужный текст в отдельный файл без них.',
      en: 'Keep secrets out of the spec’s texts: put the text you need in a file of its own.',
    },
  },
};

export const LOAD_METAS: readonly ProblemMeta[] = [
  specFileMeta,
  yamlMeta,
  extendsMeta,
  substitutionMeta,
  fileRefMeta,
  accessMeta,
];
