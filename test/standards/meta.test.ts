import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMON_MESSAGES } from '../../src/standards/define.js';
import { STANDARDS } from '../../src/standards/registry.js';
import { CATEGORIES, STATUSES } from '../../src/standards/types.js';

const SRC = join(import.meta.dirname, '../../src/standards');

describe('the standards registry', () => {
  it('holds 33 standards, ids unique and sorted SD-01 … SD-33', () => {
    const ids = STANDARDS.map((s) => s.meta.id);
    expect(ids).toEqual(Array.from({ length: 33 }, (_, i) => `SD-${String(i + 1).padStart(2, '0')}`));
    expect(new Set(ids).size).toBe(33);
  });

  it('has one file per standard named after its id and slug', () => {
    const files = readdirSync(SRC)
      .filter((f) => /^sd-\d\d-/.test(f))
      .sort();
    expect(files).toEqual(STANDARDS.map((s) => `sd-${s.meta.id.slice(3)}-${s.meta.slug}.ts`));
  });

  it.each(STANDARDS.map((s) => [s.meta.id, s.meta] as const))(
    '%s: meta is complete in both languages',
    (_id, m) => {
      for (const t of [m.title, m.rationale, m.how, m.remediation]) {
        expect(t.ru.trim().length).toBeGreaterThan(3);
        expect(t.en.trim().length).toBeGreaterThan(3);
        expect(t.ru).not.toBe(t.en);
      }
      expect(CATEGORIES).toContain(m.category);
      expect([1, 2, 3]).toContain(m.weight);
      expect(m.classes.length).toBeGreaterThan(0);
      for (const [name, th] of Object.entries(m.thresholds)) {
        expect(name).toMatch(/^[a-z_]+$/);
        expect(Number.isFinite(th.default)).toBe(true);
        expect(th.description.ru.length * th.description.en.length).toBeGreaterThan(0);
      }
      for (const [id, text] of Object.entries(m.messages)) {
        expect(id).toMatch(/^[a-z][A-Za-z]+$/);
        // The same placeholders in both languages, so data fills both.
        const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
        expect(names(text.ru), `${m.id}.${id}`).toEqual(names(text.en));
      }
    },
  );

  it.each(STANDARDS.map((s) => [s.meta.id, s.meta] as const))(
    '%s: every message id the check names is declared',
    (_id, m) => {
      const file = readdirSync(SRC).find((f) => f.startsWith(`sd-${m.id.slice(3)}-`)) as string;
      const source = readFileSync(join(SRC, file), 'utf8');
      const used = new Set<string>();
      for (const re of [
        /\b(?:pass|partial|empty): '(\w+)'/g,
        /k\.finding\([^,]+,[^,]+,\s*'(\w+)'/g,
        /\? '(\w+)' : '(\w+)'/g,
      ]) {
        for (const hit of source.matchAll(re))
          for (const id of hit.slice(1))
            if (id && !(STATUSES as readonly string[]).includes(id)) used.add(id);
      }
      const helperIds =
        m.classes.includes('A') && /documentFindings/.test(source)
          ? ['specDocAndRobot', 'specDocNoRobot', 'specNoDoc', 'portalDoc', 'portalNoDoc']
          : [];
      for (const id of [...used, ...helperIds])
        expect(Object.keys(m.messages), `${m.id} uses ${id}`).toContain(id);
      // Own messages are all used somewhere (no dead text in the docs).
      const own = Object.keys(m.messages).filter((id) => !(id in COMMON_MESSAGES));
      for (const id of own)
        expect([...used, ...helperIds], `${m.id} declares ${id} but never uses it`).toContain(id);
    },
  );
});
