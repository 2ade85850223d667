import { closest } from '../suggest.js';
import type { Document, EmailTemplate } from '../spec.generated.js';
import { defineRule, type RuleContext } from './types.js';
import { didYouMean, items, listOf, robots, str } from './walk.js';

type Id = 'unknown' | 'unmanaged' | 'unknownDirection';

const DOCUMENT_ROBOTS = new Set(['generate_document', 'send_document']);

/** Robots and e-mail templates name document templates by name (SD-27/28/29); documents name directions. */
export const documentRefs = defineRule<Id>({
  meta: {
    id: 'document-refs',
    severity: 'error',
    description: {
      ru: 'ссылки на шаблоны документов указывают на documents, документы — на существующие направления',
      en: 'references to document templates name documents; documents name existing directions',
    },
    messages: {
      unknown: {
        ru: 'шаблона документа «{ref}» нет в documents',
        en: 'document template "{ref}" is not in documents',
      },
      unmanaged: {
        ru: 'шаблон документа «{ref}» не описан: в спецификации нет раздела documents',
        en: 'document template "{ref}" is not described: the spec has no documents section',
      },
      unknownDirection: {
        ru: 'документ привязан к направлению «{ref}», которого нет в спецификации',
        en: 'the document is bound to direction "{ref}", which is not in the spec',
      },
    },
    hints: {
      unknown: { ru: 'Документы: {known}.{suggestion_ru}', en: 'Documents: {known}.{suggestion_en}' },
      unmanaged: {
        ru: 'Шаблон должен уже быть на портале; лучше описать его в documents.',
        en: 'The template must already exist on the portal; better describe it in documents.',
      },
      unknownDirection: {
        ru: 'Направления: {known}.{suggestion_ru}',
        en: 'Directions: {known}.{suggestion_en}',
      },
    },
  },
  check(ctx) {
    for (const { robot, ptr } of robots(ctx.spec)) {
      if (DOCUMENT_ROBOTS.has(String(robot.type))) checkDocument(ctx, robot.template, `${ptr}/template`);
    }
    for (const { item, ptr } of items<EmailTemplate>(ctx.spec.email_templates, '/email_templates')) {
      checkDocument(ctx, item.attach_document, `${ptr}/attach_document`);
    }
    const keys = ctx.index.directionKeys;
    for (const { item, ptr } of items<Document>(ctx.spec.documents, '/documents')) {
      if (!Array.isArray(item.directions)) continue;
      item.directions.forEach((d, i) => {
        const ref = str(d);
        if (ref === undefined || keys.has(ref)) return;
        ctx.report({
          messageId: 'unknownDirection',
          data: { ref, known: listOf(keys), ...didYouMean(closest(ref, keys)) },
          path: `${ptr}/directions/${i}`,
        });
      });
    }
  },
});

function checkDocument(ctx: RuleContext<Id>, value: unknown, path: string): void {
  const ref = str(value);
  if (ref === undefined) return;
  const known = ctx.index.documents;
  if (!known) ctx.report({ messageId: 'unmanaged', severity: 'warning', data: { ref }, path });
  else if (!known.has(ref)) {
    ctx.report({
      messageId: 'unknown',
      data: { ref, known: listOf(known), ...didYouMean(closest(ref, known)) },
      path,
    });
  }
}
