// Generates src/fleet/fleet-validator.generated.ts from src/fleet/fleet.schema.json: the fleet file's schema,
// compiled ahead of time like the spec's (gen-spec-validator.mjs) and read with the same options, so its
// problems are put in the same words, each at file:line:col (src/spec/schema-check.ts schemaProblems).
// test/fleet/fleet-file.test.ts fails when the committed file is out of date: run `npm run gen:validator`.
import { SPEC_AJV_OPTIONS } from './gen-spec-validator.mjs';
import { generateStandaloneValidator, writeIfChanged } from './standalone-validator.mjs';

const BANNER = [
  '/* Generated from src/fleet/fleet.schema.json by `npm run gen:validator` (ajv standalone code). Do not edit by hand. */',
  '// @ts-nocheck',
  '/* eslint-disable */',
].join('\n');

export function generateFleetValidator() {
  return generateStandaloneValidator({
    name: 'gen-fleet-validator',
    schemaUrl: new URL('../src/fleet/fleet.schema.json', import.meta.url),
    options: SPEC_AJV_OPTIONS,
    formats: [],
    banner: BANNER,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = new URL('../src/fleet/fleet-validator.generated.ts', import.meta.url);
  if (await writeIfChanged(target, await generateFleetValidator()))
    process.stdout.write('wrote src/fleet/fleet-validator.generated.ts\n');
}
