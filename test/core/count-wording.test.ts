import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fmt } from '../../src/core/i18n.js';
import { COMMON_MESSAGES } from '../../src/standards/define.js';
import { APPLY_REPORT_MESSAGES } from '../../src/report/apply/messages.js';

const SRC = join(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.generated.ts') ? [p] : [];
  });
}

/**
 * "All {total} directions …" reads "All 1 directions" and "Все 3 направлений": a count between "all" and
 * its noun must agree with the noun, which a placeholder cannot do in either language. Messages say "all
 * directions … (checked: {total})" instead.
 */
const ALL_THEN_COUNT = /(?:\b[Aa]ll|(?:^|[\s'"`])(?:[Вв]се|[Вв]сех)) \{(?:total|n|count)\} \S/u;

describe('count wording in messages', () => {
  it('no message in src says "all {count} <noun>"', () => {
    const found = sourceFiles(SRC).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((l, i) => (ALL_THEN_COUNT.test(l) ? [`${relative(SRC, file)}:${i + 1}: ${l.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('a count of one reads well in both languages', () => {
    const one = { what: 'robots', total: 1, archive: 'a.zip' };
    expect(fmt(COMMON_MESSAGES.archiveAsSpecified, 'en', one)).toBe(
      'All robots of the spec are in the archive as described (checked: 1; a.zip).',
    );
    expect(fmt(APPLY_REPORT_MESSAGES.notVerified, 'ru', { n: 3, why: 'x' })).toBe(
      'Отправлены все изменения (3), но проверить их чтением портала не удалось: x',
    );
  });

  it('the pattern catches the old wording', () => {
    expect(ALL_THEN_COUNT.test("en: 'All {total} directions have loss reasons.'")).toBe(true);
    expect(ALL_THEN_COUNT.test("ru: 'Все {total} направлений спецификации есть на портале.'")).toBe(true);
    expect(ALL_THEN_COUNT.test("ru: 'У всех {total} задач есть срок.'")).toBe(true);
    expect(ALL_THEN_COUNT.test("en: 'All directions have loss reasons (checked: {total}).'")).toBe(false);
  });
});
