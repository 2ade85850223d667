import type { Field } from '../spec.generated.js';
import { defineRule } from './types.js';
import { isObject, items, str } from './walk.js';

/**
 * List items belong to enumeration fields and are keyed by XML_ID, unique per field
 * (docs/bitrix24/user-fields.md#xml_id-unique).
 */
export const fieldItems = defineRule<'notAList' | 'duplicateXmlId' | 'noItems'>({
  meta: {
    id: 'field-items',
    severity: 'error',
    description: {
      ru: 'элементы списка есть только у полей-списков, их xml_id не повторяются',
      en: 'only enumeration fields have list items, and their xml_id values are unique',
    },
    messages: {
      notAList: {
        ru: 'у поля «{code}» типа {type} не может быть элементов списка',
        en: 'field "{code}" of type {type} cannot have list items',
      },
      duplicateXmlId: {
        ru: 'xml_id «{xmlId}» повторяется в поле «{code}»',
        en: 'xml_id "{xmlId}" is repeated in field "{code}"',
      },
      noItems: { ru: 'у поля-списка «{code}» нет элементов', en: 'enumeration field "{code}" has no items' },
    },
    hints: {
      notAList: {
        ru: 'Смените тип на enumeration или уберите items.',
        en: 'Change the type to enumeration or remove items.',
      },
      duplicateXmlId: {
        ru: 'По xml_id b24cfg узнаёт элемент на портале; портал тоже требует уникальности.',
        en: 'b24cfg recognises an item on the portal by xml_id; the portal also requires it to be unique.',
      },
      noItems: {
        ru: 'Добавьте items: [ { xml_id: ..., value: ... } ] — иначе менеджеру нечего выбрать.',
        en: 'Add items: [ { xml_id: ..., value: ... } ], otherwise there is nothing to choose.',
      },
    },
  },
  check(ctx) {
    if (!isObject(ctx.spec.fields)) return;
    for (const [entity, list] of Object.entries(ctx.spec.fields)) {
      for (const { item: field, ptr } of items<Field>(list, `/fields/${entity}`)) {
        const code = str(field.code) ?? '?';
        if (field.type !== 'enumeration') {
          // Without a type (or with a type that is not a string) the schema check already says what is
          // wrong; "of type undefined" would only confuse.
          if (Array.isArray(field.items) && typeof field.type === 'string')
            ctx.report({
              messageId: 'notAList',
              data: { code, type: String(field.type) },
              path: `${ptr}/items`,
            });
          continue;
        }
        if (!Array.isArray(field.items) || field.items.length === 0) {
          ctx.report({ messageId: 'noItems', severity: 'warning', data: { code }, path: `${ptr}/type` });
          continue;
        }
        // A plain loop, a pointer only for a repeat: a field may have hundreds of items, a spec thousands
        // (issue #18).
        const seen = new Set<string>();
        const list: unknown[] = field.items;
        for (let i = 0; i < list.length; i++) {
          const item = list[i];
          if (!isObject(item)) continue;
          const xmlId = str(item.xml_id);
          if (xmlId === undefined) continue;
          if (seen.has(xmlId))
            ctx.report({
              messageId: 'duplicateXmlId',
              data: { xmlId, code },
              path: `${ptr}/items/${i}/xml_id`,
            });
          seen.add(xmlId);
        }
      }
    }
  },
});
