import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { generateSpec } from './spec-gen.js';

/**
 * Inputs for fuzzing the spec loader (issue 9, part 2): random text and bytes, valid specs mutated at
 * random, spec-shaped documents with values of the wrong type, and the classic YAML attacks (alias
 * bombs, deep nesting, huge numbers and strings, odd encodings). Each case is the bytes of one file.
 */
const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Real specs to mutate: the template, the examples, and generated ones. */
export const SEED_SPECS: readonly string[] = [
  readFileSync(join(ROOT, 'templates', 'b2b-b2c.yaml'), 'utf8'),
  readFileSync(join(ROOT, 'examples', 'minimal.yaml'), 'utf8'),
  ...[1, 2, 3, 4].map((s) => generateSpec(s).yaml),
];

const enc = (s: string) => new TextEncoder().encode(s);

const NASTY_SCALARS = [
  '1e400',
  '-1e400',
  '.nan',
  '.inf',
  '-.inf',
  '99999999999999999999999999999999',
  '0x7fffffffffffffff',
  '-0',
  '~',
  'null',
  '!!binary AAEC',
  '!!str',
  '!!int "x"',
  '!unknown tag',
  '"\\u0000"',
  '"\\uD800"',
  "''",
  '[]',
  '{}',
  '[[[[[[]]]]]]',
  '*nosuchanchor',
  '&a [*a]',
  '${env:NOPE}',
  '${var:nope}',
  '${file:/dev/zero}',
  '${file:../../../../etc/passwd}',
  '${env:A:-${env:B:-${env:C}}}',
  '"\u202Eevil"',
  'Ⅻ🚀\u200B\uFEFF',
  '"' + 'Я'.repeat(300) + '"',
  '2026-13-45',
  '15x',
  '-3d',
  '0m',
  'yes',
  'NO',
  '<<: *x',
  '? complex key',
  '|\n  literal',
  '>-\n  folded',
];

/** A single edit of a valid spec: delete, insert, duplicate, re-indent, replace a value, truncate. */
const mutation: fc.Arbitrary<(text: string) => string> = fc.oneof(
  fc.tuple(fc.nat(), fc.nat({ max: 200 })).map(([at, n]) => (t: string) => {
    const i = at % (t.length + 1);
    return t.slice(0, i) + t.slice(i + n);
  }),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 20 })).map(([at, s]) => (t: string) => {
    const i = at % (t.length + 1);
    return t.slice(0, i) + s + t.slice(i);
  }),
  fc.tuple(fc.nat(), fc.constantFrom(...NASTY_SCALARS)).map(([at, v]) => (t: string) => {
    // Replace the value of one "key: value" line.
    const lines = t.split('\n');
    const withValue = lines.map((l, i) => [l, i] as const).filter(([l]) => /:\s+\S/.test(l));
    const pick = withValue[at % Math.max(1, withValue.length)];
    if (!pick) return t;
    const [line, i] = pick;
    lines[i] = line.replace(/:\s+.*$/, `: ${v}`);
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 4 })).map(([at, d]) => (t: string) => {
    const lines = t.split('\n');
    const i = at % lines.length;
    const line = lines[i] ?? '';
    lines[i] = d >= 0 ? ' '.repeat(d) + line : line.slice(-d);
    return lines.join('\n');
  }),
  fc.nat().map((at) => (t: string) => {
    const lines = t.split('\n');
    const i = at % lines.length;
    lines.splice(i, 0, lines[i] ?? '');
    return lines.join('\n');
  }),
  fc.nat().map((at) => (t: string) => t.slice(0, at % (t.length + 1))),
  fc.nat().map((at) => (t: string) => {
    const lines = t.split('\n');
    const i = at % lines.length;
    lines[i] = (lines[i] ?? '').replace(/^ +/, (m) => '\t'.repeat(Math.max(1, m.length / 2)));
    return lines.join('\n');
  }),
  fc.constant((t: string) => t.replace(/\n/g, '\r\n')),
  fc.constant((t: string) => `\uFEFF${t}`),
  fc.constant((t: string) => `${t}\n---\nversion: 1\n`),
);

export const mutatedSpec: fc.Arbitrary<Uint8Array> = fc
  .tuple(fc.constantFrom(...SEED_SPECS), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([text, ms]) => enc(ms.reduce((t, m) => m(t), text)));

/** Any text: printable unicode, lone surrogates and control characters included. */
export const randomText: fc.Arbitrary<Uint8Array> = fc
  .oneof(
    fc.string({ unit: 'grapheme', maxLength: 400 }),
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc.string({
      unit: fc.constantFrom(
        ':',
        '-',
        ' ',
        '\n',
        '[',
        ']',
        '{',
        '}',
        '&',
        '*',
        '!',
        '|',
        '>',
        '#',
        'a',
        '1',
        '"',
        "'",
        '?',
        ',',
      ),
      maxLength: 200,
    }),
  )
  .map(enc);

/** Raw bytes: invalid UTF-8, NUL, a PNG or ZIP header. */
export const binary: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  fc
    .uint8Array({ maxLength: 200 })
    .map((b) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...b])),
  fc.uint8Array({ maxLength: 200 }).map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b])),
  fc
    .uint8Array({ maxLength: 200 })
    .map((b) => new Uint8Array([...enc('version: 1\ndirections:\n  - key: '), ...b])),
);

/** The spec's own keys with values of any type: the schema and the rules must reject, not crash. */
export const wrongTypes: fc.Arbitrary<Uint8Array> = fc
  .record(
    {
      version: fc.anything(),
      directions: fc.oneof(
        fc.anything(),
        fc.array(
          fc.record(
            {
              key: fc.anything(),
              name: fc.anything(),
              renamed_from: fc.anything(),
              stages: fc.oneof(
                fc.anything(),
                fc.array(
                  fc.record(
                    { code: fc.anything(), name: fc.anything(), task: fc.anything(), color: fc.anything() },
                    { requiredKeys: [] },
                  ),
                ),
              ),
              won: fc.anything(),
              lost: fc.anything(),
            },
            { requiredKeys: [] },
          ),
          { maxLength: 4 },
        ),
      ),
      fields: fc.anything(),
      users: fc.anything(),
      departments: fc.anything(),
      segments: fc.anything(),
      lead_sources: fc.anything(),
      lead_statuses: fc.anything(),
      open_lines: fc.anything(),
      documents: fc.anything(),
      numerators: fc.anything(),
      email_templates: fc.anything(),
      variables: fc.anything(),
      manage: fc.anything(),
      extends: fc.oneof(
        fc.anything(),
        fc.constantFrom('.', '/', '/dev/zero', '/proc/self/environ', 'nope.yaml', '../../../../etc/passwd'),
      ),
      audit: fc.anything(),
    },
    { requiredKeys: [] },
  )
  .map((o) => {
    try {
      return enc(stringify(o));
    } catch {
      return enc(JSON.stringify(o) ?? 'null');
    }
  });

function nest(depth: number, open: string, close: string, inner = 'x'): string {
  return open.repeat(depth) + inner + close.repeat(depth);
}

/** Known attacks, each at a size chosen by the fuzzer. */
export const attacks: fc.Arbitrary<Uint8Array> = fc.oneof(
  // Billion laughs: each level doubles… or multiplies by `width`.
  fc.tuple(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 2, max: 9 })).map(([levels, width]) => {
    const lines = ['a0: &a0 ["lol"]'];
    for (let i = 1; i <= levels; i++)
      lines.push(`a${i}: &a${i} [${Array.from({ length: width }, () => `*a${i - 1}`).join(', ')}]`);
    lines.push(`version: 1\ndirections: *a${levels}`);
    return enc(lines.join('\n'));
  }),
  fc.integer({ min: 100, max: 20_000 }).map((d) => enc(`version: 1\ndirections: ${nest(d, '[', ']')}\n`)),
  fc.integer({ min: 100, max: 20_000 }).map((d) => enc(`version: 1\nfields: ${nest(d, '{a: ', '}')}\n`)),
  fc
    .integer({ min: 50, max: 3_000 })
    .map((d) =>
      enc(
        `version: 1\nvariables:\n${Array.from({ length: d }, (_, i) => `  v${i}: \${var:v${i + 1}}`).join('\n')}\n  v${d}: end\nclient: \${var:v0}\n`,
      ),
    ),
  fc.integer({ min: 1, max: 3_000_000 }).map((n) => enc(`version: 1\nclient: "${'Ж'.repeat(n)}"\n`)),
  fc
    .integer({ min: 1, max: 200_000 })
    .map((n) => enc(`version: 1\ndirections:\n${'  - {key: k, name: n}\n'.repeat(Math.ceil(n / 20))}`)),
  fc.integer({ min: 1, max: 5000 }).map((n) => enc(`version: ${'9'.repeat(n)}\n`)),
  fc
    .constantFrom(
      'version: 1\nversion: 2\n',
      'version: 1\n---\nversion: 1\n',
      '%YAML 1.1\n---\nversion: 1\n',
      '%TAG ! tag:evil,2026:\n--- !foo\nversion: 1\n',
      '!!set {a, b}\n',
      '!!omap [a: 1]\n',
      'version: !!binary R0lGODlhDAAMAIQAAP//9/X17unp5WZmZgAAAOfn515eXvPz7Y6OjuDg4J+fn5OTk6enp56enmleECcgggoBADs=\n',
      '<<: {version: 1}\n',
      'version: 1\n<<: *undefined\n',
      '? [a, b]\n: c\n',
      '\x00\x00\x00',
      '\uFEFF\uFEFFversion: 1\n',
      'version: 1\r\rdirections: []\r',
      '',
      '   \n\t\n',
      '# only a comment\n',
      'extends: ./spec.yaml\nversion: 1\n',
      'extends: [".", "/", "/dev/null"]\nversion: 1\n',
    )
    .map(enc),
);

export const anySpecBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { arbitrary: mutatedSpec, weight: 4 },
  { arbitrary: randomText, weight: 2 },
  { arbitrary: binary, weight: 1 },
  { arbitrary: wrongTypes, weight: 2 },
  { arbitrary: attacks, weight: 1 },
);
