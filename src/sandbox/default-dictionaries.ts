/**
 * What a new Russian-language Bitrix24 has in its CRM dictionaries. Codes, sorts, colors, SYSTEM flags
 * and semantics are the server's own (GetDefaultDealStages,
 * GetDefaultLeadStatuses, GetDefaultSources, GetDefaultContactTypes, GetDefaultCompanyTypes,
 * GetDefaultQuoteStatuses, GetDefaultEmployees); the process-stage colors are those of the fixture
 * crm.status.list.json. The names are the Russian UI names written by us (the lang files are not in
 * the reference store), and the default pipeline's name is CRM_DEAL_CATEGORY_DEFAULT ("General" in
 * the English fixture crm.category.list.json, «Общее» on a ru portal).
 */
import type { StatusSemantics } from './state.js';

export interface DefaultStatus {
  code: string;
  name: string;
  sort: number;
  system: boolean;
  color: string | null;
  semantics: StatusSemantics;
}

const s = (
  code: string,
  name: string,
  sort: number,
  system = false,
  color: string | null = null,
  semantics: StatusSemantics = null,
): DefaultStatus => ({ code, name, sort, system, color, semantics });

export const DEFAULT_PIPELINE_NAME = 'Общее';

export const DEFAULT_DEAL_STAGES: readonly DefaultStatus[] = [
  s('NEW', 'Новая', 10, true, '#39A8EF'),
  s('PREPARATION', 'Подготовка документов', 20, false, '#2FC6F6'),
  s('PREPAYMENT_INVOICE', 'Счёт на предоплату', 30, false, '#55D0E0'),
  s('EXECUTING', 'В работе', 40, false, '#47E4C2'),
  s('FINAL_INVOICE', 'Финальный счёт', 50, false, '#FFA900'),
  s('WON', 'Сделка успешна', 60, true, '#7BD500', 'S'),
  s('LOSE', 'Сделка провалена', 70, true, '#FF5752', 'F'),
  s('APOLOGY', 'Анализ причины провала', 80, false, '#FF5752', 'F'),
];

export const DEFAULT_LEAD_STATUSES: readonly DefaultStatus[] = [
  s('NEW', 'Не обработан', 10, true, '#39A8EF'),
  s('IN_PROCESS', 'В работе', 20, false, '#2FC6F6'),
  s('PROCESSED', 'Обработан', 30, false, '#55D0E0'),
  s('CONVERTED', 'Качественный лид', 40, true, '#7BD500', 'S'),
  s('JUNK', 'Некачественный лид', 50, true, '#FF5752', 'F'),
];

export const DEFAULT_QUOTE_STATUSES: readonly DefaultStatus[] = [
  s('DRAFT', 'Новое', 10, true, '#39A8EF'),
  s('SENT', 'Отправлено клиенту', 20, false, '#2FC6F6'),
  s('APPROVED', 'Утверждено', 30, true, '#7BD500', 'S'),
  s('DECLAINED', 'Отклонено', 40, true, '#FF5752', 'F'),
  s('APOLOGY', 'Анализ причины провала', 50, false, '#FF5752', 'F'),
];

/** SYSTEM=Y sources need FORCED=Y to delete (docs/bitrix24/parity.md#status-add). */
export const DEFAULT_SOURCES: readonly DefaultStatus[] = [
  s('CALL', 'Звонок', 10, true),
  s('EMAIL', 'Электронная почта', 20),
  s('WEB', 'Веб-сайт', 30),
  s('ADVERTISING', 'Реклама', 40),
  s('PARTNER', 'Существующий клиент', 50),
  s('RECOMMENDATION', 'По рекомендации', 60),
  s('TRADE_SHOW', 'Выставка', 70),
  s('WEBFORM', 'CRM-форма', 75, true),
  s('REPEAT_SALE', 'Повторные продажи', 76, true),
  s('CALLBACK', 'Обратный звонок', 77, true),
  s('RC_GENERATOR', 'Генератор продаж', 78, true),
  s('STORE', 'Онлайн-магазин', 79, true),
  s('OTHER', 'Другое', 80),
  // CCrmStatus::GetDefaultSources ends with the booking source (docs/bitrix24/parity.md#status-list).
  s('BOOKING', 'Онлайн-запись', 81, true),
];

export const DEFAULT_CONTACT_TYPES: readonly DefaultStatus[] = [
  s('CLIENT', 'Клиенты', 10),
  s('SUPPLIER', 'Поставщики', 20),
  s('PARTNER', 'Партнёры', 30),
  s('OTHER', 'Другое', 40),
];

export const DEFAULT_COMPANY_TYPES: readonly DefaultStatus[] = [
  s('CUSTOMER', 'Клиент', 10),
  s('SUPPLIER', 'Поставщик', 20),
  s('COMPETITOR', 'Конкурент', 30),
  s('PARTNER', 'Партнёр', 40),
  s('OTHER', 'Другое', 50),
];

export const DEFAULT_EMPLOYEES: readonly DefaultStatus[] = [
  s('EMPLOYEES_1', 'менее 50', 10, true),
  s('EMPLOYEES_2', '50-250', 20),
  s('EMPLOYEES_3', '250-500', 30),
  s('EMPLOYEES_4', 'более 500', 40),
];

export const DEFAULT_INDUSTRIES: readonly DefaultStatus[] = [
  s('IT', 'Информационные технологии', 10),
  s('TELECOM', 'Телекоммуникации и связь', 20),
  s('MANUFACTURING', 'Производство', 30),
  s('BANKING', 'Банковские услуги', 40),
  s('CONSULTING', 'Консалтинг', 50),
  s('FINANCE', 'Финансы', 60),
  s('GOVERNMENT', 'Правительство', 70),
  s('DELIVERY', 'Доставка', 80),
  s('ENTERTAINMENT', 'Развлечения', 90),
  s('NOTPROFIT', 'Не для получения прибыли', 100),
  s('OTHER', 'Другое', 110),
];

export const DEFAULT_DEAL_TYPES: readonly DefaultStatus[] = [
  s('SALE', 'Продажа', 10, true),
  s('COMPLEX', 'Комплексная продажа', 20),
  s('GOODS', 'Продажа товара', 30),
  s('SERVICES', 'Продажа услуги', 40),
  s('SERVICE', 'Сервисное обслуживание', 50),
];

/** Stages of invoices, old and smart (CCrmStatus::GetDefaultInvoiceStatuses). */
export const DEFAULT_INVOICE_STATUSES: readonly DefaultStatus[] = [
  s('N', 'Новый', 100, true, '#39A8EF'),
  s('S', 'Отправлен клиенту', 110, false, '#2FC6F6'),
  s('P', 'Оплачен', 130, true, '#7BD500', 'S'),
  s('D', 'Отклонён', 140, true, '#FF5752', 'F'),
];

/** Stages of documents sent for signing (CCrmStatus::GetDefaultSmartDocumentStatuses). */
export const DEFAULT_SMART_DOCUMENT_STATUSES: readonly DefaultStatus[] = [
  s('DRAFT', 'Черновик', 10, true, '#00A9F4'),
  s('PROCESSING', 'В работе', 20, false, '#00C9FA'),
  s('SENT', 'Отправлен', 30, false, '#00D3E2'),
  s('SEMISIGNED', 'Подписан частично', 40, false, '#FEA300'),
  s('SIGNED', 'Подписан', 50, false, '#47E4C2'),
  s('ARCHIVE', 'В архиве', 60, false, '#7BD500', 'S'),
  s('NOTSIGNED', 'Не подписан', 70, true, '#FF5752', 'F'),
];

/** Stages of a new smart process (the DefaultStages scenario). */
export const DEFAULT_SMART_PROCESS_STAGES: readonly DefaultStatus[] = [
  s('NEW', 'Начало', 10, true, '#22B9FF'),
  s('PREPARATION', 'Подготовка', 20, false, '#88B9FF'),
  s('CLIENT', 'Согласование с клиентом', 30, false, '#10e5fc'),
  s('SUCCESS', 'Успех', 40, true, '#00ff00', 'S'),
  s('FAIL', 'Провал', 50, true, '#ff0000', 'F'),
];
