import { defineMessages } from '../../core/catalogue.js';
import type { Text } from '../../core/i18n.js';
import type { Category, Part, Status } from '../../standards/types.js';

/** The words of the audit report in every format (labels, headings, table columns). */
export const REPORT_WORDS = defineMessages({
  score: { ru: 'Оценка', en: 'Score' },
  noAttestations: { ru: 'Подтверждений нет.', en: 'No attestations.' },
  by: { ru: 'Кто', en: 'By' },
  at: { ru: 'Когда', en: 'At' },
  expires: { ru: 'До', en: 'Expires' },
  note: { ru: 'Что проверено', en: 'Note' },
  expired: { ru: 'истекло', en: 'expired' },
  noSuppressions: { ru: 'Исключений нет.', en: 'No suppressions.' },
  reason: { ru: 'Причина', en: 'Reason' },
  source: { ru: 'Где записано', en: 'Source' },
  salesDepartmentAudit: { ru: 'Аудит отдела продаж', en: 'Sales department audit' },
  crmSettingsArchive: { ru: 'архив настроек CRM', en: 'CRM settings archive' },
  byCategory: { ru: 'По категориям', en: 'By category' },
  allStandards: { ru: 'Все стандарты', en: 'All standards' },
  standard: { ru: 'Стандарт', en: 'Standard' },
  status: { ru: 'Статус', en: 'Status' },
  weight: { ru: 'Вес', en: 'Weight' },
  points: { ru: 'Балл', en: 'Points' },
  standardsInDetail: { ru: 'Стандарты подробно', en: 'Standards in detail' },
  attestations: { ru: 'Подтверждения', en: 'Attestations' },
  suppressions: { ru: 'Исключения', en: 'Suppressions' },
  appendixManualChecklist: {
    ru: 'Приложение: чек-лист ручных проверок',
    en: 'Appendix: the manual checklist',
  },
  expected: { ru: 'Ожидается', en: 'Expected' },
  actual: { ru: 'на деле', en: 'actual' },
  of: { ru: 'из', en: 'of' },
  read: { ru: 'Прочитано', en: 'Read' },
  forInformation: { ru: 'для сведения', en: 'for information' },
  suppressedUntil: { ru: 'Исключение до', en: 'Suppressed until' },
  howToFix: { ru: 'Как исправить', en: 'How to fix' },
  weightLower: { ru: 'вес', en: 'weight' },
  pointsLower: { ru: 'балл', en: 'points' },
  leftOutOfScore: { ru: 'исключён из оценки', en: 'left out of the score' },
  suppressed: { ru: ' (исключён)', en: ' (suppressed)' },
  expiredInParens: { ru: ' (истекло)', en: ' (expired)' },
  category: { ru: 'Категория', en: 'Category' },
  standards: { ru: 'Стандартов', en: 'Standards' },
  where: { ru: 'Где', en: 'Source' },
  appendixManualChecks: { ru: 'Приложение: ручные проверки', en: 'Appendix: manual checks' },
  expectedLower: { ru: 'ожидается', en: 'expected' },
  readLower: { ru: 'прочитано', en: 'read' },
  forInformationMd: { ru: ' _(для сведения)_', en: ' _(for information)_' },
  scoreLabel: { ru: 'Оценка:', en: 'Score:' },
  forInformationParens: { ru: ' (для сведения)', en: ' (for information)' },
  weightShort: { ru: 'Вес', en: 'Wt' },
  pointsShort: { ru: 'Балл', en: 'Pts' },
  spec: { ru: 'спецификация', en: 'spec' },
  file: { ru: 'файл', en: 'file' },
  taken: { ru: 'снят', en: 'taken' },
});

/** The report's sentences, with their numbers and names. */
export const REPORT_LINES = defineMessages({
  identity: {
    ru: 'Пакет стандартов {pack} · отпечаток {hash} · {tool}',
    en: 'Standards pack {pack} · fingerprint {hash} · {tool}',
  },
  portalRead: {
    ru: 'Чтение портала: HTTP-запросов {http} (минимум {floor}), REST-вызовов {calls}; страниц {pages}, строк {rows}, счётчиков {counts}.',
    en: 'Portal read: {http} HTTP requests (floor {floor}), {calls} REST calls; {pages} pages, {rows} rows, {counts} counts.',
  },
  shownOf: { ru: ' (показано {shown} из {total})', en: ' ({shown} of {total} shown)' },
  suppressedUntil: {
    ru: 'исключение до {expires}{expired}: {reason}{by}',
    en: 'suppressed until {expires}{expired}: {reason}{by}',
  },
  expiredCaps: { ru: ' — ИСТЕКЛО', en: ' — EXPIRED' },
  attestationCounts: {
    ru: 'Подтверждений: {valid} действующих, {expiredAtt} истекших · исключений: {active} действующих, {expiredSup} истекших',
    en: 'Attestations: {valid} valid, {expiredAtt} expired · suppressions: {active} active, {expiredSup} expired',
  },
});

/** How every audit format names the statuses, parts of a finding, categories and sources. */
export const STATUS_TEXT: Readonly<Record<Status | 'suppressed', Text>> = defineMessages({
  pass: { ru: 'выполнен', en: 'pass' },
  partial: { ru: 'частично', en: 'partial' },
  fail: { ru: 'не выполнен', en: 'fail' },
  'manual-attested': { ru: 'подтверждён', en: 'attested' },
  'manual-unattested': { ru: 'не подтверждён', en: 'not attested' },
  'manual-expired': { ru: 'подтверждение истекло', en: 'attestation expired' },
  'not-applicable': { ru: 'неприменим', en: 'not applicable' },
  error: { ru: 'ошибка проверки', en: 'error' },
  suppressed: { ru: 'исключён', en: 'suppressed' },
});

export const PART_TEXT: Readonly<Record<Part, Text>> = defineMessages({
  spec: { ru: 'спецификация', en: 'spec' },
  config: { ru: 'настройки портала', en: 'portal settings' },
  data: { ru: 'данные портала', en: 'portal data' },
  archive: { ru: 'архив настроек CRM', en: 'CRM settings archive' },
  manual: { ru: 'подтверждение', en: 'attestation' },
});

export const CATEGORY_TEXT: Readonly<Record<Category, Text>> = defineMessages({
  structure: { ru: 'Структура', en: 'Structure' },
  discipline: { ru: 'Дисциплина', en: 'Discipline' },
  control: { ru: 'Контроль', en: 'Control' },
  communications: { ru: 'Коммуникации', en: 'Communications' },
  documents: { ru: 'Документы', en: 'Documents' },
  automation: { ru: 'Автоматизация', en: 'Automation' },
  analytics: { ru: 'Аналитика', en: 'Analytics' },
});

export const SOURCE_TEXT: Readonly<Record<'portal' | 'snapshot' | 'spec', Text>> = defineMessages({
  portal: { ru: 'портал', en: 'portal' },
  snapshot: { ru: 'снимок портала', en: 'portal snapshot' },
  spec: { ru: 'спецификация без портала', en: 'spec alone' },
});
