import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineErrors, defineMessages, placeholders } from '../../src/core/catalogue.js';
import { errorOf } from '../../src/core/errors.js';
import { EXIT } from '../../src/core/exit-codes.js';

const SRC = join(import.meta.dirname, '../../src');

/** Every catalogue file in src: `messages.ts` or `<something>-messages.ts`. */
function catalogueFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return catalogueFiles(p);
    return /(^|-)messages\.ts$/.test(e.name) ? [p] : [];
  });
}

interface TextLike {
  ru: string;
  en: string;
}
const isText = (v: unknown): v is TextLike =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as TextLike).ru === 'string' &&
  typeof (v as TextLike).en === 'string';

/** Walks a catalogue export and yields every Text with the path that reaches it. */
function* texts(v: unknown, path: string): Generator<[string, TextLike]> {
  if (isText(v)) {
    yield [path, v];
    return;
  }
  if (typeof v === 'object' && v !== null)
    for (const [k, x] of Object.entries(v)) yield* texts(x, `${path}.${k}`);
}

describe('message catalogues', () => {
  it('placeholders() lists each name once, sorted', () => {
    expect(placeholders('{b} and {a} and {b}')).toEqual(['a', 'b']);
    expect(placeholders('none')).toEqual([]);
  });

  it('errorOf builds the CliError of a catalogue entry with its code, exit and data', () => {
    const errors = defineErrors({
      DEMO_FAILED: {
        exit: EXIT.auth,
        message: { ru: 'не вышло: {why}', en: 'it failed: {why}' },
        hint: { ru: 'b24cfg doctor', en: 'b24cfg doctor' },
      },
    });
    const e = errorOf(errors, 'DEMO_FAILED', { where: 'a.yaml:1:2', data: { why: 'x' } });
    expect(e.code).toBe('DEMO_FAILED');
    expect(e.exitCode).toBe(EXIT.auth);
    expect(e.render('en')).toEqual({ message: 'it failed: x', hint: 'b24cfg doctor', where: 'a.yaml:1:2' });
    expect(errorOf(errors, 'DEMO_FAILED', { exit: EXIT.budget }).exitCode).toBe(EXIT.budget);
    expect(defineMessages({ a: { ru: 'а', en: 'a' } }).a.en).toBe('a');
  });

  const files = catalogueFiles(SRC);
  it.each(files.map((f) => [relative(SRC, f), f]))(
    '%s: both languages of every message use the same placeholders',
    async (_name, file) => {
      const mod = (await import(file)) as Record<string, unknown>;
      const found = [...texts(mod, '')];
      expect(found.length).toBeGreaterThan(0);
      for (const [path, t] of found) {
        expect({ path, ru: placeholders(t.ru) }).toEqual({ path, ru: placeholders(t.en) });
        expect({ path, ru: t.ru.trim().length > 0, en: t.en.trim().length > 0 }).toEqual({
          path,
          ru: true,
          en: true,
        });
      }
    },
  );
});
