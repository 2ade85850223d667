import { escapePointer } from '../located.js';
import type { Spec } from '../spec.generated.js';
import { defineRule } from './types.js';
import { items, obj, str } from './walk.js';

/**
 * Lists whose items are identified by a property (README.md#the-spec: identity is explicit, never guessed).
 */
function keyedLists(spec: Spec): { list: unknown; base: string; prop: string }[] {
  const segments = obj(spec.segments);
  return [
    { list: spec.directions, base: '/directions', prop: 'key' },
    { list: spec.directions, base: '/directions', prop: 'name' },
    { list: spec.open_lines, base: '/open_lines', prop: 'name' },
    { list: spec.documents, base: '/documents', prop: 'name' },
    { list: spec.numerators, base: '/numerators', prop: 'name' },
    { list: spec.email_templates, base: '/email_templates', prop: 'key' },
    { list: obj(spec.permissions)?.roles, base: '/permissions/roles', prop: 'name' },
    { list: spec.departments, base: '/departments', prop: 'name' },
    { list: segments?.contact_types, base: '/segments/contact_types', prop: 'code' },
    { list: segments?.company_types, base: '/segments/company_types', prop: 'code' },
    { list: spec.lead_sources, base: '/lead_sources', prop: 'code' },
    { list: spec.lead_statuses, base: '/lead_statuses', prop: 'code' },
  ];
}

export const uniqueKeys = defineRule<'duplicate'>({
  meta: {
    id: 'unique-keys',
    severity: 'error',
    description: {
      ru: 'ключи и имена направлений, линий, документов и справочников не повторяются',
      en: 'keys and names of directions, lines, documents and dictionaries are unique',
    },
    messages: {
      duplicate: {
        ru: '{what} «{value}» повторяется (первый раз — {first})',
        en: '{what} "{value}" is repeated (first at {first})',
      },
    },
    hints: {
      duplicate: {
        ru: 'По этому значению b24cfg находит объект на портале, поэтому оно должно быть уникальным.',
        en: 'b24cfg finds the object on the portal by this value, so it must be unique.',
      },
    },
  },
  check(ctx) {
    for (const { list, base, prop } of keyedLists(ctx.spec)) {
      const seen = new Map<string, string>();
      for (const { item, ptr } of items<Record<string, unknown>>(list, base)) {
        const value = str(item[prop]);
        if (value === undefined) continue;
        const path = `${ptr}/${escapePointer(prop)}`;
        const first = seen.get(value);
        if (first !== undefined) {
          ctx.report({
            messageId: 'duplicate',
            data: { what: `${base.slice(1)}[].${prop}`, value, first },
            path,
          });
        } else seen.set(value, ptr);
      }
    }
  },
});
