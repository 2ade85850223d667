import { defineMessages } from '../../../core/catalogue.js';

/** `b24cfg restore`: help texts. */
export const RESTORE_HELP = defineMessages({
  command: {
    ru: 'вернуть настройку портала к снимку, сделанному перед apply (только настройка, не данные)',
    en: 'return the portal configuration to a snapshot taken before an apply (configuration only, not data)',
  },
  snapshot: {
    ru: 'файл снимка из .b24cfg/snapshots/ или last (снимок последнего apply отсюда)',
    en: 'a snapshot file from .b24cfg/snapshots/, or last (the latest apply from here took it)',
  },
  yes: { ru: 'не спрашивать подтверждения', en: 'do not ask for confirmation' },
  allowDataLoss: {
    ru: 'разрешить удаление полей со значениями',
    en: 'allow deleting fields that hold values',
  },
});

export const RESTORE_MESSAGES = defineMessages({
  scope: {
    ru: 'Восстанавливается только настройка (направления, этапы, поля, справочники, открытые линии, шаблоны документов). Сделки, задачи и другие данные не восстанавливаются; файлы шаблонов, заменённые после снимка, не возвращаются.',
    en: 'Only configuration is restored (pipelines, stages, fields, dictionaries, open lines, document templates). Deals, tasks and other data are not restored; template files replaced after the snapshot are not brought back.',
  },
});
