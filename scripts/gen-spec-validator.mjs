// Generates src/spec/schema-validator.generated.ts from src/spec/spec.schema.json (the source of truth):
// the spec's JSON Schema compiled ahead of time by ajv's standalone code generation, so `b24cfg validate`
// neither imports ajv's compiler nor compiles the schema at start-up (issue #8: cold start).
// test/spec/schema-validator.test.ts fails when the committed file is out of date: run `npm run gen:validator`.
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import formatsModule from 'ajv-formats';
import { readFile, writeFile } from 'node:fs/promises';

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

// ajv's standalone output refers to its runtime helpers with require() even in ESM mode; these are the
// helpers it may name, mapped to ESM imports of the same CommonJS files. Node gives a CommonJS module's
// `module.exports` as the default import, bundlers with __esModule interop (vitest) give `exports.default`:
// `?.default ?? itself` picks the function either way.
const RUNTIME_IMPORTS = [
  {
    require: 'require("ajv/dist/runtime/ucs2length").default',
    local: '__ucs2length',
    import: "import __ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';",
    init: 'const __ucs2length = __ucs2lengthModule.default ?? __ucs2lengthModule;',
  },
  {
    require: 'require("ajv/dist/runtime/equal").default',
    local: '__equal',
    import: "import __equalModule from 'ajv/dist/runtime/equal.js';",
    init: 'const __equal = __equalModule.default ?? __equalModule;',
  },
  {
    require: 'require("ajv-formats/dist/formats").fullFormats',
    local: '__fullFormats',
    import: "import { fullFormats as __fullFormats } from 'ajv-formats/dist/formats.js';",
    init: '',
  },
];

export async function generateSpecValidator() {
  const schema = JSON.parse(await readFile(new URL('../src/spec/spec.schema.json', import.meta.url), 'utf8'));
  const ajv = new Ajv2020({
    ...SPEC_AJV_OPTIONS,
    code: { source: true, esm: true, lines: true },
  });
  formatsModule.default(ajv, [...SPEC_FORMATS]);
  const validate = ajv.compile(schema);
  let code = standaloneModule.default(ajv, validate).replace(/^"use strict";\s*/, '');
  const header = [];
  for (const r of RUNTIME_IMPORTS) {
    if (!code.includes(r.require)) continue;
    code = code.split(r.require).join(r.local);
    header.push(r.import);
    if (r.init) header.push(r.init);
  }
  const left = /require\([^)]*\)/.exec(code);
  if (left)
    throw new Error(`gen-spec-validator: unmapped runtime helper ${left[0]}; add it to RUNTIME_IMPORTS`);
  return `${BANNER}\n${header.join('\n')}\n${code.trimEnd()}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ts = await generateSpecValidator();
  const target = new URL('../src/spec/schema-validator.generated.ts', import.meta.url);
  const current = await readFile(target, 'utf8').catch(() => undefined);
  // Written only when it changed: `npm run build` runs this every time.
  if (current !== ts) {
    await writeFile(target, ts);
    process.stdout.write('wrote src/spec/schema-validator.generated.ts\n');
  }
}
