import { defineMessages } from '../../core/catalogue.js';

/** Plan texts of document-generator templates. */
export const DOCUMENT_MESSAGES = defineMessages({
  unreadable: {
    ru: 'шаблоны документов не читаются этим вебхуком ({code})',
    en: 'this webhook cannot read document templates ({code})',
  },
  unreadableHint: {
    ru: 'Нужны право crm и доступ к генератору документов.',
    en: 'The webhook needs the crm scope and access to the document generator.',
  },
  fileUnread: { ru: 'файл {file} не прочитан', en: 'file {file} could not be read' },
  fileUnreadWhy: { ru: 'файл {file} не прочитан ({error})', en: 'file {file} could not be read ({error})' },
  fileUnreadHint: {
    ru: 'Проверьте путь в documents[].file (от папки спецификации).',
    en: 'Check the path in documents[].file (relative to the spec folder).',
  },
  unknownDirections: {
    ru: 'направления {keys} не описаны в directions — не к чему привязать шаблон',
    en: 'directions {keys} are not described in directions, so there is nothing to bind the template to',
  },
  unknownDirectionsHint: {
    ru: 'Опишите направления в directions или уберите их из documents[].directions.',
    en: 'Describe the directions in directions or drop them from documents[].directions.',
  },
  unknownNumerator: {
    ru: 'нумератора «{name}» нет ни в спецификации, ни на портале',
    en: 'numerator “{name}” is neither in the spec nor on the portal',
  },
  unknownNumeratorHint: { ru: 'Опишите его в numerators.', en: 'Describe it in numerators.' },
  numeratorRequired: {
    ru: 'для нового шаблона Bitrix24 требует нумератор',
    en: 'Bitrix24 needs a numerator for a new template',
  },
  numeratorRequiredHint: {
    ru: 'Укажите numerator: у документа и опишите его в numerators.',
    en: 'Set numerator: on the document and describe it in numerators.',
  },
  fileUnknown: {
    ru: 'b24cfg не знает, какой файл сейчас в шаблоне (Bitrix24 не сообщает хэш файла) — загрузит файл из спецификации',
    en: 'b24cfg has no record of the file in this template (Bitrix24 does not report a file hash), so it uploads the spec’s file',
  },
  protectedRename: {
    ru: 'шаблон защищён (manage.protect) — переименование запрещено',
    en: 'the template is protected (manage.protect): no renames',
  },
  protectedRenameHint: {
    ru: 'Уберите название из manage.protect или оставьте прежнее.',
    en: 'Remove the name from manage.protect or keep the old name.',
  },
  // How the plan names a template change (src/resources/documents/describe.ts).
  headline: { ru: 'шаблон документа «{name}»', en: 'document template “{name}”' },
  headlineRename: { ru: 'шаблон документа «{from}» → «{to}»', en: 'document template “{from}” → “{to}”' },
  keptOne: { ru: '{n} шаблон(ов) документов', en: '{n} document template' },
  keptMany: { ru: '{n} шаблон(ов) документов', en: '{n} document templates' },
});
