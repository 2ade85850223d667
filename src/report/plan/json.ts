import { dataJson } from '../../core/data-text.js';
import type { Plan } from '../../resources/plan.js';
import { planTextReplacer } from '../../resources/plan-text.js';

/** The plan exactly as `--out plan.json` saves it and `apply plan.json` reads it: texts in both languages. */
export function formatPlanJson(plan: Plan): string {
  return dataJson(plan, planTextReplacer);
}
