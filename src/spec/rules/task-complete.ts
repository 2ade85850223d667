import { defineRule } from './types.js';
import { tasks } from './walk.js';

/** SD-05: every task has a responsible and a deadline; without them nobody owns it or it never runs late. */
export const taskComplete = defineRule<'noResponsible' | 'noDeadline'>({
  meta: {
    id: 'task-complete',
    severity: 'warning',
    description: {
      ru: 'у каждой задачи есть ответственный и срок (SD-05)',
      en: 'every task has a responsible person and a deadline (SD-05)',
    },
    messages: {
      noResponsible: {
        ru: 'у задачи «{title}» нет ответственного (SD-05)',
        en: 'task "{title}" has no responsible person (SD-05)',
      },
      noDeadline: {
        ru: 'у задачи «{title}» нет срока (SD-05)',
        en: 'task "{title}" has no deadline (SD-05)',
      },
    },
    hints: {
      noResponsible: {
        ru: 'Добавьте responsible: deal.responsible (или роль из users).',
        en: 'Add responsible: deal.responsible (or a role from users).',
      },
      noDeadline: {
        ru: 'Добавьте deadline: { days_after_entry: 1 } (или другой вариант срока).',
        en: 'Add deadline: { days_after_entry: 1 } (or another deadline form).',
      },
    },
  },
  check(ctx) {
    for (const { task, ptr } of tasks(ctx.spec)) {
      const title = typeof task.title === 'string' ? task.title : '?';
      if (task.responsible === undefined)
        ctx.report({ messageId: 'noResponsible', data: { title }, path: ptr });
      if (task.deadline === undefined) ctx.report({ messageId: 'noDeadline', data: { title }, path: ptr });
    }
  },
});
