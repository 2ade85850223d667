import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SPEC_RULES } from '../../../src/spec/rules/index.js';
import { LOAD_METAS } from '../../../src/spec/load-meta.js';
import { schemaMeta } from '../../../src/spec/schema-meta.js';

const ruleFiles = readdirSync(new URL('../../../src/spec/rules/', import.meta.url))
  .filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts', 'walk.ts', 'spec-index.ts'].includes(f))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

describe('semantic rule registry', () => {
  it('holds one rule per file in src/spec/rules, named after its id, sorted', () => {
    const ids = SPEC_RULES.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual(ruleFiles);
  });

  it('gives every problem source a unique id and every message and hint both languages', () => {
    const metas = [...LOAD_METAS, schemaMeta, ...SPEC_RULES.map((r) => r.meta)];
    expect(new Set(metas.map((m) => m.id)).size).toBe(metas.length);
    for (const m of metas) {
      expect(m.description.ru && m.description.en, m.id).toBeTruthy();
      for (const t of [...Object.values(m.messages), ...Object.values(m.hints ?? {})]) {
        expect(t.ru.length > 0 && t.en.length > 0, m.id).toBe(true);
        expect(t.ru, `${m.id}: Russian text left in English`).toMatch(/[а-яё]/i);
      }
      for (const id of Object.keys(m.hints ?? {})) expect(Object.keys(m.messages), m.id).toContain(id);
    }
  });
});
