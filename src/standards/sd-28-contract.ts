import { defineStandard } from './define.js';
import { documentFindings } from './helpers/documents.js';

/**
 * SD-28: A contract is prepared and sent automatically (document generator templates,
 * docs/bitrix24/document-generator.md#template-add; robots are manual).
 */
export const sd28 = defineStandard(
  {
    id: 'SD-28',
    slug: 'contract',
    title: {
      ru: 'Договор готовится и отправляется автоматически',
      en: 'A contract is prepared and sent automatically',
    },
    rationale: {
      ru: 'Когда в сделке заполнены реквизиты и ИНН, договор собирается сам: данные контрагента (ООО, ИП или физлицо) подставляются в нужные графы, документ сохраняется в карточке и уходит клиенту в doc или pdf либо на электронную подпись.',
      en: 'Once the deal holds the client’s details and tax id, the contract builds itself: the counterparty’s data (company, sole trader or person) fill the right places, the document is kept in the card and goes to the client as doc or pdf or for e-signature.',
    },
    how: {
      ru: 'Спецификация: в documents есть шаблон договора (kind: contract), и робот generate_document на этапе его собирает. Портал: шаблон есть в генераторе документов (со спецификацией — с тем же названием). Роботов, которые готовят и отправляют документ, показывает архив настроек CRM (--crm-settings), а без него отправку роботом подтверждает человек: b24cfg attest SD-28.',
      en: 'Spec: documents holds a contract template (kind: contract) and a generate_document robot on a stage builds it. Portal: the template exists in the document generator (with a spec, under the same name). The CRM settings archive (--crm-settings) shows the robots that build and send it; without it a person attests that a robot sends it: b24cfg attest SD-28.',
    },
    archive: {
      ru: 'Со спецификацией: её роботы «Создать документ» по шаблону договора и роботы писем, чей шаблон письма прикладывает этот документ, есть в архиве на своих стадиях (письмо узнаётся по теме). Без спецификации (с порталом, который называет шаблоны): есть робот «Создать документ» по шаблону договора.',
      en: 'With a spec: its «Create document» robots for the contract template and the e-mail robots whose e-mail template attaches it are in the archive on their stages (an e-mail is known by its subject). Without a spec (with a portal to name the templates): a «Create document» robot builds a contract template.',
    },
    remediation: {
      ru: 'Опишите шаблон договора в documents (файл .docx) и робота generate_document, выполните b24cfg apply и настройте робота на этапе.',
      en: 'Describe the contract template in documents (a .docx file) and a generate_document robot, run b24cfg apply and set the robot on the stage.',
    },
    category: 'documents',
    weight: 2,
    classes: ['A', 'M'],
    thresholds: {},
    messages: {
      specDocAndRobot: {
        ru: 'Шаблон договора «{name}» описан, робот его готовит.',
        en: 'The contract template "{name}" is described and a robot prepares it.',
      },
      specDocNoRobot: {
        ru: 'Шаблон договора «{name}» описан, но ни один робот его не готовит.',
        en: 'The contract template "{name}" is described, but no robot prepares it.',
      },
      specNoDoc: { ru: 'В спецификации нет шаблона договора.', en: 'The spec has no contract template.' },
      portalDoc: {
        ru: 'Шаблон договора на портале: {name}.',
        en: 'The contract template on the portal: {name}.',
      },
      portalNoDoc: { ru: 'На портале нет шаблона договора.', en: 'The portal has no contract template.' },
    },
  },
  (k) => documentFindings(k, 'contract'),
);
