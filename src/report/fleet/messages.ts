import { defineMessages } from '../../core/catalogue.js';
import type { Text } from '../../core/i18n.js';
import type { FailureReason } from './types.js';

/** The words of the fleet result in every format: headings, columns, labels. */
export const FLEET_WORDS = defineMessages({
  fleetAudit: { ru: 'Аудит парка порталов', en: 'Fleet audit' },
  fleetPlan: { ru: 'Расхождения парка порталов со спецификациями', en: 'Fleet drift check' },
  portal: { ru: 'Портал', en: 'Portal' },
  labels: { ru: 'Метки', en: 'Labels' },
  score: { ru: 'Оценка', en: 'Score' },
  grade: { ru: 'Уровень', en: 'Grade' },
  change: { ru: 'Изменение', en: 'Change' },
  requests: { ru: 'Запросы', en: 'Requests' },
  result: { ru: 'Итог', en: 'Result' },
  changes: { ru: 'Изменения', en: 'Changes' },
  create: { ru: 'создать', en: 'create' },
  update: { ru: 'изменить', en: 'update' },
  rename: { ru: 'переименовать', en: 'rename' },
  delete: { ru: 'удалить', en: 'delete' },
  blocked: { ru: 'отказано', en: 'refused' },
  manual: { ru: 'вручную', en: 'by hand' },
  inSync: { ru: 'совпадает со спецификацией', en: 'matches its spec' },
  drift: { ru: 'расходится', en: 'drifts' },
  failed: { ru: 'не проверен', en: 'failed' },
  why: { ru: 'Причина', en: 'Reason' },
  hint: { ru: 'Что сделать:', en: 'What to do:' },
  where: { ru: 'Где:', en: 'Where:' },
  fullReport: { ru: 'полный отчёт', en: 'full report' },
  noReport: { ru: 'полный отчёт не сохранён (--reports)', en: 'full report not saved (--reports)' },
  newlyFailing: { ru: 'Перестали выполняться', en: 'Newly failing' },
  fixed: { ru: 'Исправлены', en: 'Fixed' },
  all: { ru: 'все', en: 'all' },
  filters: { ru: 'Фильтры', en: 'Filters' },
  shown: { ru: 'Показано порталов:', en: 'Portals shown:' },
  gate: { ru: 'Порог не пройден', en: 'Gate failed' },
  byCategory: { ru: 'Порталы × категории (худшие сверху)', en: 'Portals × categories (worst first)' },
  errors: { ru: 'Порталы, которые не удалось проверить', en: 'Portals that could not be checked' },
  changesSince: { ru: 'Изменения с прошлого запуска', en: 'Changes since the previous run' },
  noChange: { ru: 'Нет прежних результатов для сравнения.', en: 'No earlier results to compare with.' },
  noneFailing: { ru: 'нет', en: 'none' },
  since: { ru: 'с запуска', en: 'since run' },
});

/** The result's sentences, with their numbers. */
export const FLEET_LINES = defineMessages({
  auditSummary: {
    ru: 'Порталов: {portals} · оценено: {done} · не проверено: {failed} · ниже порога: {gate} · средняя оценка: {average}',
    en: 'Portals: {portals} · scored: {done} · failed: {failed} · below a gate: {gate} · average score: {average}',
  },
  planSummary: {
    ru: 'Порталов: {portals} · проверено: {done} · расходятся: {drift} · не проверено: {failed}',
    en: 'Portals: {portals} · planned: {done} · drifting: {drift} · failed: {failed}',
  },
  requests: {
    ru: 'Запросы ко всем порталам: HTTP {http}, REST-вызовов {calls}.',
    en: 'Requests to all portals: {http} HTTP, {calls} REST calls.',
  },
  identity: {
    ru: 'Парк {file} ({hash}) · запуск {run}{shard} · {tool}',
    en: 'Fleet {file} ({hash}) · run {run}{shard} · {tool}',
  },
  shard: { ru: ' · шард {index} из {count}', en: ' · shard {index} of {count}' },
  merged: { ru: ' · объединены запуски: {runs}', en: ' · merged runs: {runs}' },
  exitCode: { ru: 'Код выхода: {code}', en: 'Exit code: {code}' },
  changeSince: {
    ru: '{name}: {previous} → {score} ({delta}) с запуска {since}',
    en: '{name}: {previous} → {score} ({delta}) since run {since}',
  },
});

/** Why a portal has no result, as every format names it. */
export const REASON_TEXT: Readonly<Record<FailureReason, Text>> = defineMessages({
  auth: { ru: 'доступ (вебхук, права, тариф)', en: 'access (webhook, scopes, plan)' },
  network: { ru: 'сеть', en: 'network' },
  'not-a-portal': { ru: 'это не портал Bitrix24', en: 'not a Bitrix24 portal' },
  limits: { ru: 'лимиты портала', en: 'portal limits' },
  portal: { ru: 'ошибка портала', en: 'portal error' },
  spec: { ru: 'спецификация', en: 'spec' },
  config: { ru: 'настройка парка', en: 'fleet setup' },
  internal: { ru: 'внутренняя ошибка b24cfg', en: 'b24cfg internal error' },
});
