import type { DictItem, LeadStatus } from '../spec.generated.js';
import { defineRule } from './types.js';
import { directions, items, shown, lossReasons, obj, stages } from './walk.js';

/** Bitrix24 stores stage colours as #RRGGBB (docs/bitrix24/stages.md#add-defaults, crm.status COLOR). */
const COLOR = /^#[0-9A-Fa-f]{6}$/;

export const colorFormat = defineRule<'bad'>({
  meta: {
    id: 'color-format',
    severity: 'error',
    description: { ru: 'цвета записаны как #RRGGBB', en: 'colours are written as #RRGGBB' },
    messages: { bad: { ru: 'цвет «{value}» не в формате #RRGGBB', en: 'colour "{value}" is not #RRGGBB' } },
    hints: {
      bad: {
        ru: 'Пример: "#39A8EF" (в YAML — в кавычках, иначе # начинает комментарий).',
        en: 'Example: "#39A8EF" (quoted in YAML, otherwise # starts a comment).',
      },
    },
  },
  check(ctx) {
    const colors: { value: unknown; path: string }[] = [];
    for (const { stage, ptr } of stages(ctx.spec)) colors.push({ value: stage.color, path: `${ptr}/color` });
    for (const { reason, ptr } of lossReasons(ctx.spec))
      colors.push({ value: reason.color, path: `${ptr}/color` });
    for (const { item: dir, ptr } of directions(ctx.spec)) {
      colors.push({ value: obj(dir.won)?.color, path: `${ptr}/won/color` });
      colors.push({ value: obj(dir.lost)?.color, path: `${ptr}/lost/color` });
    }
    const segments = obj(ctx.spec.segments);
    const dictionaries: [unknown, string][] = [
      [segments?.contact_types, '/segments/contact_types'],
      [segments?.company_types, '/segments/company_types'],
      [ctx.spec.lead_sources, '/lead_sources'],
      [ctx.spec.lead_statuses, '/lead_statuses'],
    ];
    for (const [list, base] of dictionaries) {
      for (const { item, ptr } of items<DictItem | LeadStatus>(list, base)) {
        colors.push({ value: item.color, path: `${ptr}/color` });
      }
    }
    for (const { value, path } of colors) {
      if (value === undefined || (typeof value === 'string' && COLOR.test(value))) continue;
      ctx.report({
        messageId: 'bad',
        data: { value: shown(value) },
        path,
      });
    }
  },
});
