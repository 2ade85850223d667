import { defineStandard } from './define.js';
import { documentFindings } from './helpers/documents.js';

/**
 * SD-29: An invoice is prepared and sent automatically (document generator templates,
 * docs/bitrix24/document-generator.md#template-add; robots are manual).
 */
export const sd29 = defineStandard(
  {
    id: 'SD-29',
    slug: 'invoice',
    title: {
      ru: 'Счёт готовится и отправляется автоматически',
      en: 'An invoice is prepared and sent automatically',
    },
    rationale: {
      ru: 'Счёт, собранный из полей сделки и реквизитов клиента, выставляется за минуты и без ошибок в суммах и реквизитах; копия остаётся в карточке сделки.',
      en: 'An invoice built from the deal’s fields and the client’s details goes out in minutes without mistakes in amounts or details; a copy stays in the deal card.',
    },
    how: {
      ru: 'Спецификация: в documents есть шаблон счёта (kind: invoice), и робот generate_document на этапе его собирает. Портал: шаблон есть в генераторе документов (со спецификацией — с тем же названием). Роботов, которые готовят и отправляют документ, показывает архив настроек CRM (--crm-settings), а без него отправку роботом подтверждает человек: b24cfg attest SD-29.',
      en: 'Spec: documents holds a invoice template (kind: invoice) and a generate_document robot on a stage builds it. Portal: the template exists in the document generator (with a spec, under the same name). The CRM settings archive (--crm-settings) shows the robots that build and send it; without it a person attests that a robot sends it: b24cfg attest SD-29.',
    },
    archive: {
      ru: 'Со спецификацией: её роботы «Создать документ» по шаблону счёта и роботы писем, чей шаблон письма прикладывает этот документ, есть в архиве на своих стадиях (письмо узнаётся по теме). Без спецификации (с порталом, который называет шаблоны): есть робот «Создать документ» по шаблону счёта.',
      en: 'With a spec: its «Create document» robots for the invoice template and the e-mail robots whose e-mail template attaches it are in the archive on their stages (an e-mail is known by its subject). Without a spec (with a portal to name the templates): a «Create document» robot builds a invoice template.',
    },
    remediation: {
      ru: 'Опишите шаблон счёта в documents (файл .docx) и робота generate_document, выполните b24cfg apply и настройте робота на этапе.',
      en: 'Describe the invoice template in documents (a .docx file) and a generate_document robot, run b24cfg apply and set the robot on the stage.',
    },
    category: 'documents',
    weight: 2,
    classes: ['A', 'M'],
    thresholds: {},
    messages: {
      specDocAndRobot: {
        ru: 'Шаблон счёта «{name}» описан, робот его готовит.',
        en: 'The invoice template "{name}" is described and a robot prepares it.',
      },
      specDocNoRobot: {
        ru: 'Шаблон счёта «{name}» описан, но ни один робот его не готовит.',
        en: 'The invoice template "{name}" is described, but no robot prepares it.',
      },
      specNoDoc: { ru: 'В спецификации нет шаблона счёта.', en: 'The spec has no invoice template.' },
      portalDoc: {
        ru: 'Шаблон счёта на портале: {name}.',
        en: 'The invoice template on the portal: {name}.',
      },
      portalNoDoc: { ru: 'На портале нет шаблона счёта.', en: 'The portal has no invoice template.' },
    },
  },
  (k) => documentFindings(k, 'invoice'),
);
