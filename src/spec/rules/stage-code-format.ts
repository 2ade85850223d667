import { defineRule } from './types.js';
import { lossReasons, stages, str } from './walk.js';

const VALID = /^[A-Z0-9_-]+$/;

/**
 * docs/bitrix24/stages.md#code-characters: deal STATUS_ID allows /^[0-9A-Z_-]+$/i; we ask for upper case so
 * codes compare exactly.
 */
export const stageCodeFormat = defineRule<'lowercase' | 'badChars' | 'prefixed'>({
  meta: {
    id: 'stage-code-format',
    severity: 'error',
    description: {
      ru: 'код стадии — заглавные латинские буквы, цифры, _ и -',
      en: 'a stage code uses upper-case Latin letters, digits, _ and -',
    },
    messages: {
      lowercase: {
        ru: 'код стадии «{code}» записан не заглавными буквами',
        en: 'stage code "{code}" is not upper case',
      },
      badChars: {
        ru: 'в коде стадии «{code}» недопустимые символы',
        en: 'stage code "{code}" has characters that are not allowed',
      },
      prefixed: {
        ru: 'код стадии «{code}» записан с префиксом воронки',
        en: 'stage code "{code}" carries the pipeline prefix',
      },
    },
    hints: {
      lowercase: { ru: 'Напишите «{suggestion}».', en: 'Write "{suggestion}".' },
      badChars: {
        ru: 'Bitrix24 принимает в коде стадии только A–Z, 0–9, _ и -.',
        en: 'Bitrix24 accepts only A–Z, 0–9, _ and - in a stage code.',
      },
      prefixed: {
        ru: 'Префикс C{id}: портал добавляет сам; напишите «{suggestion}».',
        en: 'The portal adds the C{id}: prefix itself; write "{suggestion}".',
      },
    },
  },
  check(ctx) {
    const codes = [
      ...stages(ctx.spec).map((s) => ({ code: str(s.stage.code), ptr: `${s.ptr}/code` })),
      ...lossReasons(ctx.spec).map((r) => ({ code: str(r.reason.code), ptr: `${r.ptr}/code` })),
    ];
    for (const { code, ptr } of codes) {
      if (code === undefined || code === '' || VALID.test(code)) continue;
      const prefix = /^C\d+:(.+)$/i.exec(code);
      if (prefix) {
        ctx.report({
          messageId: 'prefixed',
          data: { code, suggestion: prefix[1]!.toUpperCase() },
          path: ptr,
        });
      } else if (VALID.test(code.toUpperCase())) {
        ctx.report({ messageId: 'lowercase', data: { code, suggestion: code.toUpperCase() }, path: ptr });
      } else {
        ctx.report({ messageId: 'badChars', data: { code }, path: ptr });
      }
    }
  },
});
