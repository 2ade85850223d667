import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/spec/index.js';

const root = new URL('../../', import.meta.url).pathname;
const yamlIn = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `${dir}/${f}`);
const specs = [...yamlIn('templates'), ...yamlIn('examples')];

describe('every template and example', () => {
  it('exists', () => {
    expect(specs).toEqual(
      expect.arrayContaining([
        'templates/b2b-b2c.yaml',
        'examples/minimal.yaml',
        'examples/1c-scenario.yaml',
        'examples/client-overlay.yaml',
      ]),
    );
  });

  it.each(specs)('%s is valid: no errors and no warnings', async (spec) => {
    // An empty environment: templates must work with their defaults alone.
    const r = await loadSpec(spec, { env: {}, cwd: root });
    const shown = r.problems.map((p) => `${p.location?.line}:${p.location?.col} ${p.rule} ${p.message.en}`);
    expect(shown).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.spec?.version).toBe(1);
  });
});
