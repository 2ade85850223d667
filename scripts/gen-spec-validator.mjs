// Generates src/spec/schema-validator.generated.ts from src/spec/spec.schema.json (the source of truth):
// the spec's JSON Schema compiled ahead of time by ajv's standalone code generation, so `b24cfg validate`
// neither imports ajv's compiler nor compiles the schema at start-up (issue #8).
// test/spec/schema-validator.test.ts fails when the committed file is out of date: run `npm run gen:validator`.
import { generateStandaloneValidator, writeIfChanged } from './standalone-validator.mjs';

/**
 * The ajv options of the spec check. src/spec/schema-check.ts reads `errors` with `verbose` details
 * (`schema`, `parentSchema`, `data`), so the generated code must be built with exactly these.
 */
export const SPEC_AJV_OPTIONS = Object.freeze({
  allErrors: true,
  verbose: true,
  strict: true,
  allowUnionTypes: true,
  logger: false,
});

/** The formats the schema may use; ajv-formats supplies them (only those the schema names end up in the code). */
export const SPEC_FORMATS = Object.freeze(['date', 'date-time', 'email', 'uri']);

const BANNER = [
  '/* Generated from src/spec/spec.schema.json by `npm run gen:validator` (ajv standalone code). Do not edit by hand. */',
  '// @ts-nocheck',
  '/* eslint-disable */',
].join('\n');

export function generateSpecValidator() {
  return generateStandaloneValidator({
    name: 'gen-spec-validator',
    schemaUrl: new URL('../src/spec/spec.schema.json', import.meta.url),
    options: SPEC_AJV_OPTIONS,
    formats: SPEC_FORMATS,
    banner: BANNER,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = new URL('../src/spec/schema-validator.generated.ts', import.meta.url);
  if (await writeIfChanged(target, await generateSpecValidator()))
    process.stdout.write('wrote src/spec/schema-validator.generated.ts\n');
}
