import type { Text } from '../core/i18n.js';
import { round4 } from './helpers/format.js';
import { CATEGORIES, type Category, type Finding, type Status } from './types.js';

/** Points a finding earns: pass and attested 1, partial its ratio, fail/unattested/expired 0; others none. */
export function pointsOf(f: Finding): number | undefined {
  switch (f.status) {
    case 'pass':
    case 'manual-attested':
      return 1;
    case 'partial':
      return f.ratio ?? 0;
    case 'fail':
    case 'manual-unattested':
    case 'manual-expired':
      return 0;
    default:
      return undefined;
  }
}

const MANUAL_ORDER: readonly Status[] = ['manual-expired', 'manual-unattested', 'manual-attested'];

/**
 * One status per standard from its findings: the mean of the scored findings' points (each part —
 * design, configuration, data, attestation — counts equally); not-applicable and error parts are left
 * out; a standard with nothing left is not-applicable, or error when a part failed to run.
 */
export function combineFindings(findings: readonly Finding[]): { status: Status; points?: number } {
  const scored = findings.filter((f) => f.scored && pointsOf(f) !== undefined);
  if (scored.length === 0) {
    return { status: findings.some((f) => f.scored && f.status === 'error') ? 'error' : 'not-applicable' };
  }
  const points = round4(scored.reduce((sum, f) => sum + (pointsOf(f) ?? 0), 0) / scored.length);
  if (scored.every((f) => f.part === 'manual')) {
    const worst = MANUAL_ORDER.find((s) => scored.some((f) => f.status === s)) ?? 'manual-unattested';
    return { status: worst, points };
  }
  return { status: points >= 1 ? 'pass' : points <= 0 ? 'fail' : 'partial', points };
}

export type GradeId = 'excellent' | 'very-good' | 'good' | 'poor' | 'very-poor';

export interface Grade {
  id: GradeId;
  /** The lowest score of the band. */
  min: number;
  title: Text;
  action: Text;
}

/** Bands like Salesforce Health Check's (https://help.salesforce.com/s/articleView?id=sf.security_health_check_score.htm), each with what to do next. */
export const GRADES: readonly Grade[] = [
  {
    id: 'excellent',
    min: 90,
    title: { ru: 'Отлично', en: 'Excellent' },
    action: {
      ru: 'Отдел продаж настроен по стандартам. Повторяйте аудит раз в квартал и продлевайте подтверждения до их срока.',
      en: 'The sales department follows the standards. Repeat the audit every quarter and renew attestations before they expire.',
    },
  },
  {
    id: 'very-good',
    min: 80,
    title: { ru: 'Очень хорошо', en: 'Very good' },
    action: {
      ru: 'Почти всё на месте. Доведите частично выполненные стандарты в ближайший месяц.',
      en: 'Almost everything is in place. Finish the partly met standards within the next month.',
    },
  },
  {
    id: 'good',
    min: 70,
    title: { ru: 'Хорошо', en: 'Good' },
    action: {
      ru: 'Основа есть. Начните с невыполненных стандартов веса 3, затем веса 2.',
      en: 'The basics are there. Start with the failed standards of weight 3, then weight 2.',
    },
  },
  {
    id: 'poor',
    min: 55,
    title: { ru: 'Слабо', en: 'Poor' },
    action: {
      ru: 'Заметные пробелы. Составьте план исправлений на месяц, начиная со стандартов веса 3, и проверяйте его аудитом каждую неделю.',
      en: 'Clear gaps. Make a one-month plan of fixes starting with weight-3 standards, and check it with an audit every week.',
    },
  },
  {
    id: 'very-poor',
    min: 0,
    title: { ru: 'Очень слабо', en: 'Very poor' },
    action: {
      ru: 'Отдел продаж в CRM почти не настроен. Начните со стартовой спецификации (b24cfg init), примените её (b24cfg apply) и пройдите чек-лист ручных настроек.',
      en: 'The sales department is barely set up in the CRM. Start from the starter spec (b24cfg init), apply it (b24cfg apply) and work through the manual checklist.',
    },
  },
];

export function gradeOf(score: number): Grade {
  return GRADES.find((g) => score >= g.min) ?? (GRADES[GRADES.length - 1] as Grade);
}

export interface Scored {
  category: Category;
  weight: number;
  points?: number;
  /** Left out of the score: not applicable, error, or suppressed. */
  excluded: boolean;
}

export interface CategoryScore {
  category: Category;
  /** 0–100, or null when nothing in the category counts. */
  value: number | null;
  counted: number;
}

export interface ScoreSummary {
  /** 0–100 with one decimal; 0 when nothing counts. */
  value: number;
  grade: GradeId;
  counted: number;
  weightCounted: number;
  byCategory: CategoryScore[];
}

function weighted(items: readonly Scored[]): { value: number | null; counted: number; weight: number } {
  const counted = items.filter((i) => !i.excluded && i.points !== undefined);
  const weight = counted.reduce((w, i) => w + i.weight, 0);
  if (weight === 0) return { value: null, counted: 0, weight: 0 };
  const raw = counted.reduce((s, i) => s + i.weight * (i.points ?? 0), 0) / weight;
  return { value: Math.round(raw * 1000) / 10, counted: counted.length, weight };
}

/** The weighted share of points over the standards that count, 0–100: the same input, the same number. */
export function scoreOf(items: readonly Scored[]): ScoreSummary {
  const all = weighted(items);
  const value = all.value ?? 0;
  return {
    value,
    grade: gradeOf(value).id,
    counted: all.counted,
    weightCounted: all.weight,
    byCategory: CATEGORIES.map((category) => {
      const c = weighted(items.filter((i) => i.category === category));
      return { category, value: c.value, counted: c.counted };
    }),
  };
}
