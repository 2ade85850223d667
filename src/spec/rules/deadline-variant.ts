import type { Deadline } from '../spec.generated.js';
import { defineRule } from './types.js';
import { obj, tasks } from './walk.js';

const VARIANTS = ['days_after_entry', 'hours_after_entry', 'after_entry', 'before_field', 'at'] as const;

/** A task deadline is exactly one of the forms in the schema's Deadline description. */
export const deadlineVariant = defineRule<'none' | 'several' | 'offsetWithoutField'>({
  meta: {
    id: 'deadline-variant',
    severity: 'error',
    description: {
      ru: 'у срока задачи ровно один способ задания',
      en: 'a task deadline uses exactly one form',
    },
    messages: {
      none: { ru: 'в сроке не указано, когда он наступает', en: 'the deadline does not say when it is due' },
      several: {
        ru: 'в сроке указано несколько вариантов сразу: {found}',
        en: 'the deadline gives several forms at once: {found}',
      },
      offsetWithoutField: {
        ru: '{offset} в сроке имеет смысл только вместе с before_field',
        en: '{offset} in a deadline only makes sense together with before_field',
      },
    },
    hints: {
      none: { ru: 'Укажите одно из: {variants}.', en: 'Give one of: {variants}.' },
      several: { ru: 'Оставьте одно из: {found}.', en: 'Keep one of: {found}.' },
      offsetWithoutField: {
        ru: 'Пример: { before_field: CLOSEDATE, days: 1 }; для срока после входа в стадию — days_after_entry.',
        en: 'Example: { before_field: CLOSEDATE, days: 1 }; for a time after entering the stage use days_after_entry.',
      },
    },
  },
  check(ctx) {
    for (const { task, ptr } of tasks(ctx.spec)) {
      const deadline = obj<Deadline>(task.deadline);
      if (!deadline) continue;
      const path = `${ptr}/deadline`;
      const found = VARIANTS.filter((v) => deadline[v] !== undefined);
      if (found.length === 0) {
        ctx.report({ messageId: 'none', data: { variants: VARIANTS.join(', ') }, path });
      } else if (found.length > 1) {
        ctx.report({ messageId: 'several', data: { found: found.join(', ') }, path });
      }
      if (deadline.before_field === undefined) {
        for (const offset of ['days', 'hours'] as const) {
          if (deadline[offset] !== undefined) {
            ctx.report({
              messageId: 'offsetWithoutField',
              data: { offset },
              path: `${path}/${offset}`,
              part: 'key',
            });
          }
        }
      }
    }
  },
});
