import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyStateFile, loadStateFile, saveStateFile, stateFilePath } from '../../src/portal/state-file.js';
import { bindingSections, kindsInReadingOrder } from '../../src/resources/registry.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('state file sections come from the kinds that bind', () => {
  it('has one section per kind with bindings, named by the kind, in reading order', () => {
    const declared = kindsInReadingOrder.flatMap((k) => (k.bindings ? [k.bindings.section] : []));
    expect(bindingSections).toEqual(declared);
    expect(bindingSections).toEqual(['pipelines', 'openLines', 'documentTemplates', 'numerators']);
    expect(emptyStateFile('p.bitrix24.ru', bindingSections)).toEqual({
      version: 1,
      host: 'p.bitrix24.ru',
      updatedAt: '',
      pipelines: {},
      openLines: {},
      documentTemplates: {},
      numerators: {},
    });
  });

  it('saves every section sorted by key without knowing them, and reads a section a kind adds later', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'b24cfg-state-'));
    dirs.push(dir);
    const file = emptyStateFile('p.bitrix24.ru', [...bindingSections, 'widgets']);
    file.pipelines = { zeta: { id: 3, lastName: 'Z' }, alpha: { id: 2, lastName: 'A' } };
    (file as unknown as Record<string, unknown>).widgets = {
      b: { id: 9, lastName: 'B' },
      a: { id: 8, lastName: 'A' },
    };
    await saveStateFile(dir, file, new Date('2026-12-04T00:00:00Z'));
    const text = await readFile(stateFilePath(dir, 'p.bitrix24.ru'), 'utf8');
    const saved = JSON.parse(text) as Record<string, Record<string, unknown>>;
    expect(Object.keys(saved.pipelines!)).toEqual(['alpha', 'zeta']);
    expect(Object.keys(saved.widgets!)).toEqual(['a', 'b']);
    expect(saved.updatedAt).toBe('2026-12-04T00:00:00.000Z');

    // A file written before a kind existed gets the kind's section, empty.
    const read = await loadStateFile(dir, { host: 'p.bitrix24.ru', identity: 'p.bitrix24.ru' }, [
      ...bindingSections,
      'widgets',
      'gadgets',
    ]);
    expect((read as unknown as Record<string, unknown>).gadgets).toEqual({});
    expect(read.pipelines.alpha).toEqual({ id: 2, lastName: 'A' });
  });
});
