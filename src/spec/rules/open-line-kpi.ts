import { formatDuration, tryParseDuration } from '../duration.js';
import type { OpenLine } from '../spec.generated.js';
import { defineRule } from './types.js';
import { items, obj, str } from './walk.js';

/** SD-22: the first answer within 15 minutes, every further answer within 30, with alerts on. */
const FIRST_ANSWER_MAX = 15 * 60;
const FURTHER_ANSWER_MAX = 30 * 60;

export const openLineKpi = defineRule<'firstTooSlow' | 'furtherTooSlow' | 'alertOff'>({
  meta: {
    id: 'open-line-kpi',
    severity: 'warning',
    description: {
      ru: 'KPI открытых линий не мягче стандарта SD-22 (первый ответ ≤ 15 мин, следующие ≤ 30 мин)',
      en: 'open-line KPIs meet SD-22 (first answer ≤ 15 min, further answers ≤ 30 min)',
    },
    messages: {
      firstTooSlow: {
        ru: 'первый ответ в линии «{line}» — {value}; стандарт SD-22 требует не дольше {limit}',
        en: 'first answer in line "{line}" is {value}; standard SD-22 asks for at most {limit}',
      },
      furtherTooSlow: {
        ru: 'следующие ответы в линии «{line}» — {value}; стандарт SD-22 требует не дольше {limit}',
        en: 'further answers in line "{line}" take {value}; standard SD-22 asks for at most {limit}',
      },
      alertOff: {
        ru: 'в линии «{line}» выключены уведомления о нарушении KPI (SD-22)',
        en: 'line "{line}" has KPI alerts turned off (SD-22)',
      },
    },
    hints: {
      alertOff: {
        ru: 'Включите kpi.alert: true, чтобы руководитель узнавал о просрочках.',
        en: 'Set kpi.alert: true so the head learns about late answers.',
      },
    },
  },
  check(ctx) {
    for (const { item, ptr } of items<OpenLine>(ctx.spec.open_lines, '/open_lines')) {
      const kpi = obj(item.kpi);
      if (!kpi) continue;
      const line = str(item.name) ?? '?';
      const limits = [
        ['first_answer', FIRST_ANSWER_MAX, 'firstTooSlow'],
        ['further_answer', FURTHER_ANSWER_MAX, 'furtherTooSlow'],
      ] as const;
      for (const [prop, limit, messageId] of limits) {
        const seconds = tryParseDuration(kpi[prop]);
        if (seconds !== undefined && seconds > limit) {
          ctx.report({
            messageId,
            data: { line, value: formatDuration(seconds), limit: formatDuration(limit) },
            path: `${ptr}/kpi/${prop}`,
          });
        }
      }
      if (kpi.alert === false)
        ctx.report({ messageId: 'alertOff', data: { line }, path: `${ptr}/kpi/alert` });
    }
  },
});
