import type { Plan } from '../../plan/types.js';

/** The plan exactly as `--out plan.json` saves it and `apply plan.json` reads it. */
export function formatPlanJson(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
