import { defineRule } from './types.js';
import { directions, items, obj, str } from './walk.js';

/**
 * WON and LOSE are the system success and failure stages (docs/bitrix24/stages.md#system-stages): the spec
 * writes them as won/lost.
 */
const RESERVED = new Set(['WON', 'LOSE']);

export const stageCodeUnique = defineRule<'duplicate' | 'reserved'>({
  meta: {
    id: 'stage-code-unique',
    severity: 'error',
    description: {
      ru: 'коды стадий и причин отказа не повторяются внутри направления и не равны WON/LOSE',
      en: 'stage and loss reason codes are unique within a direction and are not WON/LOSE',
    },
    messages: {
      duplicate: {
        ru: 'код «{code}» уже есть в направлении «{direction}»',
        en: 'code "{code}" is already used in direction "{direction}"',
      },
      reserved: {
        ru: 'код «{code}» зарезервирован за {what_ru}',
        en: 'code "{code}" is reserved for {what_en}',
      },
    },
    hints: {
      duplicate: {
        ru: 'Стадии и причины отказа одного направления — это один список статусов; коды в нём уникальны.',
        en: 'Stages and loss reasons of one direction form one status list; codes in it are unique.',
      },
      reserved: {
        ru: 'Успешную стадию описывают в won:, общий отказ — в lost:; выберите другой код.',
        en: 'Describe the success stage under won: and the generic failure under lost:; pick another code.',
      },
    },
  },
  check(ctx) {
    for (const { item: dir, ptr } of directions(ctx.spec)) {
      const direction = str(dir.key) ?? '?';
      const seen = new Set<string>();
      const codes = [
        ...items<{ code?: unknown }>(dir.stages, `${ptr}/stages`),
        ...items<{ code?: unknown }>(obj(dir.lost)?.reasons, `${ptr}/lost/reasons`),
      ];
      for (const { item, ptr: p } of codes) {
        const code = str(item.code);
        if (code === undefined) continue;
        const upper = code.toUpperCase();
        if (RESERVED.has(upper)) {
          const won = upper === 'WON';
          ctx.report({
            messageId: 'reserved',
            data: {
              code,
              what_ru: won ? 'успешной стадией (won)' : 'общей стадией отказа (lost)',
              what_en: won ? 'the success stage (won)' : 'the generic failure stage (lost)',
            },
            path: `${p}/code`,
          });
        } else if (seen.has(upper)) {
          ctx.report({ messageId: 'duplicate', data: { code, direction }, path: `${p}/code` });
        }
        seen.add(upper);
      }
    }
  },
});
