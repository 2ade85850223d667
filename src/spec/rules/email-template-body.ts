import type { EmailTemplate } from '../spec.generated.js';
import { defineRule } from './types.js';
import { items, str } from './walk.js';

/** An e-mail template has its text inline (`body`) or in a file (`body_file`), not both. */
export const emailTemplateBody = defineRule<'none' | 'both'>({
  meta: {
    id: 'email-template-body',
    severity: 'error',
    description: {
      ru: 'у шаблона письма есть текст: body или body_file, но не оба',
      en: 'an e-mail template has a text: body or body_file, not both',
    },
    messages: {
      none: { ru: 'у шаблона письма «{key}» нет текста', en: 'e-mail template "{key}" has no text' },
      both: {
        ru: 'у шаблона письма «{key}» заданы и body, и body_file',
        en: 'e-mail template "{key}" has both body and body_file',
      },
    },
    hints: {
      none: {
        ru: 'Добавьте body: | … или body_file: mail/{key}.html',
        en: 'Add body: | … or body_file: mail/{key}.html',
      },
      both: { ru: 'Оставьте одно из двух.', en: 'Keep one of the two.' },
    },
  },
  check(ctx) {
    for (const { item, ptr } of items<EmailTemplate>(ctx.spec.email_templates, '/email_templates')) {
      const key = str(item.key) ?? '?';
      const hasBody = item.body !== undefined;
      const hasFile = item.body_file !== undefined;
      if (!hasBody && !hasFile) ctx.report({ messageId: 'none', data: { key }, path: ptr });
      if (hasBody && hasFile)
        ctx.report({ messageId: 'both', data: { key }, path: `${ptr}/body_file`, part: 'key' });
    }
  },
});
