// Generates src/spec/spec.generated.ts from src/spec/spec.schema.json (the source of truth).
// test/spec/schema-types.test.ts fails when the committed file is out of date: run `npm run gen:types`.
import { compile } from 'json-schema-to-typescript';
import { readFile, writeFile } from 'node:fs/promises';

export async function generateSpecTypes() {
  const schema = JSON.parse(await readFile(new URL('../src/spec/spec.schema.json', import.meta.url), 'utf8'));
  return compile(schema, 'Spec', {
    bannerComment:
      '/* Generated from src/spec/spec.schema.json by `npm run gen:types`. Do not edit by hand. */',
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 110 },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ts = await generateSpecTypes();
  await writeFile(new URL('../src/spec/spec.generated.ts', import.meta.url), ts);
  process.stdout.write('wrote src/spec/spec.generated.ts\n');
}
