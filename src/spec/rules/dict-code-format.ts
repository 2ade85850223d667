import type { DictItem, LeadStatus } from '../spec.generated.js';
import { defineRule } from './types.js';
import { items, obj, str } from './walk.js';

/**
 * docs/bitrix24/stages.md#code-length, docs/bitrix24/dictionaries.md#code-rules: lead STATUS_ID holds at most
 * 21 characters of [0-9A-Z_-] (case-insensitive); other dictionaries (contact/company types, sources) hold 50
 * characters of any kind.
 */
const LEAD_STATUS_MAX = 21;
const DICT_MAX = 50;
const LEAD_STATUS_CHARS = /^[0-9A-Z_-]+$/i;

export const dictCodeFormat = defineRule<'tooLong' | 'badChars'>({
  meta: {
    id: 'dict-code-format',
    severity: 'error',
    description: {
      ru: 'коды статусов лида и справочников помещаются в поле STATUS_ID',
      en: 'lead status and dictionary codes fit the STATUS_ID column',
    },
    messages: {
      tooLong: {
        ru: 'код «{code}» — {length} символов, для {what} можно не больше {limit}',
        en: 'code "{code}" has {length} characters; {what} allows at most {limit}',
      },
      badChars: {
        ru: 'в коде статуса лида «{code}» недопустимые символы',
        en: 'lead status code "{code}" has characters that are not allowed',
      },
    },
    hints: {
      tooLong: { ru: 'Сократите код до {limit} символов.', en: 'Shorten the code to {limit} characters.' },
      badChars: {
        ru: 'Bitrix24 принимает в коде статуса лида только латинские буквы, цифры, _ и -.',
        en: 'Bitrix24 accepts only Latin letters, digits, _ and - in a lead status code.',
      },
    },
  },
  check(ctx) {
    for (const { item, ptr } of items<LeadStatus>(ctx.spec.lead_statuses, '/lead_statuses')) {
      const code = str(item.code);
      if (code === undefined || code === '') continue;
      const path = `${ptr}/code`;
      if (!LEAD_STATUS_CHARS.test(code)) ctx.report({ messageId: 'badChars', data: { code }, path });
      if (code.length > LEAD_STATUS_MAX) {
        ctx.report({
          messageId: 'tooLong',
          data: { code, length: code.length, what: 'STATUS', limit: LEAD_STATUS_MAX },
          path,
        });
      }
    }
    const segments = obj(ctx.spec.segments);
    const dictionaries: [unknown, string, string][] = [
      [segments?.contact_types, '/segments/contact_types', 'CONTACT_TYPE'],
      [segments?.company_types, '/segments/company_types', 'COMPANY_TYPE'],
      [ctx.spec.lead_sources, '/lead_sources', 'SOURCE'],
    ];
    for (const [list, base, what] of dictionaries) {
      for (const { item, ptr } of items<DictItem>(list, base)) {
        const code = str(item.code);
        if (code !== undefined && code.length > DICT_MAX) {
          ctx.report({
            messageId: 'tooLong',
            data: { code, length: code.length, what, limit: DICT_MAX },
            path: `${ptr}/code`,
          });
        }
      }
    }
  },
});
