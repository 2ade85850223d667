import { defineMessages } from '../../core/catalogue.js';

/** Plan texts of deal pipelines (directions). */
export const PIPELINE_MESSAGES = defineMessages({
  protectedRename: {
    ru: 'направление защищено (manage.protect) — переименование запрещено',
    en: 'the direction is protected (manage.protect): no renames',
  },
  protectedRenameHint: {
    ru: 'Уберите ключ из manage.protect или верните прежнее название.',
    en: 'Remove the key from manage.protect or keep the old name.',
  },
  hasDeals: {
    ru: 'в направлении есть сделки — его нельзя удалить',
    en: 'the pipeline holds deals, so it cannot be deleted',
  },
  hasDealsHint: {
    ru: 'Перенесите или закройте сделки в Bitrix24, затем повторите.',
    en: 'Move or close the deals in Bitrix24, then run again.',
  },
  // How the plan names a pipeline change (src/resources/pipelines/describe.ts).
  headline: { ru: 'направление «{name}»', en: 'pipeline “{name}”' },
  headlineRename: { ru: 'направление «{from}» → «{to}»', en: 'pipeline “{from}” → “{to}”' },
  keptOne: { ru: '{n} направл.', en: '{n} pipeline' },
  keptMany: { ru: '{n} направл.', en: '{n} pipelines' },
});
