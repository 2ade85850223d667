/** Types of scripts/gen-plan-validator.mjs, for test/plan/plan-file.test.ts. */
export declare const PLAN_AJV_OPTIONS: Readonly<Record<string, unknown>>;
export declare const PLAN_FORMATS: readonly string[];
export declare function generatePlanValidator(): Promise<string>;
