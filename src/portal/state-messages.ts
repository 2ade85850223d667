import { defineErrors, defineMessages } from '../core/catalogue.js';

/** The files b24cfg keeps next to a spec, in `.b24cfg/`: the state file and snapshots. */
export const STATE_ERRORS = defineErrors({
  STATE_FILE_UNREADABLE: {
    message: { ru: 'файл состояния повреждён: {why}', en: 'the state file is damaged: {why}' },
    hint: {
      ru: 'Восстановите его из git или удалите: тогда b24cfg сопоставит объекты по названиям.',
      en: 'Restore it from git or delete it: b24cfg will then match objects by name.',
    },
  },
  SNAPSHOT_UNREADABLE: {
    message: { ru: 'снимок портала не читается: {why}', en: 'the portal snapshot cannot be read: {why}' },
    hint: {
      ru: 'Снимки этой папки, новые сверху: ls -t .b24cfg/snapshots/',
      en: 'The snapshots of this folder, newest first: ls -t .b24cfg/snapshots/',
    },
  },
});

/** Why a snapshot cannot be read, for {why} above. */
export const SNAPSHOT_WHY = defineMessages({
  notFound: { ru: 'файла нет', en: 'file not found' },
  badJson: { ru: 'это не JSON ({detail})', en: 'not JSON ({detail})' },
  notSnapshot: { ru: 'это не снимок b24cfg', en: 'not a b24cfg snapshot' },
});
