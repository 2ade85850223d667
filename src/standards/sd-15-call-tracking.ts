import { defineStandard } from './define.js';

/** SD-15: static and dynamic call tracking (no REST reads it: manual). */
export const sd15 = defineStandard(
  {
    id: 'SD-15',
    slug: 'call-tracking',
    title: { ru: 'Статический и динамический коллтрекинг', en: 'Static and dynamic call tracking' },
    rationale: {
      ru: 'Номер телефона за каждым каналом показывает, откуда звонят клиенты: статический — для офлайн-рекламы, динамический — для источников на сайте. Так видно, какая реклама приводит звонки.',
      en: 'A phone number per channel shows where callers come from: static numbers for offline ads, dynamic ones for the sources of website visitors. That shows which ads bring calls.',
    },
    how: {
      ru: 'Через REST не проверить: нужна отметка человека (b24cfg attest SD-15).',
      en: 'REST cannot check it: a person attests (b24cfg attest SD-15).',
    },
    remediation: {
      ru: 'Настройте коллтрекинг в разделе Телефония (номера для офлайн-каналов и подмену номеров на сайте).',
      en: 'Set up call tracking under Telephony (numbers for offline channels and number substitution on the website).',
    },
    category: 'analytics',
    weight: 1,
    classes: ['M'],
    thresholds: {},
    messages: {},
  },
  (k) => [k.manual()],
);
