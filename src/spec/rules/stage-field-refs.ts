import { BUILTIN_DEAL_DATE_FIELDS, BUILTIN_DEAL_FIELDS } from '../builtin-fields.js';
import { closest } from '../suggest.js';
import type { Deadline } from '../spec.generated.js';
import { bareFieldCode } from './spec-index.js';
import { defineRule, type RuleContext } from './types.js';
import { didYouMean, directions, obj, stages, str, tasks } from './walk.js';

type Id = 'unknown' | 'unmanaged' | 'notADate';

const DATE_TYPES = new Set(['date', 'datetime']);

/**
 * Fields a stage asks for (SD-08) and the date a deadline counts back from must be deal fields: a user field
 * of this spec (`UF_CRM_X` or bare `X`) or a standard deal field (src/spec/builtin-fields.ts).
 */
export const stageFieldRefs = defineRule<Id>({
  meta: {
    id: 'stage-field-refs',
    severity: 'error',
    description: {
      ru: 'поля на стадиях — поля сделки из fields.deal или стандартные поля сделки',
      en: 'fields on stages are deal fields from fields.deal or standard deal fields',
    },
    messages: {
      unknown: {
        ru: 'поля сделки «{ref}» нет ни в fields.deal, ни среди стандартных полей',
        en: 'deal field "{ref}" is neither in fields.deal nor a standard deal field',
      },
      unmanaged: {
        ru: 'поле «{ref}» не описано: в спецификации нет fields.deal',
        en: 'field "{ref}" is not described: the spec has no fields.deal',
      },
      notADate: {
        ru: 'срок считается от поля «{ref}», но это не дата (тип {type})',
        en: 'the deadline counts from field "{ref}", which is not a date (type {type})',
      },
    },
    hints: {
      unknown: {
        ru: 'Добавьте поле в fields.deal или исправьте код.{suggestion_ru}',
        en: 'Add the field to fields.deal or fix the code.{suggestion_en}',
      },
      unmanaged: {
        ru: 'Поле должно уже быть на портале; лучше описать его в fields.deal.',
        en: 'The field must already exist on the portal; better describe it in fields.deal.',
      },
      notADate: {
        ru: 'Укажите поле типа date или datetime, либо CLOSEDATE/BEGINDATE.',
        en: 'Name a date or datetime field, or CLOSEDATE/BEGINDATE.',
      },
    },
  },
  check(ctx) {
    for (const { stage, ptr } of stages(ctx.spec)) {
      for (const prop of ['fields', 'required_fields'] as const) {
        const list = stage[prop];
        if (Array.isArray(list)) list.forEach((f, i) => checkField(ctx, f, `${ptr}/${prop}/${i}`, false));
      }
    }
    for (const { item: dir, ptr } of directions(ctx.spec)) {
      const fields = obj(dir.won)?.fields;
      if (Array.isArray(fields))
        fields.forEach((f, i) => checkField(ctx, f, `${ptr}/won/fields/${i}`, false));
    }
    for (const { task, ptr } of tasks(ctx.spec)) {
      const deadline = obj<Deadline>(task.deadline);
      if (deadline) checkField(ctx, deadline.before_field, `${ptr}/deadline/before_field`, true);
    }
  },
});

function checkField(ctx: RuleContext<Id>, value: unknown, path: string, mustBeDate: boolean): void {
  const ref = str(value);
  if (ref === undefined) return;
  const upper = ref.toUpperCase();
  if (BUILTIN_DEAL_FIELDS.has(upper)) {
    if (mustBeDate && !BUILTIN_DEAL_DATE_FIELDS.has(upper)) {
      ctx.report({ messageId: 'notADate', data: { ref, type: 'standard' }, path });
    }
    return;
  }
  const known = ctx.index.dealFields;
  if (!known) {
    ctx.report({ messageId: 'unmanaged', severity: 'warning', data: { ref }, path });
    return;
  }
  const type = known.get(bareFieldCode(ref));
  if (type === undefined) {
    const candidates = [...known.keys(), ...BUILTIN_DEAL_FIELDS];
    ctx.report({
      messageId: 'unknown',
      data: { ref, ...didYouMean(closest(bareFieldCode(ref), candidates)) },
      path,
    });
  } else if (mustBeDate && !DATE_TYPES.has(type)) {
    ctx.report({ messageId: 'notADate', data: { ref, type }, path });
  }
}
