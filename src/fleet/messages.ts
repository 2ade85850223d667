import { defineErrors, defineMessages } from '../core/catalogue.js';
import { EXIT } from '../core/exit-codes.js';
import type { ProblemMeta } from '../spec/problem.js';

export type FleetFileMessageId =
  'notAMapping' | 'duplicateName' | 'secretInFile' | 'literalUrl' | 'onlyEnv' | 'specMissing';

/** What the fleet file's own checks say beyond its JSON Schema; each problem is located at file:line:col. */
export const FLEET_FILE_META: ProblemMeta<FleetFileMessageId> = {
  id: 'fleet-file',
  severity: 'error',
  description: {
    ru: 'файл парка порталов: уникальные имена, никаких секретов, существующие спецификации',
    en: 'the fleet file: unique names, no secrets, specs that exist',
  },
  messages: {
    notAMapping: {
      ru: 'файл парка должен быть словарём с ключами version и portals',
      en: 'a fleet file must be a mapping with the keys version and portals',
    },
    duplicateName: {
      ru: 'имя портала «{name}» уже занято (строка {line})',
      en: 'the portal name "{name}" is taken already (line {line})',
    },
    secretInFile: {
      ru: 'здесь записан адрес вебхука вместе с секретом; секретам не место в файле парка',
      en: 'a webhook URL is written here with its secret; secrets do not belong in the fleet file',
    },
    literalUrl: {
      ru: '«{value}» — адрес, а портал называют профилем, ${env:ИМЯ} или sandbox:<файл>',
      en: '"{value}" is a URL; name the portal by a profile, ${env:NAME} or sandbox:<file>',
    },
    onlyEnv: {
      ru: 'в адресе портала можно подставлять только ${env:ИМЯ}, а здесь «{ref}»',
      en: 'a portal reference may only substitute ${env:NAME}, not "{ref}"',
    },
    specMissing: {
      ru: 'файла спецификации «{file}» нет (путь считается от файла парка)',
      en: 'the spec file "{file}" does not exist (the path is relative to the fleet file)',
    },
  },
  hints: {
    secretInFile: {
      ru: 'Сохраните вебхук как профиль: b24cfg profile add {name} "<адрес вебхука>" — и напишите portal: {name}; или export {env}="<адрес вебхука>" и portal: ${env:{env}}',
      en: 'Keep the webhook as a profile: b24cfg profile add {name} "<webhook URL>" and write portal: {name}; or export {env}="<webhook URL>" and portal: ${env:{env}}',
    },
    literalUrl: {
      ru: 'b24cfg profile add {name} "<адрес вебхука>", затем portal: {name}',
      en: 'b24cfg profile add {name} "<webhook URL>", then portal: {name}',
    },
    duplicateName: {
      ru: 'Имя — ключ портала во всех результатах и в истории: дайте каждому порталу своё.',
      en: 'The name is the portal’s key in every result and in the history: give each portal its own.',
    },
  },
};

/** Failures of a fleet run as a whole, and of one portal of it (reported, while the rest go on). */
export const FLEET_ERRORS = defineErrors({
  FLEET_FILE_INVALID: {
    exit: EXIT.findings,
    message: {
      ru: 'в файле парка {file} есть ошибки; ни один портал не тронут',
      en: 'the fleet file {file} has errors; no portal was contacted',
    },
    hint: { ru: 'b24cfg fleet validate {file}', en: 'b24cfg fleet validate {file}' },
  },
  FLEET_ENV_MISSING: {
    exit: EXIT.auth,
    message: {
      ru: 'переменная окружения {env} не задана: у портала {name} нет адреса вебхука',
      en: 'the environment variable {env} is not set: portal {name} has no webhook URL',
    },
    hint: {
      ru: 'export {env}="https://<портал>/rest/<пользователь>/<секрет>/"',
      en: 'export {env}="https://<portal>/rest/<user>/<secret>/"',
    },
  },
  FLEET_SPEC_INVALID: {
    exit: EXIT.findings,
    message: {
      ru: 'в спецификации {spec} портала {name} ошибок: {n}; первая: {first}',
      en: 'the spec {spec} of portal {name} has {n} error(s); the first: {first}',
    },
    hint: { ru: 'b24cfg validate {spec}', en: 'b24cfg validate {spec}' },
  },
  FLEET_NO_SPEC: {
    exit: EXIT.findings,
    message: {
      ru: 'у портала {name} нет спецификации, а план строится по ней',
      en: 'portal {name} has no spec, and a plan is made from one',
    },
    hint: {
      ru: 'Добавьте порталу spec: <файл> в {file} (или defaults.spec для всех)',
      en: 'Give the portal spec: <file> in {file} (or defaults.spec for all of them)',
    },
  },
  FLEET_BAD_SHARD: {
    exit: EXIT.findings,
    message: {
      ru: '--shard ожидает i/n (например 2/3, где 1 ≤ i ≤ n ≤ 1000), а получено «{value}»',
      en: '--shard takes i/n (e.g. 2/3, with 1 ≤ i ≤ n ≤ 1000), not "{value}"',
    },
    hint: {
      ru: 'b24cfg fleet audit fleet.yaml --shard 1/3',
      en: 'b24cfg fleet audit fleet.yaml --shard 1/3',
    },
  },
  FLEET_BAD_CONCURRENCY: {
    exit: EXIT.findings,
    message: {
      ru: '--concurrency ожидает целое число от 1 до 256, а получено «{value}»',
      en: '--concurrency takes a whole number from 1 to 256, not "{value}"',
    },
    hint: {
      ru: 'b24cfg fleet audit fleet.yaml --concurrency 8',
      en: 'b24cfg fleet audit fleet.yaml --concurrency 8',
    },
  },
  FLEET_BAD_SINCE: {
    exit: EXIT.findings,
    message: {
      ru: '--since ожидает запуск из истории или дату (2026-11-01), а получено «{value}»',
      en: '--since takes a run of the history or a date (2026-11-01), not "{value}"',
    },
    hint: {
      ru: 'Запуски лежат в {dir}: b24cfg fleet audit fleet.yaml --since 2026-11-01',
      en: 'The runs are kept in {dir}: b24cfg fleet audit fleet.yaml --since 2026-11-01',
    },
  },
  FLEET_RESULT_INVALID: {
    exit: EXIT.findings,
    message: {
      ru: '{file} — не результат b24cfg fleet (schema b24cfg-fleet-result, version 1): {why}',
      en: '{file} is not a b24cfg fleet result (schema b24cfg-fleet-result, version 1): {why}',
    },
    hint: {
      ru: 'Сохраните результат шарда так: b24cfg fleet audit fleet.yaml --shard 1/3 --format json --out shard-1.json',
      en: 'Save a shard’s result with: b24cfg fleet audit fleet.yaml --shard 1/3 --format json --out shard-1.json',
    },
  },
  FLEET_MERGE_MISMATCH: {
    exit: EXIT.findings,
    message: {
      ru: '{file} относится к другому запуску: {why}',
      en: '{file} belongs to another run: {why}',
    },
    hint: {
      ru: 'Объединяйте результаты шардов одного файла парка и одной команды: b24cfg fleet merge shard-*.json',
      en: 'Merge the shard results of one fleet file and one command: b24cfg fleet merge shard-*.json',
    },
  },
  FLEET_MERGE_DUPLICATE: {
    exit: EXIT.findings,
    message: {
      ru: 'портал {name} есть и в {first}, и в {second}',
      en: 'portal {name} is in both {first} and {second}',
    },
    hint: {
      ru: 'Каждый шард передавайте один раз: b24cfg fleet merge shard-1.json shard-2.json shard-3.json',
      en: 'Pass each shard once: b24cfg fleet merge shard-1.json shard-2.json shard-3.json',
    },
  },
  FLEET_MERGE_MISSING: {
    exit: EXIT.findings,
    message: {
      ru: 'нет результатов порталов: {names} (шарды {shards} из {count})',
      en: 'results are missing for: {names} (shards {shards} of {count})',
    },
    hint: {
      ru: 'Запустите недостающие: b24cfg fleet audit {file} --shard {first}/{count} --format json --out shard-{first}.json',
      en: 'Run the missing ones: b24cfg fleet audit {file} --shard {first}/{count} --format json --out shard-{first}.json',
    },
  },
});

/** What is wrong with a file given to `fleet merge` (the {why} of FLEET_RESULT_INVALID and FLEET_MERGE_MISMATCH). */
export const RESULT_DAMAGE = defineMessages({
  notFound: { ru: 'файла нет', en: 'the file does not exist' },
  notJson: { ru: 'это не JSON', en: 'it is not JSON' },
  notAResult: { ru: 'это не результат fleet', en: 'it is not a fleet result' },
  version: { ru: 'версия формата {found}', en: 'format version {found}' },
  field: { ru: 'нет поля {field} или оно другого вида', en: '{field} is missing or of another shape' },
  otherFleet: { ru: 'другой файл парка (или он изменился)', en: 'another fleet file (or it changed)' },
  otherKind: {
    ru: 'другая команда (audit и plan не объединяются)',
    en: 'another command (audit and plan do not merge)',
  },
  otherPack: { ru: 'другой пакет стандартов', en: 'another standards pack' },
});
