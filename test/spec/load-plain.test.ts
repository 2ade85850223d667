import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSpecYaml, MEDIUM } from '../../bench/sizes.js';
import { loadSpec } from '../../src/spec/index.js';
import { plainSpec } from '../../src/spec/load-plain.js';
import type { SpecLoadResult } from '../../src/spec/types.js';
import { tmpTree } from './helpers.js';

/*
 * A spec that needs no located tree is read straight into its value (src/spec/load-plain.ts). Whatever
 * way a spec is loaded, the result must be the same: here every spec is loaded as written and again with
 * a comment holding `${`, which sends it the usual way (tree, merge, substitution) without changing a value
 * or a place.
 */

const ROOT = join(import.meta.dirname, '..', '..');

function comparable(r: SpecLoadResult) {
  return {
    spec: r.spec,
    ok: r.ok,
    specHash: r.specHash,
    problems: r.problems.map((p) => ({ ...p, location: p.location && { ...p.location, file: '' } })),
  };
}

async function bothWays(text: string): Promise<{ plain: SpecLoadResult; tree: SpecLoadResult }> {
  const a = await tmpTree({ 'spec.yaml': text });
  const b = await tmpTree({ 'spec.yaml': `${text}\n# \${the usual way}\n` });
  return {
    plain: await loadSpec('spec.yaml', { env: {}, cwd: a }),
    tree: await loadSpec('spec.yaml', { env: {}, cwd: b }),
  };
}

const WITH_PROBLEMS = `version: 1
client: Проверка
directions:
  - key: main
    name: Продажи
    stages:
      - { code: NEW, name: Новая, semantics: process }
      - { code: NEW, name: Дубль, semantics: process }
      - { code: toolongcodeforastage_x, name: Длинный, semantics: success }
fields:
  deal:
    - code: UF_CRM_SIZE
      type: enumeration
      label: { ru: Размер }
      items: [{ xml_id: S, value: S }, { xml_id: S, value: M }]
    - { code: UF_CRM_NOTE, type: string, label: { ru: Заметка }, items: [{ xml_id: A, value: A }] }
stges: []
`;

describe('loading a spec straight into its value', () => {
  it.each([
    ['examples/minimal.yaml', readFileSync(join(ROOT, 'examples', 'minimal.yaml'), 'utf8')],
    ['a generated spec (medium)', generateSpecYaml(MEDIUM)],
    ['a spec with errors and warnings', WITH_PROBLEMS],
  ])('%s: the same spec, problems and places as the usual way', async (_name, text) => {
    expect(plainSpec('spec.yaml', text), 'read straight into its value').toBeDefined();
    const { plain, tree } = await bothWays(text);
    expect(comparable(plain)).toEqual(comparable(tree));
  });

  it('the errors of a spec with problems are placed at file:line:col', async () => {
    const { plain } = await bothWays(WITH_PROBLEMS);
    expect(plain.ok).toBe(false);
    const placed = plain.problems.filter((p) => p.location);
    expect(placed.length).toBeGreaterThan(2);
    for (const p of placed) expect(p.location?.file).toMatch(/spec\.yaml$/);
  });

  it.each([
    ['extends', 'version: 1\nextends: base.yaml\n'],
    ['a reference', 'version: 1\nclient: ${env:CLIENT}\n'],
    ['a backslash (an escape may spell a reference)', 'version: 1\nclient: "\\x24{env:CLIENT}"\n'],
    ['a document file', 'version: 1\ndocuments:\n  - { name: Счёт, file: docs/invoice.docx }\n'],
    ['an e-mail body file', 'version: 1\nemail_templates:\n  - { key: a, body_file: mail/a.html }\n'],
    ['YAML beyond the fast subset', 'version: 1\nclient: &c x\ndescription: *c\n'],
  ])('a spec with %s goes the usual way', (_what, text) => {
    expect(plainSpec('spec.yaml', text)).toBeUndefined();
  });
});
