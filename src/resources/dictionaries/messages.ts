import { defineMessages } from '../../core/catalogue.js';

/** Titles and plan texts of CRM dictionaries (lead statuses, sources, contact and company types). */
export const DICTIONARY_MESSAGES = defineMessages({
  titleSTATUS: { ru: 'Статусы лидов', en: 'Lead statuses' },
  titleSOURCE: { ru: 'Источники', en: 'Sources' },
  titleCONTACT_TYPE: { ru: 'Типы контактов', en: 'Contact types' },
  titleCOMPANY_TYPE: { ru: 'Типы компаний', en: 'Company types' },
  semP: { ru: 'в работе', en: 'process' },
  semS: { ru: 'успешный', en: 'success' },
  semF: { ru: 'провальный', en: 'failure' },
  unreadable: {
    ru: 'справочники CRM не читаются этим вебхуком ({code})',
    en: 'this webhook cannot read CRM dictionaries ({code})',
  },
  unreadableHint: {
    ru: 'Дайте вебхуку право crm и повторите.',
    en: 'Give the webhook the crm scope and run again.',
  },
  typeChange: {
    ru: 'тип статуса меняется ({from} → {to}); Bitrix24 меняет его только удалением и созданием заново',
    en: 'the status type changes ({from} → {to}); Bitrix24 changes it only by delete and add',
  },
  recreateSystem: {
    ru: 'это системный статус Bitrix24 — его нельзя удалить',
    en: 'this is a Bitrix24 system status: it cannot be deleted',
  },
  recreateUsed: {
    ru: 'на статусе есть лиды — пересоздать его нельзя',
    en: 'leads sit on this status, so it cannot be recreated',
  },
  recreateProtected: {
    ru: 'статус защищён (manage.protect)',
    en: 'the status is protected (manage.protect)',
  },
  recreateHint: {
    ru: 'Оставьте прежний тип статуса или дайте новому статусу другой код.',
    en: 'Keep the old status type, or give the new status another code.',
  },
  leadsOnStatus: {
    ru: 'на статусе есть лиды — Bitrix24 не удалит его',
    en: 'leads sit on this status: Bitrix24 will not delete it',
  },
  leadsOnStatusHint: {
    ru: 'Переведите лиды на другой статус и повторите.',
    en: 'Move the leads to another status and run again.',
  },
  valueInUse: {
    ru: 'значение выбрано в записях CRM — после удаления они будут ссылаться в пустоту',
    en: 'CRM records use this value: after deleting it they point at nothing',
  },
  valueInUseHint: {
    ru: 'Если это допустимо, повторите с --allow-data-loss.',
    en: 'If that is acceptable, run again with --allow-data-loss.',
  },
  orderBroken: {
    ru: 'провальный статус вне спецификации стоит сразу за рабочими: порядок «в работе < успех < провал» не соблюсти, не трогая его',
    en: 'a failure status outside the spec sorts right after the process ones: process < success < failure cannot hold without touching it',
  },
  orderBrokenHint: {
    ru: 'Добавьте этот статус в lead_statuses или включите удаление (manage.prune + --prune).',
    en: 'Add that status to lead_statuses or enable pruning (manage.prune + --prune).',
  },
  secondSuccess: {
    ru: 'успешный статус у лидов может быть только один, и это {code}',
    en: 'a lead list has exactly one success status, and it is {code}',
  },
  secondSuccessHint: {
    ru: 'Назовите успешным статусом {code} или сделайте новый статус рабочим.',
    en: 'Name {code} as the success status, or make the new status a process one.',
  },
  // How the plan names a dictionary change (src/resources/dictionaries/describe.ts).
  nounSTATUS: { ru: 'статус лида', en: 'lead status' },
  nounSOURCE: { ru: 'источник', en: 'source' },
  nounCONTACT_TYPE: { ru: 'тип контакта', en: 'contact type' },
  nounCOMPANY_TYPE: { ru: 'тип компании', en: 'company type' },
  headline: { ru: '{noun} «{name}» ({code})', en: '{noun} “{name}” ({code})' },
  keptOne: { ru: '{n} элемент(ов) справочников', en: '{n} dictionary item' },
  keptMany: { ru: '{n} элемент(ов) справочников', en: '{n} dictionary items' },
});
