import { text } from '../core/i18n.js';
import { defineStandard } from './define.js';
import type { Finding } from './types.js';

/**
 * SD-24: message templates in open lines (quick answers cannot be read reliably over REST:
 * docs/bitrix24/open-lines.md#quick-answers).
 */
export const sd24 = defineStandard(
  {
    id: 'SD-24',
    slug: 'quick-answers',
    title: { ru: 'Шаблоны сообщений в открытых линиях', en: 'Message templates in open lines' },
    rationale: {
      ru: 'Приветствие, сведения о компании, доставке, оплате и ответы на частые вопросы, собранные в готовые ответы по категориям, дают клиенту быстрый и ровный ответ и готовят почву для чат-ботов.',
      en: 'Greetings, facts about the company, delivery and payment and answers to frequent questions, kept as ready answers by category, give clients a fast and consistent reply and prepare the ground for chatbots.',
    },
    how: {
      ru: 'Спецификация: у каждой открытой линии есть quick_answers. Быстрые ответы через REST только записываются, поэтому на портале нужна отметка b24cfg attest SD-24.',
      en: 'Spec: every open line has quick_answers. Quick answers can only be written over REST, so on the portal a person attests (b24cfg attest SD-24).',
    },
    remediation: {
      ru: 'Опишите quick_answers для каждой линии и заведите их в Контакт-центре → Быстрые ответы.',
      en: 'Describe quick_answers for every line and add them under Contact Center → Quick answers.',
    },
    category: 'communications',
    weight: 1,
    classes: ['M'],
    thresholds: {},
    messages: {
      specAnswers: {
        ru: 'У всех линий есть готовые ответы (проверено: {total}).',
        en: 'All lines have ready answers (checked: {total}).',
      },
      specNoAnswers: {
        ru: 'Линий без готовых ответов: {bad} из {total}.',
        en: '{bad} of {total} lines have no ready answers.',
      },
      specNoLines: { ru: 'В спецификации нет открытых линий.', en: 'The spec has no open lines.' },
    },
  },
  (k) => {
    const out: Finding[] = [];
    if (k.spec) {
      const lines = (k.spec.open_lines ?? []).map((line, i) => ({ line, pointer: `/open_lines/${i}` }));
      const f = k.items({
        part: 'spec',
        items: lines,
        ok: (l) => (l.line.quick_answers ?? []).length > 0,
        pass: 'specAnswers',
        partial: 'specNoAnswers',
        empty: 'specNoLines',
        what: text('линий', 'lines'),
        read: ['spec: /open_lines/*/quick_answers'],
        pointer: (l) => l.pointer,
      });
      if (f) out.push(f);
    }
    out.push(k.manual());
    return out;
  },
);
