import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsModule, { type FormatsPlugin } from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { generateSpecValidator, SPEC_AJV_OPTIONS, SPEC_FORMATS } from '../../scripts/gen-spec-validator.mjs';
import { validate as generated } from '../../src/spec/schema-validator.generated.js';
import { SPEC_SCHEMA } from '../../src/spec/schema-json.js';

interface Validator {
  (data: unknown): boolean;
  errors?: Array<{ keyword: string; instancePath: string; schemaPath: string; params: unknown }> | null;
}

function compiledNow(): Validator {
  const ajv = new Ajv2020({ ...SPEC_AJV_OPTIONS });
  const addFormats: FormatsPlugin = formatsModule.default;
  addFormats(ajv, [...SPEC_FORMATS] as Parameters<FormatsPlugin>[1] & string[]);
  return ajv.compile(SPEC_SCHEMA) as Validator;
}

const gen = generated as unknown as Validator;

describe('schema-validator.generated.ts', () => {
  it('is what `npm run gen:validator` makes from spec.schema.json (regenerate after a schema change)', async () => {
    const committed = readFileSync(
      new URL('../../src/spec/schema-validator.generated.ts', import.meta.url),
      'utf8',
    );
    expect(await generateSpecValidator()).toBe(committed);
  });

  const cases: Array<[string, unknown]> = [
    ['a minimal valid spec', { version: 1 }],
    ['a wrong version', { version: 2 }],
    ['an unknown top-level key', { version: 1, direction: [] }],
    [
      'a stage without a name',
      { version: 1, directions: [{ key: 'a', name: 'A', stages: [{ code: 'X' }] }] },
    ],
    [
      'a label of the wrong type',
      { version: 1, fields: { deal: [{ code: 'A', type: 'string', label: 5 }] } },
    ],
    ['an unknown field type', { version: 1, fields: { deal: [{ code: 'A', type: 'strin', label: 'A' }] } }],
    [
      'a bad date',
      {
        version: 1,
        directions: [
          {
            key: 'a',
            name: 'A',
            stages: [
              {
                code: 'X',
                name: 'X',
                task: { title: 't', responsible: 'deal.responsible', deadline: { at: '2026-13-45' } },
              },
            ],
          },
        ],
      },
    ],
  ];

  it.each(cases)('answers like ajv compiling the schema at run time: %s', (_name, value) => {
    const live = compiledNow();
    const okLive = live(value);
    const okGen = gen(value);
    expect(okGen).toBe(okLive);
    const shape = (v: Validator) =>
      (v.errors ?? []).map((e) => [e.keyword, e.instancePath, e.schemaPath, JSON.stringify(e.params)]);
    expect(shape(gen)).toEqual(shape(live));
  });
});
