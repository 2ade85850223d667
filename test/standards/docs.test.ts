import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderStandardDoc, renderStandardsIndex, standardDocName } from '../../src/standards/docs.js';
import { STANDARDS } from '../../src/standards/registry.js';

const DIR = join(import.meta.dirname, '../../standards');
// B24CFG_UPDATE_STANDARDS_DOCS=1 npx vitest run test/standards/docs.test.ts rewrites the docs from meta.
const UPDATE = process.env.B24CFG_UPDATE_STANDARDS_DOCS === '1';

if (UPDATE) {
  for (const s of STANDARDS) writeFileSync(join(DIR, standardDocName(s.meta)), renderStandardDoc(s.meta));
  writeFileSync(join(DIR, 'README.md'), renderStandardsIndex(STANDARDS));
}

function frontMatter(text: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) throw new Error('no front matter');
  return parse(m[1] ?? '') as Record<string, unknown>;
}

describe('standards/ docs against meta', () => {
  it('there is exactly one doc per standard, and the index', () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.md'))
      .sort();
    expect(files).toEqual(['README.md', ...STANDARDS.map((s) => standardDocName(s.meta))].sort());
  });

  it.each(STANDARDS.map((s) => [s.meta.id, s] as const))(
    '%s: front matter and title equal meta, body is rendered from it',
    (_id, s) => {
      const path = join(DIR, standardDocName(s.meta));
      expect(existsSync(path), `Missing documentation for ${s.meta.id}`).toBe(true);
      const text = readFileSync(path, 'utf8');
      const fm = frontMatter(text);
      expect(fm).toEqual({
        id: s.meta.id,
        slug: s.meta.slug,
        title_ru: s.meta.title.ru,
        title_en: s.meta.title.en,
        category: s.meta.category,
        weight: s.meta.weight,
        classes: [...s.meta.classes],
        ...(s.meta.archive ? { archive_evidence: true } : {}),
        thresholds: Object.fromEntries(Object.entries(s.meta.thresholds).map(([k, v]) => [k, v.default])),
      });
      expect(text).toContain(`# ${s.meta.id} · ${s.meta.title.ru}`);
      expect(text).toBe(renderStandardDoc(s.meta));
    },
  );

  it('the index lists every standard in order', () => {
    const text = readFileSync(join(DIR, 'README.md'), 'utf8');
    expect(text).toBe(renderStandardsIndex(STANDARDS));
    const ids = [...text.matchAll(/^\| \[(SD-\d\d)\]/gm)].map((m) => m[1]);
    expect(ids).toEqual(STANDARDS.map((s) => s.meta.id));
  });
});
