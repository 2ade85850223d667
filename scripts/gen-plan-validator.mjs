// Generates src/plan/plan-file-validator.generated.ts from src/plan/plan-file.schema.json: the schema of a
// saved plan (`b24cfg plan --out plan.json`), compiled ahead of time like the spec's (gen-spec-validator.mjs).
// test/plan/plan-file.test.ts fails when the committed file is out of date: run `npm run gen:validator`.
import { generateStandaloneValidator, writeIfChanged } from './standalone-validator.mjs';

/**
 * The first error is enough: src/plan/plan-file.ts reports one located problem and the plan is made
 * again. `discriminator` picks the change's branch by `op`, so an error names that branch's field.
 */
export const PLAN_AJV_OPTIONS = Object.freeze({
  allErrors: false,
  strict: true,
  discriminator: true,
  logger: false,
});

export const PLAN_FORMATS = Object.freeze(['date-time']);

const BANNER = [
  '/* Generated from src/plan/plan-file.schema.json by `npm run gen:validator` (ajv standalone code). Do not edit by hand. */',
  '// @ts-nocheck',
  '/* eslint-disable */',
].join('\n');

export function generatePlanValidator() {
  return generateStandaloneValidator({
    name: 'gen-plan-validator',
    schemaUrl: new URL('../src/plan/plan-file.schema.json', import.meta.url),
    options: PLAN_AJV_OPTIONS,
    formats: PLAN_FORMATS,
    banner: BANNER,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = new URL('../src/plan/plan-file-validator.generated.ts', import.meta.url);
  if (await writeIfChanged(target, await generatePlanValidator()))
    process.stdout.write('wrote src/plan/plan-file-validator.generated.ts\n');
}
