import { defineStandard } from './define.js';
import { documentFindings } from './helpers/documents.js';

/**
 * SD-27: A commercial proposal is prepared and sent automatically (document generator templates,
 * docs/bitrix24/document-generator.md#template-add; robots are manual).
 */
export const sd27 = defineStandard(
  {
    id: 'SD-27',
    slug: 'commercial-proposal',
    title: {
      ru: 'Коммерческое предложение готовится и отправляется автоматически',
      en: 'A commercial proposal is prepared and sent automatically',
    },
    rationale: {
      ru: 'Общее коммерческое предложение не должно отнимать у менеджера время: робот собирает его из полей сделки при переходе на этап, отправляет клиенту и сообщает о прочтении. Язык или объект продажи в поле сделки выбирают нужный шаблон.',
      en: 'A general proposal should cost the manager no time: a robot builds it from the deal’s fields when the deal enters the stage, sends it and reports when it is read. A language or product field in the deal picks the right template.',
    },
    how: {
      ru: 'Спецификация: в documents есть шаблон коммерческого предложения (kind: proposal), и робот generate_document на этапе его собирает. Портал: шаблон есть в генераторе документов (со спецификацией — с тем же названием). Роботов, которые готовят и отправляют документ, показывает архив настроек CRM (--crm-settings), а без него отправку роботом подтверждает человек: b24cfg attest SD-27.',
      en: 'Spec: documents holds a commercial proposal template (kind: proposal) and a generate_document robot on a stage builds it. Portal: the template exists in the document generator (with a spec, under the same name). The CRM settings archive (--crm-settings) shows the robots that build and send it; without it a person attests that a robot sends it: b24cfg attest SD-27.',
    },
    archive: {
      ru: 'Со спецификацией: её роботы «Создать документ» по шаблону коммерческого предложения и роботы писем, чей шаблон письма прикладывает этот документ, есть в архиве на своих стадиях (письмо узнаётся по теме). Без спецификации (с порталом, который называет шаблоны): есть робот «Создать документ» по шаблону коммерческого предложения.',
      en: 'With a spec: its «Create document» robots for the commercial proposal template and the e-mail robots whose e-mail template attaches it are in the archive on their stages (an e-mail is known by its subject). Without a spec (with a portal to name the templates): a «Create document» robot builds a commercial proposal template.',
    },
    remediation: {
      ru: 'Опишите шаблон коммерческого предложения в documents (файл .docx) и робота generate_document, выполните b24cfg apply и настройте робота на этапе.',
      en: 'Describe the commercial proposal template in documents (a .docx file) and a generate_document robot, run b24cfg apply and set the robot on the stage.',
    },
    category: 'documents',
    weight: 3,
    classes: ['A', 'M'],
    thresholds: {},
    messages: {
      specDocAndRobot: {
        ru: 'Шаблон коммерческого предложения «{name}» описан, робот его готовит.',
        en: 'The commercial proposal template "{name}" is described and a robot prepares it.',
      },
      specDocNoRobot: {
        ru: 'Шаблон коммерческого предложения «{name}» описан, но ни один робот его не готовит.',
        en: 'The commercial proposal template "{name}" is described, but no robot prepares it.',
      },
      specNoDoc: {
        ru: 'В спецификации нет шаблона коммерческого предложения.',
        en: 'The spec has no commercial proposal template.',
      },
      portalDoc: {
        ru: 'Шаблон коммерческого предложения на портале: {name}.',
        en: 'The commercial proposal template on the portal: {name}.',
      },
      portalNoDoc: {
        ru: 'На портале нет шаблона коммерческого предложения.',
        en: 'The portal has no commercial proposal template.',
      },
    },
  },
  (k) => documentFindings(k, 'proposal'),
);
