import { describe, expect, it } from 'vitest';
import { checkSchema } from '../../src/spec/schema-check.js';

const only = (value: unknown) =>
  checkSchema(value).map((p) => ({ id: p.messageId, path: p.path, en: p.message.en, ru: p.message.ru }));

describe('schema problems in our words', () => {
  it('accepts the smallest spec', () => {
    expect(checkSchema({ version: 1 })).toEqual([]);
  });

  it('suggests the closest key for an unknown one and lists the allowed keys otherwise', () => {
    const problems = checkSchema({ version: 1, directons: [], colour: 'x' });
    expect(problems.map((p) => [p.messageId, p.path, p.message.en])).toEqual([
      ['unknownKeySuggest', '/directons', 'unknown key "directons" — did you mean "directions"?'],
      ['unknownKey', '/colour', 'unknown key "colour"'],
    ]);
    expect(problems[1]!.hint!.ru).toContain('directions');
    expect(problems[0]!.message.ru).toBe(
      'неизвестный ключ «directons» — возможно, имелся в виду «directions»?',
    );
  });

  it('names the expected and the actual type', () => {
    expect(only({ version: 1, directions: { key: 'a' } })).toEqual([
      {
        id: 'type',
        path: '/directions',
        en: 'expected a list, found a mapping (key: value)',
        ru: 'ожидается список, а здесь словарь (ключ: значение)',
      },
    ]);
  });

  it('names a missing required key', () => {
    expect(only({ version: 1, directions: [{ name: 'B2B' }] })).toMatchObject([
      { id: 'required', path: '/directions/0', en: 'missing required key "key"' },
    ]);
  });

  it('lists the allowed values of an enum and suggests the closest', () => {
    expect(
      only({ version: 1, sales_plan: { period: 'montth', metric: 'sum', by: 'employee' } }),
    ).toMatchObject([
      {
        id: 'enumSuggest',
        path: '/sales_plan/period',
        en: 'value "montth" is not allowed — did you mean "month"? Use one of: month, quarter, half_year, year',
      },
      { id: 'enum', path: '/sales_plan/metric', en: 'value "sum" is not allowed; use one of: amount, count' },
    ]);
  });

  it('picks the matching branch of "a string or a language map"', () => {
    const label = (l: unknown) => ({
      version: 1,
      fields: { deal: [{ code: 'X', type: 'string', label: l }] },
    });
    expect(only(label({ ru: 'Да', fr: 'Oui' }))).toMatchObject([
      { id: 'unknownKey', path: '/fields/deal/0/label/fr' },
    ]);
    expect(only(label(5))).toMatchObject([
      {
        id: 'noVariant',
        en: 'the value matches none of the allowed forms: expected a string or a mapping (key: value), found an integer',
      },
    ]);
    expect(only(label(''))).toMatchObject([{ id: 'empty', path: '/fields/deal/0/label' }]);
  });

  it('explains const, pattern, format, limits', () => {
    expect(
      only({
        version: 2,
        standards: 'sales',
        audit: { window_days: 0, suppress: [{ standard: 'SD-01', reason: 'ok', expires: '2026-13-40' }] },
        directions: [{ key: 'k', name: 'x'.repeat(256) }],
      }).map((p) => p.id),
    ).toEqual(['const', 'pattern', 'maxLength', 'minimum', 'minLength', 'format']);
  });
});
