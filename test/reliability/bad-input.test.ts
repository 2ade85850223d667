import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/spec/index.js';

/**
 * Bad specs the fuzzer found saying something unclear, pinned: a message quotes at most a short piece
 * of a bad value (src/spec/problem.ts), and a field without a type is not "of type undefined"
 * (src/spec/rules/field-items.ts).
 */
async function problemsOf(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'b24cfg-bad-input-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const r = await loadSpec('spec.yaml', { env: {}, cwd: dir });
  return r.problems.filter((p) => p.severity === 'error');
}

const LONG = `root:x:0:0:${'x'.repeat(5000)}`;

describe('bad input: messages stay short and say what is wrong', () => {
  it.each([
    [
      'a whole file read into a stage code',
      {
        'big.txt': LONG,
        'spec.yaml':
          'version: 1\ndirections:\n  - key: default\n    name: Продажи\n    stages:\n      - { code: "${file:big.txt}", name: A }\n',
      },
    ],
    ['a spec that is one long string', { 'spec.yaml': `"${LONG}"\n` }],
    [
      'a long colour',
      {
        'spec.yaml': `version: 1\ndirections:\n  - key: default\n    name: Продажи\n    stages:\n      - { code: A, name: A, color: "${'#'.repeat(3000)}" }\n`,
      },
    ],
  ])('%s: every message under 300 characters, the value cut with …', async (_what, files) => {
    const errors = await problemsOf(files);
    expect(errors.length).toBeGreaterThan(0);
    for (const p of errors) {
      for (const lang of ['ru', 'en'] as const)
        expect(p.message[lang].length, p.message[lang].slice(0, 200)).toBeLessThan(300);
    }
    expect(errors.some((p) => p.message.en.includes('…'))).toBe(true);
  });

  it('a key that is a list is an unknown key with its place, and no Node warning on stderr', async () => {
    const warnings: string[] = [];
    const listen = (w: Error) => warnings.push(w.message);
    process.on('warning', listen);
    try {
      const errors = await problemsOf({ 'spec.yaml': 'version: 1\n? [a, b]\n: c\n' });
      await new Promise((r) => setTimeout(r, 10));
      expect(errors.map((p) => `${p.location?.line}:${p.location?.col} ${p.message.en}`)).toEqual([
        '2:3 unknown key "a,b"',
      ]);
      expect(warnings).toEqual([]);
    } finally {
      process.off('warning', listen);
    }
  });

  it('items on a field whose type is missing: the schema says the type is missing, no "of type undefined"', async () => {
    const errors = await problemsOf({
      'spec.yaml':
        'version: 1\nfields:\n  deal:\n    - code: NPS\n      label: NPS\n      items: [{ xml_id: A, value: "1" }]\n',
    });
    expect(errors.map((p) => p.message.en).join('\n')).not.toContain('undefined');
    expect(errors.some((p) => p.rule !== 'field-items' && /type/.test(p.message.en))).toBe(true);
  });
});
