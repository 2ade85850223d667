import { defineMessages } from '../../core/catalogue.js';

/** Plan texts of deal stages. */
export const STAGE_MESSAGES = defineMessages({
  semP: { ru: 'рабочая', en: 'process' },
  semS: { ru: 'успешная', en: 'success' },
  semF: { ru: 'провальная', en: 'failure' },
  typeChange: {
    ru: 'тип этапа меняется ({from} → {to}); Bitrix24 не меняет тип этапа, только удаление и создание заново',
    en: 'the stage type changes ({from} → {to}); Bitrix24 cannot change it, only delete and create again',
  },
  recreateSystem: {
    ru: 'это системный этап Bitrix24 — его нельзя удалить и создать заново',
    en: 'this is a Bitrix24 system stage: it cannot be deleted and created again',
  },
  recreateUsed: {
    ru: 'на этапе есть сделки — пересоздать его нельзя',
    en: 'deals sit on this stage, so it cannot be recreated',
  },
  recreateProtected: {
    ru: 'этап защищён (manage.protect)',
    en: 'the stage is protected (manage.protect)',
  },
  recreateHint: {
    ru: 'Оставьте прежний тип этапа или выберите для нового этапа другой код.',
    en: 'Keep the old stage type, or give the new stage a different code.',
  },
  defaultStage: {
    ru: 'этап по умолчанию, который Bitrix24 создаёт с новым направлением',
    en: 'a default stage Bitrix24 creates with every new pipeline',
  },
  deleteUsed: {
    ru: 'на этапе есть сделки — этап с сделками никогда не удаляется',
    en: 'deals sit on this stage: a stage with deals is never deleted',
  },
  deleteUsedHint: {
    ru: 'Перенесите сделки на другой этап в Bitrix24 и повторите.',
    en: 'Move the deals to another stage in Bitrix24 and run again.',
  },
  orderBroken: {
    ru: 'провальный этап вне спецификации стоит сразу за рабочими: порядок «рабочие < успех < провал» не соблюсти, не трогая его',
    en: 'a failure stage outside the spec sorts right after the process stages: process < success < failure cannot hold without touching it',
  },
  orderBrokenHint: {
    ru: 'Добавьте этот этап в lost.reasons или включите удаление (manage.prune + --prune).',
    en: 'Add that stage to lost.reasons or enable pruning (manage.prune + --prune).',
  },
  replaces: {
    ru: 'вместо этапа {code} с тем же названием: код этапа в Bitrix24 изменить нельзя',
    en: 'replaces stage {code} of the same name: Bitrix24 cannot change a stage code',
  },
  // How the plan names a stage change (src/resources/stages/describe.ts).
  headline: { ru: 'этап «{name}» ({code})', en: 'stage “{name}” ({code})' },
  createdS: { ru: 'успех', en: 'success' },
  createdF: { ru: 'провал', en: 'failure' },
  keptOne: { ru: '{n} этап(ов)', en: '{n} stage' },
  keptMany: { ru: '{n} этап(ов)', en: '{n} stages' },
});
