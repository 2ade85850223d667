import { closest } from '../suggest.js';
import { defineRule } from './types.js';
import { didYouMean, listOf, robots, str } from './walk.js';

/** A send_email robot names an e-mail template by key (SD-23/25). */
export const emailTemplateRefs = defineRule<'unknown' | 'unmanaged'>({
  meta: {
    id: 'email-template-refs',
    severity: 'error',
    description: {
      ru: 'роботы send_email ссылаются на шаблоны писем из email_templates',
      en: 'send_email robots refer to templates from email_templates',
    },
    messages: {
      unknown: {
        ru: 'шаблона письма «{ref}» нет в email_templates',
        en: 'e-mail template "{ref}" is not in email_templates',
      },
      unmanaged: {
        ru: 'шаблон письма «{ref}» не описан: в спецификации нет раздела email_templates',
        en: 'e-mail template "{ref}" is not described: the spec has no email_templates section',
      },
    },
    hints: {
      unknown: { ru: 'Шаблоны: {known}.{suggestion_ru}', en: 'Templates: {known}.{suggestion_en}' },
      unmanaged: {
        ru: 'Шаблон должен уже быть на портале; лучше описать его в email_templates.',
        en: 'The template must already exist on the portal; better describe it in email_templates.',
      },
    },
  },
  check(ctx) {
    const known = ctx.index.emailTemplates;
    for (const { robot, ptr } of robots(ctx.spec)) {
      const ref = str(robot.template);
      if (robot.type !== 'send_email' || ref === undefined) continue;
      if (!known) {
        ctx.report({ messageId: 'unmanaged', severity: 'warning', data: { ref }, path: `${ptr}/template` });
      } else if (!known.has(ref)) {
        ctx.report({
          messageId: 'unknown',
          data: { ref, known: listOf(known), ...didYouMean(closest(ref, known)) },
          path: `${ptr}/template`,
        });
      }
    }
  },
});
