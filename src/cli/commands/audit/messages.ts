import { defineErrors, defineMessages } from '../../../core/catalogue.js';
import { EXIT } from '../../../core/exit-codes.js';

/** `b24cfg audit`: help texts. */
export const AUDIT_HELP = defineMessages({
  command: {
    ru: 'оценить отдел продаж по 33 стандартам: портал, сохранённый снимок или спецификация без портала; оценка 0–100 с доказательствами',
    en: 'score the sales department against the 33 standards: a portal, a saved snapshot or a spec alone; a 0–100 score with evidence',
  },
  spec: { ru: 'файл спецификации (необязательно)', en: 'spec file (optional)' },
  snapshot: {
    ru: 'аудит по сохранённому снимку, без портала',
    en: 'audit a saved snapshot, without a portal',
  },
  saveSnapshot: {
    ru: 'сохранить прочитанное с портала для повторного аудита',
    en: 'save what was read from the portal for a later audit',
  },
  minScore: {
    ru: 'код выхода 3, если оценка ниже n (0–100)',
    en: 'exit 3 when the score is below n (0–100)',
  },
  failOn: {
    ru: 'код выхода 3, если эти стандарты не выполнены: SD-04,SD-11',
    en: 'exit 3 when these standards are not met: SD-04,SD-11',
  },
  out: {
    ru: 'записать отчёт в файл (например, --format html)',
    en: 'write the report to a file (e.g. with --format html)',
  },
});

export const AUDIT_MESSAGES = defineMessages({
  nothingAudited: { ru: 'аудит не выполнен', en: 'nothing was audited' },
  otherPack: {
    ru: 'Спецификация просит пакет стандартов {asked}, а эта версия b24cfg оценивает по {pack}: оценки разных пакетов несравнимы.',
    en: 'The spec asks for the standards pack {asked}, but this b24cfg scores against {pack}: scores of different packs do not compare.',
  },
  reportSaved: {
    ru: 'Отчёт сохранён: {path} (оценка {score})',
    en: 'Report saved: {path} (score {score})',
  },
  gateFailed: { ru: 'Порог аудита не пройден: ', en: 'Audit gate failed: ' },
  readingData: { ru: 'Читаем данные портала…', en: 'Reading portal data…' },
  readingPages: {
    ru: 'Читаем данные портала: страниц {done} из {total}',
    en: 'Reading portal data: {done} of {total} pages',
  },
  snapshotSaved: {
    ru: 'Снимок сохранён: {path} (повторить аудит: b24cfg audit --snapshot {path})',
    en: 'Snapshot saved: {path} (audit it again: b24cfg audit --snapshot {path})',
  },
});

export const AUDIT_CLI_ERRORS = defineErrors({
  snapshotAndPortal: {
    code: 'USAGE',
    exit: EXIT.findings,
    message: {
      ru: '--snapshot и --portal вместе не используются',
      en: '--snapshot and --portal do not go together',
    },
    hint: {
      ru: 'Аудит идёт либо по порталу, либо по сохранённому снимку.',
      en: 'Audit either a portal or a saved snapshot.',
    },
  },
  saveSnapshotOfSnapshot: {
    code: 'USAGE',
    exit: EXIT.findings,
    message: {
      ru: '--save-snapshot сохраняет снимок живого портала, а не файла',
      en: '--save-snapshot saves a live portal, not a file',
    },
    hint: {
      ru: 'Уберите --save-snapshot или укажите --portal.',
      en: 'Drop --save-snapshot or give --portal.',
    },
  },
});
