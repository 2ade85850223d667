import { defineMessages } from '../../core/catalogue.js';

/** Plan texts of document numerators. */
export const NUMERATOR_MESSAGES = defineMessages({
  unreadable: {
    ru: 'нумераторы не читаются этим вебхуком ({code})',
    en: 'this webhook cannot read numerators ({code})',
  },
  unreadableHint: {
    ru: 'Нужны право crm и доступ к настройкам генератора документов.',
    en: 'The webhook needs the crm scope and access to document generator settings.',
  },
  notViaRest: {
    ru: 'этот нумератор создан не через REST (не b24cfg): Bitrix24 разрешает REST менять только нумераторы, созданные через REST',
    en: 'this numerator was not created over REST (not by b24cfg): Bitrix24 lets REST change only numerators REST created',
  },
  notViaRestHint: {
    ru: 'Измените его в Bitrix24 (CRM → Настройки → Нумераторы) или дайте нумератору в спецификации новое имя — b24cfg создаст свой.',
    en: 'Change it in Bitrix24 (CRM → Settings → Numerators), or give the spec numerator a new name and b24cfg creates its own.',
  },
  // How the plan names a numerator change (src/resources/numerators/describe.ts).
  headline: { ru: 'нумератор «{name}»', en: 'numerator “{name}”' },
  /** The group numerators share with the document templates that number with them. */
  group: { ru: 'Шаблоны документов и нумераторы', en: 'Document templates and numerators' },
  keptOne: { ru: '{n} нумератор(ов)', en: '{n} numerator' },
  keptMany: { ru: '{n} нумератор(ов)', en: '{n} numerators' },
});
