import { defineRule } from './types.js';
import { directions, items, obj, str } from './walk.js';

/**
 * docs/bitrix24/stages.md#code-length: STATUS_ID holds at most 22 characters including the `C{id}:` prefix
 * the portal adds in every pipeline but the default one. So: 22 in `default`, 19 with `C1:`, and 17 is the
 * only length that still fits once the pipeline id has three digits (`C100:`).
 */
const STATUS_ID_MAX = 22;
const WITH_SHORTEST_PREFIX = STATUS_ID_MAX - 'C1:'.length;
const WITH_LONG_PREFIX = STATUS_ID_MAX - 'C100:'.length;

export const stageCodeLength = defineRule<'tooLongDefault' | 'tooLong' | 'mayNotFit'>({
  meta: {
    id: 'stage-code-length',
    severity: 'error',
    description: {
      ru: 'код стадии помещается в 22 символа STATUS_ID вместе с префиксом C{id}:',
      en: 'a stage code fits the 22 characters of STATUS_ID together with the C{id}: prefix',
    },
    messages: {
      tooLongDefault: {
        ru: 'код стадии «{code}» — {length} символов, в основном направлении можно не больше {limit}',
        en: 'stage code "{code}" has {length} characters; the default pipeline allows at most {limit}',
      },
      tooLong: {
        ru: 'код стадии «{code}» — {length} символов, с префиксом C1: можно не больше {limit}',
        en: 'stage code "{code}" has {length} characters; with the C1: prefix at most {limit} fit',
      },
      mayNotFit: {
        ru: 'код стадии «{code}» — {length} символов: коды длиннее {limit} не поместятся, когда номер воронки станет трёхзначным (C100:)',
        en: 'stage code "{code}" has {length} characters: codes over {limit} characters may not fit once the pipeline id has 3+ digits (C100:)',
      },
    },
    hints: {
      tooLongDefault: { ru: 'Сократите код.', en: 'Shorten the code.' },
      tooLong: { ru: 'Сократите код до {limit} символов.', en: 'Shorten the code to {limit} characters.' },
      mayNotFit: {
        ru: 'Сократите код до {limit} символов, чтобы он подходил к любой воронке.',
        en: 'Shorten the code to {limit} characters so that it fits any pipeline.',
      },
    },
  },
  check(ctx) {
    for (const { item: dir, ptr } of directions(ctx.spec)) {
      const isDefault = dir.key === 'default';
      const codes = [
        ...items<{ code?: unknown }>(dir.stages, `${ptr}/stages`),
        ...items<{ code?: unknown }>(obj(dir.lost)?.reasons, `${ptr}/lost/reasons`),
      ];
      for (const { item, ptr: p } of codes) {
        const code = str(item.code);
        if (code === undefined) continue;
        const length = code.length;
        const path = `${p}/code`;
        if (isDefault) {
          if (length > STATUS_ID_MAX) {
            ctx.report({ messageId: 'tooLongDefault', data: { code, length, limit: STATUS_ID_MAX }, path });
          }
        } else if (length > WITH_SHORTEST_PREFIX) {
          ctx.report({ messageId: 'tooLong', data: { code, length, limit: WITH_SHORTEST_PREFIX }, path });
        } else if (length > WITH_LONG_PREFIX) {
          ctx.report({
            messageId: 'mayNotFit',
            severity: 'warning',
            data: { code, length, limit: WITH_LONG_PREFIX },
            path,
          });
        }
      }
    }
  },
});
