import { formatValidationJson } from './json.js';
import { formatValidationPretty } from './pretty.js';
import { formatValidationSarif } from './sarif.js';
import type { ValidationFormatOptions, ValidationResults } from './types.js';

export const VALIDATION_FORMATS = ['pretty', 'json', 'sarif'] as const;
export type ValidationFormat = (typeof VALIDATION_FORMATS)[number];

/** The validation report in one of its formats (pure). */
export function formatValidation(
  format: ValidationFormat,
  results: ValidationResults,
  o: ValidationFormatOptions,
): string {
  if (format === 'json') return formatValidationJson(results, o);
  if (format === 'sarif') return formatValidationSarif(results, o);
  return formatValidationPretty(results, o);
}

export { formatValidationJson, formatValidationPretty, formatValidationSarif };
export { validationRuleMetas } from './sarif.js';
export type { ValidationFormatOptions, ValidationResults } from './types.js';
