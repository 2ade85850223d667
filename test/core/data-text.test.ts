import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { Document, parse as parseYaml } from 'yaml';
import {
  dataJson,
  escapeJsonText,
  escapeYamlText,
  hasUnsafeForTerminal,
  xmlText,
} from '../../src/core/data-text.js';
import { yamlData } from '../../src/export/yaml.js';
import { parseStrictXml } from '../helpers/xml-strict.js';

const UNSAFE = [
  '\u007f',
  '\u0080',
  '\u0085',
  '\u009b',
  '\u009f',
  '\u061c',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
];
const SAFE = ['\t', '\n', 'a', 'Я', '«', '—', '\u00a0', '\u00ad', '\u2028', '🚀', '\u200b'];

const RAW = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Strings made of the characters that matter here, with quotes, backslashes and C0 controls among them. */
const hostile = fc
  .array(fc.constantFrom(...UNSAFE, ...SAFE, '"', "'", '\\', '\x1b', '\r', ':', '#', '- ', ' ', '&', '<'), {
    maxLength: 24,
  })
  .map((a) => a.join(''));

describe('hasUnsafeForTerminal', () => {
  const named = (chars: string[]) =>
    chars.map((c) => [`U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`, c] as const);
  it.each(named(UNSAFE))('%s is unsafe', (_n, c) => expect(hasUnsafeForTerminal(`x${c}y`)).toBe(true));
  it.each(named(SAFE))('%s is not', (_n, c) => expect(hasUnsafeForTerminal(`x${c}y`)).toBe(false));
});

describe('dataJson', () => {
  it('writes C1 and bidi characters as \\u escapes, two-space indent, a final newline', () => {
    expect(dataJson({ name: 'a\u009bb\u202ec\u0085' })).toBe('{\n  "name": "a\\u009bb\\u202ec\\u0085"\n}\n');
  });

  it('escapes keys too, and passes a replacer on', () => {
    const text = dataJson({ ['k\u2066']: 1, drop: 2 }, (k, v) => (k === 'drop' ? undefined : v));
    expect(text).toBe('{\n  "k\\u2066": 1\n}\n');
  });

  it('any string reads back the same and nothing unsafe stands raw', () => {
    fc.assert(
      fc.property(hostile, hostile, (k, v) => {
        const text = dataJson({ [k]: [v, { v }] });
        expect(RAW.test(text)).toBe(false);
        expect(JSON.parse(text)).toEqual({ [k]: [v, { v }] });
      }),
    );
  });

  it('escapeJsonText leaves text without such characters as it is', () => {
    const plain = JSON.stringify({ a: 'Воронка «Продажи» — 🚀', b: [1, null, true] }, null, 2);
    expect(escapeJsonText(plain)).toBe(plain);
  });
});

describe('YAML', () => {
  it('escapeYamlText writes \\x for one byte and \\u for more, upper case', () => {
    expect(escapeYamlText('"a\u009b\u0085\u007f\u202e\u061c"')).toBe('"a\\x9B\\x85\\x7F\\u202E\\u061C"');
  });

  it('yamlData double-quotes such strings, keys included, and leaves the others as the yaml package writes them', () => {
    const value = { ['k\u009b']: 'v\u202e', plain: 'Воронка', list: ['ok', 'x\u0085y', 3] };
    const text = yamlData(value);
    expect(text).toBe('"k\\x9B": "v\\u202E"\nplain: Воронка\nlist:\n  - ok\n  - "x\\x85y"\n  - 3\n');
    const plainOnly = { plain: 'Воронка', multi: 'a\nb', n: 1 };
    expect(yamlData(plainOnly)).toBe(
      new Document(plainOnly).toString({ indent: 2, lineWidth: 0, minContentWidth: 0 }),
    );
  });

  it('any string reads back the same and nothing unsafe stands raw', () => {
    fc.assert(
      fc.property(hostile, hostile, (k, v) => {
        const value = { [`k${k}`]: [v, { v }] };
        const text = yamlData(value);
        expect(RAW.test(text)).toBe(false);
        expect(parseYaml(text)).toEqual(value);
      }),
    );
  });
});

describe('xmlText', () => {
  it('markup as entities, unsafe characters as references, C0 that XML 1.0 cannot carry dropped', () => {
    expect(xmlText('<a href="x">&\'\u009b\u202e\u0085\u0001\t\r')).toBe(
      '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&#x9B;&#x202E;&#x85;\t&#xD;',
    );
  });

  it('any string reads back the same from an attribute and from text (C0 aside)', () => {
    fc.assert(
      fc.property(hostile, (v) => {
        const doc = `<?xml version="1.0" encoding="UTF-8"?>\n<t a="${xmlText(v)}">${xmlText(v)}</t>`;
        expect(RAW.test(doc)).toBe(false);
        const el = parseStrictXml(doc);
        // eslint-disable-next-line no-control-regex
        const kept = v.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
        expect(el.text).toBe(kept);
        // Attribute-value normalization reads a raw tab or line break as a space, as every XML parser does.
        expect(el.attrs.a).toBe(kept.replace(/[\t\n]/g, ' '));
      }),
    );
  });
});

/**
 * Pretty JSON is what b24cfg prints or saves as data (`--format json`, SARIF, plan files, state files):
 * all of it goes through dataJson. The one exception is the audit snapshot, written as its rows stream,
 * which only b24cfg reads back (RELIABILITY.md, "Data outputs").
 */
describe('every pretty-printed JSON in src/ goes through dataJson', () => {
  const root = join(import.meta.dirname, '..', '..');
  const ALLOWED: Record<string, string> = {
    'src/core/data-text.ts': 'the helper itself',
    'src/audit/snapshot-write.ts': 'the audit snapshot stays raw: see RELIABILITY.md, "Data outputs"',
  };

  function files(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return files(path);
      return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
    });
  }

  function indentedStringifies(path: string, text = readFileSync(path, 'utf8')): number[] {
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const lines: number[] = [];
    const visit = (node: ts.Node): void => {
      if (
        ts.isCallExpression(node) &&
        node.arguments.length >= 3 &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.expression.getText(source) === 'JSON' &&
        node.expression.name.text === 'stringify'
      )
        lines.push(source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1);
      ts.forEachChild(node, visit);
    };
    visit(source);
    return lines;
  }

  it('no JSON.stringify with an indent outside the helper (the sandbox, an emulator, aside)', () => {
    const found = files(join(root, 'src'))
      .map((f) => relative(root, f).split('\\').join('/'))
      .filter((f) => !f.startsWith('src/sandbox/') && !(f in ALLOWED))
      .flatMap((f) => indentedStringifies(join(root, f)).map((line) => `${f}:${line}`));
    expect(found).toEqual([]);
  });

  it('the scan sees a call split over lines, and not a call without an indent', () => {
    const text = [
      'const a = JSON.stringify(x);',
      'const b = `${JSON.stringify(',
      '  { ok: true },',
      '  null,',
      '  2,',
      ')}\\n`;',
    ].join('\n');
    expect(indentedStringifies('x.ts', text)).toEqual([2]);
  });
});
