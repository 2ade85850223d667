import { closest } from '../suggest.js';
import type { Document } from '../spec.generated.js';
import { defineRule } from './types.js';
import { didYouMean, items, listOf, str } from './walk.js';

/**
 * A document template numbers its documents with a numerator named in `numerators`
 * (docs/bitrix24/document-generator.md#numerators).
 */
export const numeratorRefs = defineRule<'unknown' | 'unmanaged'>({
  meta: {
    id: 'numerator-refs',
    severity: 'error',
    description: {
      ru: 'документы ссылаются на нумераторы из numerators',
      en: 'documents refer to numerators from numerators',
    },
    messages: {
      unknown: { ru: 'нумератора «{ref}» нет в numerators', en: 'numerator "{ref}" is not in numerators' },
      unmanaged: {
        ru: 'нумератор «{ref}» не описан: в спецификации нет раздела numerators',
        en: 'numerator "{ref}" is not described: the spec has no numerators section',
      },
    },
    hints: {
      unknown: { ru: 'Нумераторы: {known}.{suggestion_ru}', en: 'Numerators: {known}.{suggestion_en}' },
      unmanaged: {
        ru: 'Нумератор должен уже быть на портале; лучше описать его в numerators.',
        en: 'The numerator must already exist on the portal; better describe it in numerators.',
      },
    },
  },
  check(ctx) {
    const known = ctx.index.numerators;
    for (const { item, ptr } of items<Document>(ctx.spec.documents, '/documents')) {
      const ref = str(item.numerator);
      if (ref === undefined) continue;
      const path = `${ptr}/numerator`;
      if (!known) ctx.report({ messageId: 'unmanaged', severity: 'warning', data: { ref }, path });
      else if (!known.has(ref)) {
        ctx.report({
          messageId: 'unknown',
          data: { ref, known: listOf(known), ...didYouMean(closest(ref, known)) },
          path,
        });
      }
    }
  },
});
