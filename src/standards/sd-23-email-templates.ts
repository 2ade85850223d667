import { count, defineStandard, evidence, samples, th } from './define.js';
import type { Finding } from './types.js';

/**
 * SD-23: e-mail templates for every kind of letter (CRM e-mail templates have no REST:
 * docs/bitrix24/email-templates.md#no-rest-for-templates).
 */
export const sd23 = defineStandard(
  {
    id: 'SD-23',
    slug: 'email-templates',
    title: { ru: 'Шаблоны писем', en: 'E-mail templates' },
    rationale: {
      ru: 'Письмо к коммерческому предложению, договору, счёту или акту не нужно писать каждый раз заново. Общие шаблоны с вложениями экономят отделу часы в неделю и держат тон писем одинаковым.',
      en: 'The letter that goes with a proposal, contract, invoice or act need not be written anew each time. Shared templates with attachments save the team hours a week and keep the tone consistent.',
    },
    how: {
      ru: 'Спецификация: в email_templates не меньше min_templates шаблонов. Шаблоны писем CRM через REST не читаются, поэтому на портале нужна отметка b24cfg attest SD-23.',
      en: 'Spec: email_templates holds at least min_templates templates. CRM e-mail templates cannot be read over REST, so on the portal a person attests (b24cfg attest SD-23).',
    },
    remediation: {
      ru: 'Опишите шаблоны в email_templates и создайте их в CRM → Настройки → Почтовые шаблоны с доступом для всего отдела.',
      en: 'Describe the templates in email_templates and create them in CRM → Settings → E-mail templates, shared with the whole team.',
    },
    category: 'documents',
    weight: 1,
    classes: ['M'],
    thresholds: {
      min_templates: th(3, 'минимум шаблонов писем', 'minimum number of e-mail templates'),
    },
    messages: {
      specTemplates: { ru: 'Шаблонов писем в спецификации: {n}.', en: 'The spec has {n} e-mail templates.' },
      specFewTemplates: {
        ru: 'Шаблонов писем в спецификации: {n}, нужно не меньше {min}.',
        en: 'The spec has {n} e-mail template(s); at least {min} are needed.',
      },
    },
  },
  (k) => {
    const out: Finding[] = [];
    if (k.spec) {
      const list = k.spec.email_templates ?? [];
      const min = k.threshold('min_templates');
      const ev = evidence(
        ['spec: /email_templates'],
        [count('templates', 'шаблонов', 'templates', list.length)],
        {
          samples: samples(
            { ru: 'Шаблоны', en: 'Templates' },
            list.map((t) => ({ id: t.key, label: t.title })),
          ),
        },
      );
      out.push(
        list.length >= min
          ? k.finding('spec', 'pass', 'specTemplates', { n: list.length }, ev)
          : k.finding(
              'spec',
              list.length === 0 ? 'fail' : 'partial',
              'specFewTemplates',
              { n: list.length, min },
              ev,
              { ratio: list.length / min, specPointers: ['/email_templates'] },
            ),
      );
    }
    out.push(k.manual());
    return out;
  },
);
