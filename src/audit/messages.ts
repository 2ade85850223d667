import { defineErrors, defineMessages } from '../core/catalogue.js';
import { EXIT } from '../core/exit-codes.js';

/** `attest`: a person's confirmation of a standard, or a dated waiver, refused when it is incomplete. */
export const ATTEST_ERRORS = defineErrors({
  STANDARD_UNKNOWN: {
    exit: EXIT.findings,
    message: { ru: 'нет стандарта «{id}»', en: 'there is no standard "{id}"' },
    hint: {
      ru: 'Стандарты пакета: SD-01 … SD-33 (список: standards/README.md).',
      en: 'The pack has SD-01 … SD-33 (list: standards/README.md).',
    },
  },
  NOT_MANUAL: {
    exit: EXIT.findings,
    message: {
      ru: '{id} проверяется автоматически — подтверждать его не нужно',
      en: '{id} is checked automatically; it takes no attestation',
    },
    hint: {
      ru: 'Чтобы временно не учитывать его, используйте исключение: b24cfg attest {id} --suppress --reason … --expires ГГГГ-ММ-ДД.',
      en: 'To waive it for a while, use a suppression: b24cfg attest {id} --suppress --reason … --expires YYYY-MM-DD.',
    },
  },
  suppressionNeedsExpiry: {
    code: 'USAGE',
    exit: EXIT.findings,
    message: { ru: 'для исключения нужен срок --expires', en: 'a suppression needs --expires' },
    hint: {
      ru: 'Исключение без срока легко забыть: укажите дату, например --expires 2026-06-30.',
      en: 'A waiver without an end is easy to forget: give a date, e.g. --expires 2026-06-30.',
    },
  },
  notADate: {
    code: 'USAGE',
    exit: EXIT.findings,
    message: {
      ru: 'дата --expires не в формате ГГГГ-ММ-ДД: {value}',
      en: '--expires is not a YYYY-MM-DD date: {value}',
    },
    hint: { ru: 'Например --expires 2026-12-31.', en: 'For example --expires 2026-12-31.' },
  },
  pastDate: {
    code: 'USAGE',
    exit: EXIT.findings,
    message: { ru: 'дата --expires уже прошла: {value}', en: '--expires is already past: {value}' },
    hint: { ru: 'Укажите будущую дату.', en: 'Give a date in the future.' },
  },
  suppressionNeedsReason: {
    code: 'USAGE',
    exit: EXIT.findings,
    message: { ru: 'для исключения нужна причина --reason', en: 'a suppression needs --reason' },
    hint: {
      ru: 'Объясните, почему стандарт временно не проверяется, например --reason "телефония подключается в марте".',
      en: 'Say why the standard is waived for now, e.g. --reason "telephony goes live in March".',
    },
  },
  attestationNeedsWho: {
    code: 'USAGE',
    exit: EXIT.findings,
    message: { ru: 'нужны --by и --note', en: '--by and --note are required' },
    hint: {
      ru: 'Кто проверил и что именно: --by "Мария Петрова" --note "права на удаление сняты у всех ролей".',
      en: 'Who checked and what exactly: --by "Maria Petrova" --note "delete rights removed from every role".',
    },
  },
});

const GATE_EXAMPLE = {
  ru: 'Пример: --min-score 80 --fail-on SD-04,SD-11.',
  en: 'Example: --min-score 80 --fail-on SD-04,SD-11.',
};

/** `audit --min-score / --fail-on`: gates given wrongly, and why a gate failed. */
export const GATE_ERRORS = defineErrors({
  badMinScore: {
    code: 'USAGE',
    exit: EXIT.findings,
    message: {
      ru: 'недопустимое значение --min-score: {value} (нужно число от 0 до 100)',
      en: 'invalid --min-score value: {value} (a number from 0 to 100)',
    },
    hint: GATE_EXAMPLE,
  },
  unknownFailOn: {
    code: 'USAGE',
    exit: EXIT.findings,
    message: {
      ru: 'в --fail-on нет таких стандартов: {ids}',
      en: '--fail-on names unknown standards: {ids}',
    },
    hint: GATE_EXAMPLE,
  },
});

export const GATE_MESSAGES = defineMessages({
  belowMinScore: {
    ru: 'оценка {score} ниже порога --min-score {min}',
    en: 'the score {score} is below --min-score {min}',
  },
  failOnStatus: { ru: '{id} (--fail-on): статус {status}', en: '{id} (--fail-on): status {status}' },
});

/** An audit snapshot (`audit --save-snapshot`) that cannot be audited again. */
export const AUDIT_SNAPSHOT_ERRORS = defineErrors({
  SNAPSHOT_UNREADABLE: {
    message: {
      ru: 'данные аудита в снимке другой версии или повреждены',
      en: 'the audit data in the snapshot is of another version or damaged',
    },
    hint: {
      ru: 'Снимите портал заново: b24cfg audit --portal <портал> --save-snapshot {path}',
      en: 'Take the snapshot again: b24cfg audit --portal <portal> --save-snapshot {path}',
    },
  },
  snapshotWithoutTime: {
    code: 'SNAPSHOT_UNREADABLE',
    message: {
      ru: 'в снимке нет времени съёмки (takenAt)',
      en: 'the snapshot has no time it was taken (takenAt)',
    },
    hint: { ru: 'Снимите портал заново.', en: 'Take the snapshot again.' },
  },
});
