import { Document, visit } from 'yaml';
import { escapeYamlText, hasUnsafeForTerminal } from '../core/data-text.js';
import { fmt, type Lang } from '../core/i18n.js';
import { planText } from '../resources/plan-text.js';
import type { PortalState } from '../resources/state.js';
import { EXPORT_ARCHIVE_HEADER as H } from './archive-messages.js';
import type { ExportResult } from './to-spec.js';

/**
 * The exported spec as YAML: deterministic (no timestamps, stable order), with the parts REST cannot
 * read left as commented placeholders that say so.
 */
export function exportToYaml(result: ExportResult, state: PortalState, lang: Lang): string {
  const ru = lang === 'ru';
  const head = [
    ru
      ? `# Спецификация, выгруженная b24cfg с портала ${state.info.host}.`
      : `# Spec exported by b24cfg from the portal ${state.info.host}.`,
    ...(result.archive
      ? [
          `# ${oneLine(
            fmt(H.fromArchive, lang, {
              archive: result.archive.source,
              date: result.archive.writtenAt?.toISOString().slice(0, 10) ?? H.unknownDate[lang],
            }),
          )}`,
          `# ${fmt(H.notInArchive, lang)}`,
        ]
      : [
          ru
            ? '# Роботы и задачи на стадиях, триггеры, права, шаблоны писем, быстрые ответы и план продаж через REST не читаются:'
            : '# Robots and stage tasks, triggers, permissions, e-mail templates, quick answers and the sales plan cannot be read over REST:',
          ru
            ? '# опишите их в разделах-заготовках внизу файла.'
            : '# describe them in the placeholder sections at the end of this file.',
        ]),
  ];
  if (result.skipped.length > 0) {
    head.push(
      ru
        ? `# Не выгружены поля типов, которые спецификация не описывает: ${result.skipped.join(', ')}.`
        : `# Fields of types the spec cannot describe were skipped: ${result.skipped.join(', ')}.`,
    );
  }
  // Notes carry portal names: a line break in one would end the comment and write YAML.
  for (const n of result.notes) head.push(`# ${oneLine(planText(n, lang))}.`);
  const unreadable = Object.entries(state.unreadable).filter(([, why]) => why !== 'not-read');
  if (unreadable.length > 0) {
    head.push(
      (ru ? '# Не прочитаны (нет прав у вебхука): ' : '# Not read (the webhook lacks access): ') +
        unreadable.map(([s, why]) => `${s} (${why})`).join(', '),
    );
  }
  const body = yamlData(result.spec);
  const tail: string[] = [
    '',
    ru
      ? '# --- Заполняется вручную (REST не читает эти настройки) ---'
      : '# --- Filled in by hand (REST cannot read these settings) ---',
    '# sales_plan: { period: month, metric: amount, by: employee }',
    ...(result.archive
      ? []
      : [
          '# permissions:',
          ru
            ? '#   roles: [ { name: Менеджер, deny: [lead.delete, deal.delete, contact.delete, company.delete, import, export] } ]'
            : '#   roles: [ { name: Manager, deny: [lead.delete, deal.delete, contact.delete, company.delete, import, export] } ]',
        ]),
    '# email_templates: [ { key: offer, title: ..., subject: ..., body_file: mail/offer.html } ]',
  ];
  if (state.documentTemplates.length > 0) {
    tail.push(
      ru
        ? '# documents: b24cfg не скачивает файлы шаблонов; укажите .docx для каждого:'
        : '# documents: b24cfg does not download template files; give the .docx of each:',
      '# documents:',
      ...state.documentTemplates.map(
        (t) => `#   - { name: ${JSON.stringify(t.name)}, file: docs/${t.id}.docx }`,
      ),
    );
  } else {
    tail.push('# documents: [ { name: ..., file: docs/contract.docx, kind: contract, numerator: ... } ]');
  }
  // Comments may quote portal names too: there an escape is only shown, never read as data.
  return escapeYamlText(`${head.join('\n')}\n${body}${tail.join('\n')}\n`);
}

/**
 * A value as YAML that is safe on a terminal and reads back the same: a string (key or value) holding a
 * character src/core/data-text.ts escapes is written double-quoted, the one YAML style with escapes, and
 * each such character in it as `\x9B` or `\u202E`.
 */
export function yamlData(value: unknown): string {
  const doc = new Document(value);
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && hasUnsafeForTerminal(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return escapeYamlText(doc.toString({ indent: 2, lineWidth: 0, minContentWidth: 0 }));
}

function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
}
