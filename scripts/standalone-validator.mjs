// Shared by scripts/gen-spec-validator.mjs and scripts/gen-plan-validator.mjs: a JSON Schema compiled ahead
// of time by ajv's standalone code generation, as an ES module that imports only ajv's small runtime
// helpers, so the CLI neither imports ajv's compiler nor compiles a schema at start-up (issue #8).
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import formatsModule from 'ajv-formats';
import { readFile, writeFile } from 'node:fs/promises';

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

/**
 * The TypeScript module of a schema's standalone validator. `name` names the generator in errors;
 * `banner` opens the file (what it was made from, by which command).
 */
export async function generateStandaloneValidator({ name, schemaUrl, options, formats, banner }) {
  const schema = JSON.parse(await readFile(schemaUrl, 'utf8'));
  const ajv = new Ajv2020({ ...options, code: { source: true, esm: true, lines: true } });
  formatsModule.default(ajv, [...formats]);
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
  if (left) throw new Error(`${name}: unmapped runtime helper ${left[0]}; add it to RUNTIME_IMPORTS`);
  return `${banner}\n${header.join('\n')}\n${code.trimEnd()}\n`;
}

/** Writes the module only when it changed: `npm run build` runs the generators every time. */
export async function writeIfChanged(target, ts) {
  const current = await readFile(target, 'utf8').catch(() => undefined);
  if (current === ts) return false;
  await writeFile(target, ts);
  return true;
}
