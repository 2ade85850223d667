import { makeProblem } from './problem.js';
import { SPEC_RULES } from './rules/index.js';
import { buildSpecIndex } from './rules/spec-index.js';
import type { SpecRule } from './rules/types.js';
import { isObject } from './rules/walk.js';
import { checkSchema } from './schema-check.js';
import type { Spec } from './spec.generated.js';
import type { Locate, SpecProblem, SpecValidationResult } from './types.js';

/**
 * Validates a spec value (loaded or built in memory): the JSON Schema, then every semantic rule. Rules run
 * even when the schema failed, so one run reports everything; they read the spec defensively. Pure: the
 * same spec always gives the same problems. `locate` turns JSON pointers into file:line:col.
 */
export function validateSpec(
  spec: Spec,
  locate?: Locate,
  rules: readonly SpecRule[] = SPEC_RULES,
): SpecValidationResult {
  const problems: SpecProblem[] = [...checkSchema(spec, locate)];
  if (isObject(spec)) {
    const index = buildSpecIndex(spec);
    for (const rule of rules) {
      rule.check({
        spec,
        index,
        report: (r) => problems.push(makeProblem(rule.meta, r, locate)),
      });
    }
  }
  return {
    errors: problems.filter((p) => p.severity === 'error'),
    warnings: problems.filter((p) => p.severity === 'warning'),
  };
}
