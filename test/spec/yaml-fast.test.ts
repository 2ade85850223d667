import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSpecYaml, generateValidateSpecYaml, LARGE, LOCAL_50, MEDIUM } from '../../bench/sizes.js';
import { createRng } from '../../src/sandbox/prng.js';
import { toPlain, type LNode } from '../../src/spec/located.js';
import { sourceFile } from '../../src/spec/source-file.js';
import { parseFastYaml, parseFastYamlPlain, resolvePlainScalar } from '../../src/spec/yaml-fast.js';
import { parseYamlFull } from '../../src/spec/yaml-full.js';

/*
 * The fast parser must give exactly the tree `yaml` gives (values, kinds, locations, spans) or give up.
 * Every check here is differential: the reference is parseYamlFull on the same text.
 */

const ROOT = join(import.meta.dirname, '..', '..');

/** A comparable plain form of a located tree (Map entries in order). */
function plain(node: LNode): unknown {
  if (node.kind === 'scalar') return node;
  if (node.kind === 'seq') return { kind: 'seq', loc: node.loc, items: node.items.map(plain) };
  return {
    kind: 'map',
    loc: node.loc,
    entries: [...node.entries.values()].map((e) => ({ key: e.key, keyLoc: e.keyLoc, node: plain(e.node) })),
  };
}

type Outcome = 'fast' | 'fallback';

/** Parses with both; fails the test when the fast parser answers something yaml does not. */
function compare(text: string): Outcome {
  const src = sourceFile('spec.yaml', text);
  const fast = parseFastYaml(src);
  // The plain build (src/spec/load-plain.ts) reads the same texts into the same values.
  const plainValue = parseFastYamlPlain(text);
  if (!fast) {
    expect(plainValue, `the plain build read what the tree build gave up on:\n${JSON.stringify(text)}`).toBe(
      undefined,
    );
    return 'fallback';
  }
  expect(plainValue, `different plain values for:\n${JSON.stringify(text)}`).toEqual(toPlain(fast).value);
  const full = parseYamlFull(src);
  expect(full.problems, `yaml finds problems the fast parser missed in:\n${JSON.stringify(text)}`).toEqual(
    [],
  );
  expect(plain(fast), `different trees for:\n${JSON.stringify(text)}`).toEqual(plain(full.root!));
  return 'fast';
}

const variants = (text: string): [string, string][] => [
  ['as written', text],
  ['with CRLF line ends', text.replace(/\n/g, '\r\n')],
  ['without the final line break', text.replace(/\n+$/, '')],
];

describe('fast YAML parser: every spec in the repository', () => {
  const files = execFileSync('git', ['ls-files', '*.yaml', '*.yml'], { cwd: ROOT, encoding: 'utf8' })
    .trim()
    .split('\n');

  it('finds the templates, examples and fixtures', () => {
    expect(files).toContain('templates/b2b-b2c.yaml');
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s: the same tree as yaml, on the fast path', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const [how, t] of variants(text)) {
      expect(compare(t), `${file} ${how}`).toBe('fast');
    }
  });

  it.each([
    ['medium', MEDIUM],
    ['large', LARGE],
    ['50-pipeline', LOCAL_50],
  ] as const)('the %s benchmark spec (written by yaml.stringify)', (_name, size) => {
    expect(compare(generateSpecYaml(size))).toBe('fast');
  });

  it('the 700 KB spec of issue #18, its 10 000 list items as flow mappings ({ xml_id: X, value: Y })', () => {
    const text = generateValidateSpecYaml();
    expect(text).toContain('- { xml_id: BENCH_001_V01, value: Вариант 1 }');
    expect(compare(text)).toBe('fast');
  });
});

describe('fast YAML parser: each construct', () => {
  it.each([
    ['plain scalars', 'a: 1\nb: word\nc: два слова\nd: http://x.ru/a?b=c\ne: a:b\n'],
    [
      'core schema values',
      'a: true\nb: False\nc: ~\nd: NULL\ne: 0x1F\nf: 0o17\ng: -5\nh: +3.5\ni: 1e3\nj: .inf\nk: -.INF\nl: .NaN\nm: 007\nn: 1.0\n',
    ],
    ['keys that are not words', '1: a\ntrue: b\nnull: c\n1.50: d\nключ с пробелами: e\n'],
    ['null values', 'a:\nb:   \nc:  # why\nd: ~\n'],
    ['comments everywhere', '# head\na: 1 # tail\n\n  # indented\nb:\n  # inside\n  c: 2\n# end\n'],
    ['nested maps', 'a:\n  b:\n    c: 1\n    d: 2\n  e: 3\nf: 4\n'],
    [
      'sequences with compact maps',
      'list:\n  - key: a\n    name: A\n  - key: b\n    nested:\n      - x\n      - y\n',
    ],
    ['a sequence at its key’s indentation', 'a:\n- 1\n- 2\nb: 3\n'],
    ['four-space indentation', 'a:\n    b:\n        - c: 1\n          d: 2\n'],
    ['quoted scalars', `a: 'it''s'\nb: "q\\"\\u0041\\n\\t"\nc: '#39A8EF'\nd: "x # not a comment"\ne: '' \n`],
    [
      'single-line flow collections',
      'a: [1, two, "3"]\nb: { x: 1, y: [a, b] }\nc: []\nd: {}\ne: [ spaced , out ]\n',
    ],
    [
      'multi-line flow collections (as Prettier writes them)',
      "a:\n  - {\n      x: 1,\n      y: 'two',\n    }\nb:\n  [\n    one,\n    two,\n  ]\n",
    ],
    ['a flow collection below its key', 'help:\n  { ru: Да, en: Yes }\nnext: 1\n'],
    ['a scalar below its key', 'a:\n  value\nb:\n  "quoted"\n'],
    ['literal block scalars', 'a: |\n  line 1\n\n  line 3\nb: |-\n  x\nc: |+\n  y\n\n\nd: 1\n'],
    ['folded block scalars', 'a: >\n  one\n  two\n\n  three\nb: >-\n  x\n  y\nc: 1\n'],
    ['block scalars with comment-like lines', 'a: |\n  # not a comment\n  text\nb: 2\n'],
    ['block scalars at the end of the file', 'a: |\n  x\n'],
    ['negative numbers and dashes in values', 'a: -5\nb: [-1, -2]\nc: -word\nd: a - b\n'],
    ['values with template variables', "a: ${env:X:-y@z}\nb: ${var:v}\nc: '${var:w}'\n"],
  ])('%s', (_name, text) => {
    for (const [how, t] of variants(text)) expect(compare(t), how).toBe('fast');
  });

  it.each([
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['merge keys', 'a: &x { k: 1 }\nb:\n  <<: *x\n'],
    ['tags', 'a: !!str 1\n'],
    ['multi-line plain scalars', 'a: one\n  two\n'],
    ['multi-line quoted scalars', 'a: "one\n  two"\n'],
    ['quoted keys', '"a": 1\n'],
    ['complex keys', '? a\n: 1\n'],
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['keys equal as text', '1: a\n"1": b\n'],
    ['several documents', 'a: 1\n---\nb: 2\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['tabs', 'a:\n\tb: 1\n'],
    ['a byte order mark', '\ufeffa: 1\n'],
    ['a lone carriage return', 'a: 1\rb: 2\n'],
    ['a root that is not a mapping', '- a\n- b\n'],
    ['an indented root', '  a: 1\n'],
    ['an empty document', '# nothing\n'],
    ['bad indentation', 'a:\n  b: 1\n c: 2\n'],
    ['a mapping value on the key’s line', 'a: b: c\n'],
    ['an empty sequence item', 'a:\n  -\n  - b\n'],
    ['nested compact sequences', 'a:\n  - - b\n'],
    ['block scalars with an indentation indicator', 'a: |2\n   x\n'],
    ['more-indented lines in a folded scalar', 'a: >\n  x\n    y\n  z\n'],
    ['trailing text after a quoted scalar', 'a: "x" y\n'],
    ['unclosed flow collections', 'a: [1, 2\nb: 3\n'],
    ['empty flow entries', 'a: [1, , 2]\n'],
    ['flow keys without values', 'a: { b }\n'],
  ])('gives up on %s (yaml reads it)', (_name, text) => {
    expect(compare(text)).toBe('fallback');
  });
});

describe('fast YAML parser: scalar resolution', () => {
  it.each([
    ['', null],
    ['~', null],
    ['Null', null],
    ['nulls', 'nulls'],
    ['TRUE', true],
    ['tRue', 'tRue'],
    ['0o10', 8],
    ['0x10', 16],
    ['-0', -0],
    ['1_000', '1_000'],
    ['1.', 1],
    ['.5', 0.5],
    ['1e-2', 0.01],
    ['-.inf', -Infinity],
    ['2026-01-01', '2026-01-01'],
    ['+', '+'],
  ])('%j → %j (YAML 1.2 core, as yaml resolves it)', (text, value) => {
    expect(resolvePlainScalar(text)).toEqual(value);
    const root = parseYamlFull(sourceFile('f', `a: ${text}\n`)).root;
    const node = root?.kind === 'map' ? root.entries.get('a')?.node : undefined;
    expect(node?.kind === 'scalar' ? node.value : undefined).toEqual(value);
  });
});

/** The sandbox's seeded PRNG as a bare function: generated documents are the same on every run. */
function rng(seed: number): () => number {
  const r = createRng(seed);
  return () => r.next();
}

const KEYS = [
  'key',
  'name',
  'code',
  'stages',
  'Поле',
  'a b',
  '1',
  'true',
  'null',
  'x-y',
  'url',
  'e.mail',
  'k_1',
];
const PLAIN = [
  'word',
  'Новая сделка',
  '42',
  '-7',
  '0.5',
  '1e3',
  'true',
  'no',
  'null',
  '~',
  'a:b',
  'a - b',
  '${var:x}',
  'x@y.ru',
  '#fff',
  '.inf',
  '0x1A',
  'it’s',
];

/** A random document in the style of a spec: block mappings and sequences with every kind of value. */
function randomDocument(r: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const step = r() < 0.7 ? 2 : 4;
  const out: string[] = [];
  const comment = (ind: number) => {
    // Comments mostly at the current indentation, sometimes anywhere: yaml counts deeper ones into a
    // collection's extent.
    if (r() < 0.08) out.push(`${' '.repeat(r() < 0.8 ? ind : Math.floor(r() * 8))}# note`);
    if (r() < 0.05) out.push(r() < 0.8 ? '' : '   ');
  };
  const plainScalar = () => {
    const s = pick(PLAIN);
    // A plain scalar cannot start with # (it would be a comment): quote those.
    return s.startsWith('#') ? `'${s}'` : s;
  };
  const flow = (depth: number): string => {
    const n = Math.floor(r() * 3);
    if (r() < 0.5 || depth > 1) return `[${Array.from({ length: n }, plainScalar).join(', ')}]`;
    const keys = [...new Set(Array.from({ length: n }, () => pick(KEYS)))];
    return `{ ${keys.map((k) => `${k}: ${r() < 0.2 ? flow(depth + 1) : plainScalar()}`).join(', ')} }`;
  };
  const inlineValue = (ind: number): string | string[] => {
    const x = r();
    if (x < 0.45) return plainScalar() + (r() < 0.1 ? '   # c' : '');
    if (x < 0.55) return `'${pick(PLAIN).replace(/'/g, "''")} it''s'`;
    if (x < 0.65) return `"${pick(PLAIN)} \\"q\\" \\u00e9"`;
    if (x < 0.72) return flow(0);
    if (x < 0.75) {
      const items = Array.from({ length: 1 + Math.floor(r() * 3) }, () =>
        r() < 0.3 ? `'${pick(PLAIN)}'` : plainScalar(),
      );
      return ['[', ...items.map((v) => `${' '.repeat(ind + step + 2)}${v},`), `${' '.repeat(ind + step)}]`];
    }
    if (x < 0.82) {
      const keys = [...new Set([pick(KEYS), pick(KEYS)])];
      return [
        '{',
        ...keys.map((k) => `${' '.repeat(ind + step + 2)}${k}: ${plainScalar()},`),
        `${' '.repeat(ind + step)}}`,
      ];
    }
    if (x < 0.9) {
      const header = pick(['|', '|-', '|+', '>', '>-']);
      const body = Array.from({ length: 1 + Math.floor(r() * 4) }, () =>
        r() < 0.2 ? '' : `${' '.repeat(ind + step)}${r() < 0.1 ? '# ' : ''}${pick(PLAIN)} text`,
      );
      while (body[0] === '') body.shift();
      if (body.length === 0) body.push(`${' '.repeat(ind + step)}text`);
      return [header, ...body];
    }
    return '';
  };
  const mapping = (ind: number, depth: number, first?: string) => {
    const keys = [...new Set(Array.from({ length: 1 + Math.floor(r() * 4) }, () => pick(KEYS)))];
    keys.forEach((k, i) => {
      const lead = i === 0 && first !== undefined ? first : ' '.repeat(ind);
      if (i > 0) comment(ind);
      value(lead, r() < 0.05 ? `${k} :` : `${k}:`, ind, depth);
    });
  };
  const sequence = (ind: number, depth: number) => {
    const n = 1 + Math.floor(r() * 3);
    for (let i = 0; i < n; i++) {
      comment(ind);
      if (r() < 0.4 && depth < 4) mapping(ind + 2, depth + 1, `${' '.repeat(ind)}- `);
      else value(' '.repeat(ind), '-', ind, depth);
    }
  };
  function value(lead: string, head: string, ind: number, depth: number): void {
    const x = r();
    if (depth < 4 && x < 0.2) {
      out.push(`${lead}${head}`);
      mapping(ind + step, depth + 1);
    } else if (depth < 4 && x < 0.35) {
      out.push(`${lead}${head}`);
      sequence(head === '-' ? ind + step : r() < 0.3 ? ind : ind + step, depth + 1);
    } else {
      const v = inlineValue(ind);
      if (Array.isArray(v)) {
        out.push(`${lead}${head} ${v[0]}`);
        out.push(...v.slice(1));
      } else if (v === '' && head === '-') {
        out.push(`${lead}${head} x`);
      } else {
        out.push(`${lead}${head}${v === '' ? '' : ` ${v}`}`);
      }
    }
  }
  mapping(0, 0);
  return `${out.join('\n')}\n`;
}

/** `B24CFG_YAML_FUZZ=50` runs 50 times as many generated documents (a deeper search, by hand). */
const SCALE = Math.max(1, Number(process.env.B24CFG_YAML_FUZZ ?? 1));

describe('fast YAML parser: generated documents', () => {
  it(
    'agrees with yaml on 3000 spec-like documents and reads most of them itself',
    () => {
      const r = rng(20261124);
      let fast = 0;
      for (let i = 0; i < 3000 * SCALE; i++) {
        const text = randomDocument(r);
        const t = r() < 0.2 ? text.replace(/\n/g, '\r\n') : text;
        if (compare(t) === 'fast') fast++;
      }
      // Generated documents include constructs the fast parser leaves to yaml (duplicate keys, a sequence
      // item at a mapping's indentation): most, not all, take the fast path.
      expect(fast).toBeGreaterThan(1500 * SCALE);
    },
    30_000 * SCALE,
  );

  it(
    'never answers differently from yaml on 4000 damaged documents',
    () => {
      const r = rng(7);
      const noise = [
        ' ',
        '  ',
        ':',
        ': ',
        '-',
        '- ',
        '#',
        ' #',
        "'",
        '"',
        '[',
        ']',
        '{',
        '}',
        ',',
        '|',
        '>',
        '\n',
        '\t',
        '&a ',
        '*a',
        '!t ',
        '\r',
        '?',
        '%',
      ];
      let fast = 0;
      for (let i = 0; i < 4000 * SCALE; i++) {
        let text = randomDocument(r);
        for (let k = 0; k < 1 + Math.floor(r() * 3); k++) {
          const at = Math.floor(r() * text.length);
          text =
            r() < 0.6
              ? text.slice(0, at) + noise[Math.floor(r() * noise.length)]! + text.slice(at)
              : text.slice(0, at) + text.slice(at + 1);
        }
        if (compare(text) === 'fast') fast++;
      }
      expect(fast).toBeGreaterThan(0);
    },
    30_000 * SCALE,
  );
});
