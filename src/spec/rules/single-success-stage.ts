import type { LeadStatus } from '../spec.generated.js';
import { defineRule } from './types.js';
import { items, str } from './walk.js';

const RANK = { process: 0, success: 1, failure: 2 } as const;

/**
 * docs/bitrix24/stages.md#one-success-status: a status list has at most one success status
 * (CRM_STATUS_MORE_THAN_ONE_SUCCESS_ERROR) and sorts process < success < failure. Deal directions express
 * this in their structure (stages, won, lost); lead statuses carry `semantics` per item, so the order is
 * checked here.
 */
export const singleSuccessStage = defineRule<'moreThanOne' | 'order'>({
  meta: {
    id: 'single-success-stage',
    severity: 'error',
    description: {
      ru: 'не больше одной успешной стадии; порядок: в работе, успех, отказ',
      en: 'at most one success stage; order: in progress, success, failure',
    },
    messages: {
      moreThanOne: {
        ru: 'второй успешный статус лида «{code}» (первый — «{first}»)',
        en: 'a second success lead status "{code}" (the first is "{first}")',
      },
      order: {
        ru: 'статус лида «{code}» ({semantics}) стоит после статуса «{after}» ({afterSemantics})',
        en: 'lead status "{code}" ({semantics}) comes after "{after}" ({afterSemantics})',
      },
    },
    hints: {
      moreThanOne: {
        ru: 'Bitrix24 допускает только один успешный статус.',
        en: 'Bitrix24 allows one success status only.',
      },
      order: {
        ru: 'Bitrix24 требует порядок: статусы в работе, затем успешный, затем провальные.',
        en: 'Bitrix24 requires the order: in-progress statuses, then success, then failure ones.',
      },
    },
  },
  check(ctx) {
    let first: string | undefined;
    let prev: { code: string; semantics: keyof typeof RANK } | undefined;
    for (const { item, ptr } of items<LeadStatus>(ctx.spec.lead_statuses, '/lead_statuses')) {
      const code = str(item.code) ?? '?';
      const semantics = item.semantics && item.semantics in RANK ? item.semantics : 'process';
      if (semantics === 'success') {
        if (first !== undefined) {
          ctx.report({ messageId: 'moreThanOne', data: { code, first }, path: `${ptr}/semantics` });
        } else first = code;
      }
      if (prev && RANK[semantics] < RANK[prev.semantics]) {
        ctx.report({
          messageId: 'order',
          data: { code, semantics, after: prev.code, afterSemantics: prev.semantics },
          path: ptr,
        });
      } else {
        prev = { code, semantics };
      }
    }
  },
});
