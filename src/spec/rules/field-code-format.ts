import type { Field } from '../spec.generated.js';
import { FIELD_PREFIX } from './spec-index.js';
import { defineRule } from './types.js';
import { isObject, items, str } from './walk.js';

/**
 * docs/bitrix24/user-fields.md#field-name: FIELD_NAME is UF_CRM_ + code, [A-Z0-9_], at most 50 characters in
 * all.
 */
const FIELD_NAME_MAX = 50;
const CODE_MAX = FIELD_NAME_MAX - FIELD_PREFIX.length;
const VALID = /^[A-Z0-9_]+$/;

export const fieldCodeFormat = defineRule<'prefixed' | 'lowercase' | 'badChars' | 'tooLong' | 'duplicate'>({
  meta: {
    id: 'field-code-format',
    severity: 'error',
    description: {
      ru: 'код поля — A–Z, 0–9 и _, без префикса UF_CRM_, до 43 символов, без повторов',
      en: 'a field code uses A–Z, 0–9 and _, has no UF_CRM_ prefix, is at most 43 characters and unique',
    },
    messages: {
      prefixed: {
        ru: 'код поля «{code}» записан с префиксом UF_CRM_',
        en: 'field code "{code}" carries the UF_CRM_ prefix',
      },
      lowercase: {
        ru: 'код поля «{code}» записан не заглавными буквами',
        en: 'field code "{code}" is not upper case',
      },
      badChars: {
        ru: 'в коде поля «{code}» недопустимые символы',
        en: 'field code "{code}" has characters that are not allowed',
      },
      tooLong: {
        ru: 'код поля «{code}» — {length} символов; с префиксом UF_CRM_ можно не больше {limit}',
        en: 'field code "{code}" has {length} characters; with the UF_CRM_ prefix at most {limit} fit',
      },
      duplicate: {
        ru: 'поле «{code}» уже описано для {entity}',
        en: 'field "{code}" is already described for {entity}',
      },
    },
    hints: {
      prefixed: {
        ru: 'Префикс портал добавляет сам: напишите «{suggestion}».',
        en: 'The portal adds the prefix itself: write "{suggestion}".',
      },
      lowercase: { ru: 'Напишите «{suggestion}».', en: 'Write "{suggestion}".' },
      badChars: {
        ru: 'Bitrix24 принимает в имени поля только A–Z, 0–9 и _.',
        en: 'Bitrix24 accepts only A–Z, 0–9 and _ in a field name.',
      },
      tooLong: { ru: 'Сократите код до {limit} символов.', en: 'Shorten the code to {limit} characters.' },
    },
  },
  check(ctx) {
    if (!isObject(ctx.spec.fields)) return;
    for (const [entity, list] of Object.entries(ctx.spec.fields)) {
      const seen = new Set<string>();
      for (const { item, ptr } of items<Field>(list, `/fields/${entity}`)) {
        const code = str(item.code);
        if (code === undefined || code === '') continue;
        const path = `${ptr}/code`;
        let bare = code;
        if (code.toUpperCase().startsWith(FIELD_PREFIX)) {
          bare = code.slice(FIELD_PREFIX.length);
          ctx.report({ messageId: 'prefixed', data: { code, suggestion: bare.toUpperCase() }, path });
        } else if (!VALID.test(code)) {
          if (VALID.test(code.toUpperCase())) {
            ctx.report({ messageId: 'lowercase', data: { code, suggestion: code.toUpperCase() }, path });
          } else ctx.report({ messageId: 'badChars', data: { code }, path });
        }
        if (bare.length > CODE_MAX) {
          ctx.report({ messageId: 'tooLong', data: { code, length: bare.length, limit: CODE_MAX }, path });
        }
        const id = bare.toUpperCase();
        if (seen.has(id)) ctx.report({ messageId: 'duplicate', data: { code, entity }, path });
        seen.add(id);
      }
    }
  },
});
