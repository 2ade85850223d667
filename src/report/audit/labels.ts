import type { Text } from '../../core/i18n.js';
import type { Category, Part, Status } from '../../standards/types.js';

/** How every audit format names statuses, parts and categories, in both languages. */
export const STATUS_TEXT: Record<Status, Text> = {
  pass: { ru: 'выполнен', en: 'pass' },
  partial: { ru: 'частично', en: 'partial' },
  fail: { ru: 'не выполнен', en: 'fail' },
  'manual-attested': { ru: 'подтверждён', en: 'attested' },
  'manual-unattested': { ru: 'не подтверждён', en: 'not attested' },
  'manual-expired': { ru: 'подтверждение истекло', en: 'attestation expired' },
  'not-applicable': { ru: 'неприменим', en: 'not applicable' },
  error: { ru: 'ошибка проверки', en: 'error' },
};

export const STATUS_SYMBOL: Record<Status, string> = {
  pass: '✓',
  partial: '◐',
  fail: '✗',
  'manual-attested': '✓',
  'manual-unattested': '?',
  'manual-expired': '!',
  'not-applicable': '–',
  error: '⚠',
};

/** Statuses a gate (--fail-on) accepts. */
export const PASSING: ReadonlySet<Status> = new Set(['pass', 'manual-attested']);

export const PART_TEXT: Record<Part, Text> = {
  spec: { ru: 'спецификация', en: 'spec' },
  config: { ru: 'настройки портала', en: 'portal settings' },
  data: { ru: 'данные портала', en: 'portal data' },
  manual: { ru: 'подтверждение', en: 'attestation' },
};

export const CATEGORY_TEXT: Record<Category, Text> = {
  structure: { ru: 'Структура', en: 'Structure' },
  discipline: { ru: 'Дисциплина', en: 'Discipline' },
  control: { ru: 'Контроль', en: 'Control' },
  communications: { ru: 'Коммуникации', en: 'Communications' },
  documents: { ru: 'Документы', en: 'Documents' },
  automation: { ru: 'Автоматизация', en: 'Automation' },
  analytics: { ru: 'Аналитика', en: 'Analytics' },
};

export const SOURCE_TEXT: Record<'portal' | 'snapshot' | 'spec', Text> = {
  portal: { ru: 'портал', en: 'portal' },
  snapshot: { ru: 'снимок портала', en: 'portal snapshot' },
  spec: { ru: 'спецификация без портала', en: 'spec alone' },
};

/** One decimal at most: 87.5, 100. */
export function scoreText(v: number | null): string {
  if (v === null) return '—';
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

/** Points 0..1 as "0.75". */
export function pointsText(p: number | undefined): string {
  if (p === undefined) return '—';
  return String(Math.round(p * 100) / 100);
}
