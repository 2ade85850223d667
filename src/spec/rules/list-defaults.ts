import type { Field, ListItem } from '../spec.generated.js';
import { defineRule } from './types.js';
import { isObject, items, str } from './walk.js';

/**
 * A single-value list field has at most one default: a portal keeps DEF = Y only on the first item sent
 * with it and stores every other one as N (docs/bitrix24/parity.md#uf-list), so a second default could
 * never be read back.
 */
export const listDefaults = defineRule<'second'>({
  meta: {
    id: 'list-defaults',
    severity: 'error',
    description: {
      ru: 'у поля-списка с одним значением не больше одного значения по умолчанию',
      en: 'a single-value list field has at most one default item',
    },
    messages: {
      second: {
        ru: 'у поля «{code}» уже есть значение по умолчанию «{first}»: поле с одним значением хранит только одно, «{xmlId}» портал сохранит без отметки',
        en: 'field "{code}" already has the default "{first}": a single-value field keeps only one, and a portal stores "{xmlId}" without it',
      },
    },
    hints: {
      second: {
        ru: 'Оставьте default: true у одного элемента или сделайте поле множественным (multiple: true).',
        en: 'Keep default: true on one item, or make the field multiple (multiple: true).',
      },
    },
  },
  check(ctx) {
    if (!isObject(ctx.spec.fields)) return;
    for (const [entity, list] of Object.entries(ctx.spec.fields)) {
      for (const { item: field, ptr: at } of items<Field>(list, `/fields/${entity}`)) {
        if (field.type !== 'enumeration' || field.multiple === true) continue;
        const code = str(field.code) ?? '?';
        let first: string | undefined;
        for (const { item, ptr: p } of items<ListItem>(field.items, `${at}/items`)) {
          if (item.default !== true) continue;
          const xmlId = str(item.xml_id) ?? '?';
          if (first === undefined) first = xmlId;
          else ctx.report({ messageId: 'second', data: { code, first, xmlId }, path: `${p}/default` });
        }
      }
    }
  },
});
