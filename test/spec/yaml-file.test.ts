import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/spec/index.js';
import { MAX_SPEC_BYTES } from '../../src/spec/source-file.js';
import { places, tmpTree } from './helpers.js';

const load = async (yaml: string) => {
  const dir = await tmpTree({ 'spec.yaml': yaml });
  return loadSpec('spec.yaml', { env: {}, cwd: dir });
};

describe('reading YAML', () => {
  it('reports invalid YAML at the place yaml gives, with no further checks', async () => {
    const r = await load('version: 1\ndirections:\n  - key: a\n   name: b\n');
    expect(r.spec).toBeUndefined();
    expect(r.problems.every((p) => p.rule === 'yaml-syntax')).toBe(true);
    expect(places(r.problems)[0]).toMatch(/^yaml-syntax spec\.yaml:4:\d+$/);
  });

  it('reports a duplicated key in Russian and English', async () => {
    const r = await load('version: 1\nclient: a\nclient: b\n');
    expect(places(r.problems)).toEqual(['yaml-syntax spec.yaml:3:1']);
    expect(r.problems[0]!.message.ru).toContain('ключ повторяется');
  });

  it('refuses an alias bomb', async () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(9)
          .fill(`*${'abcdefghij'[i - 1]}`)
          .join(',')}]`,
      );
    const r = await load(`${lines.join('\n')}\n`);
    expect(r.problems.map((p) => p.messageId)).toEqual(['aliasLimit']);
    expect(r.spec).toBeUndefined();
  });

  it('follows a few aliases normally', async () => {
    const r = await load('version: 1\nclient: &name Ромашка\ndescription: *name\n');
    expect(r.problems).toEqual([]);
    expect(r.spec).toMatchObject({ client: 'Ромашка', description: 'Ромашка' });
  });

  it('refuses files over the size limit before parsing them', async () => {
    const dir = await tmpTree({});
    await writeFile(join(dir, 'big.yaml'), Buffer.alloc(MAX_SPEC_BYTES + 1, 0x20));
    const r = await loadSpec('big.yaml', { env: {}, cwd: dir });
    expect(r.problems.map((p) => p.messageId)).toEqual(['tooLarge']);
    expect(r.problems[0]!.message.en).toContain('big.yaml');
  });

  it.each([
    ['a list', '- a\n- b\n', 'a list'],
    ['a scalar', 'hello\n', '"hello"'],
    ['nothing', '# only a comment\n', 'an empty document'],
  ])('needs a mapping, not %s', async (_name, yaml, actual) => {
    const r = await load(yaml);
    expect(r.problems.map((p) => p.messageId)).toEqual(['notAMapping']);
    expect(r.problems[0]!.message.en).toContain(actual);
  });

  it('reports a missing spec file without a stack', async () => {
    const dir = await tmpTree({});
    const r = await loadSpec('absent.yaml', { env: {}, cwd: dir });
    expect(r.problems.map((p) => [p.rule, p.messageId])).toEqual([['spec-file', 'notFound']]);
    expect(r.ok).toBe(false);
  });

  it('refuses a second YAML document', async () => {
    const r = await load('version: 1\n---\nclient: x\n');
    expect(r.problems.map((p) => [p.messageId, p.severity])).toEqual([['multipleDocuments', 'error']]);
  });
});
