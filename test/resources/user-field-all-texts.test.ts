import { describe, expect, it } from 'vitest';
import type { BatchItemResult } from '../../src/portal/client.js';
import { allTextsCalls, withAllTexts } from '../../src/resources/user-fields/all-texts.js';
import type { PortalUserField } from '../../src/resources/user-fields/read.js';
import type { Field, Spec } from '../../src/spec/spec.generated.js';
import { PortalBuilder } from '../helpers/portal-state.js';

/**
 * Which fields the plan reads in every language (those it would update with a label or help map), and
 * how userfield.get's language maps are merged into what the list calls read
 * (src/resources/user-fields/all-texts.ts).
 */
const LISTED = { ru: 'Откуда узнал', en: 'Source' };

function current(extra: Partial<PortalUserField> = {}) {
  return new PortalBuilder().field('deal', {
    id: 71,
    fieldName: 'UF_CRM_SOURCE_NOTE',
    type: 'string',
    labels: { ...LISTED },
    columnLabels: { ...LISTED },
    filterLabels: { ...LISTED },
    help: { ru: 'Спросите', en: 'Ask' },
    ...extra,
  }).state.userFields;
}

const fields = (f: Partial<Field>): Spec['fields'] => ({
  deal: [{ code: 'SOURCE_NOTE', type: 'string', label: LISTED, ...f }],
});

describe('which fields are read in every language', () => {
  it.each<{ name: string; spec: Spec['fields']; extra?: Partial<PortalUserField>; gets: number }>([
    { name: 'no spec (export, audit)', spec: undefined, gets: 0 },
    { name: 'a label map that matches', spec: fields({}), gets: 0 },
    { name: 'a label map that differs', spec: fields({ label: { ru: 'Источник' } }), gets: 1 },
    { name: 'a label string that differs', spec: fields({ label: 'Источник' }), gets: 0 },
    { name: 'a help map that differs', spec: fields({ help: { en: 'Ask the client' } }), gets: 1 },
    { name: 'a help string that differs', spec: fields({ help: 'Спросите' }), gets: 0 },
    { name: 'a map with another attribute changed', spec: fields({ mandatory: true }), gets: 0 },
    {
      name: 'a grid header of its own, the label a map',
      spec: fields({}),
      extra: { columnLabels: { ru: 'Источник', en: 'Source' } },
      gets: 1,
    },
    {
      name: 'a field not on the portal yet',
      spec: { deal: [{ code: 'NEW', type: 'string', label: { ru: 'Н' } }] },
      gets: 0,
    },
    {
      name: 'another type: refused, not updated',
      spec: fields({ type: 'url', label: { ru: 'И' } }),
      gets: 0,
    },
  ])('$name: $gets', ({ spec, extra, gets }) => {
    const calls = allTextsCalls(spec, current(extra));
    expect(calls).toHaveLength(gets);
    if (gets > 0) expect(calls[0]).toMatchObject({ method: 'crm.deal.userfield.get', params: { id: 71 } });
  });
});

describe('the get’s texts merged into those read', () => {
  const spec = fields({ label: { ru: 'Источник' } });
  const answer = (r: Partial<BatchItemResult>) => (): BatchItemResult => ({
    key: 'uf_get_deal_71',
    ok: true,
    ...r,
  });
  const all = (t: string) => ({ ru: LISTED.ru, en: LISTED.en, ua: t, kz: t });
  it.each<{
    name: string;
    got: BatchItemResult | undefined;
    allTexts: PortalUserField['allTexts'];
    labels?: Record<string, string>;
    help?: Record<string, string>;
  }>([
    {
      name: 'every key a map: every language kept',
      got: answer({
        result: {
          EDIT_FORM_LABEL: all('Джерело'),
          LIST_COLUMN_LABEL: all('Джерело'),
          LIST_FILTER_LABEL: all('Джерело'),
          HELP_MESSAGE: { ru: 'Спросите', en: 'Ask', ua: 'Запитайте', kz: null },
        },
      })(),
      allTexts: 'read',
      labels: all('Джерело'),
      help: { ru: 'Спросите', en: 'Ask', ua: 'Запитайте' },
    },
    {
      name: 'a key with no language rows ([]): what was read stays',
      got: answer({
        result: {
          EDIT_FORM_LABEL: all('Джерело'),
          LIST_COLUMN_LABEL: [],
          LIST_FILTER_LABEL: [],
          HELP_MESSAGE: [],
        },
      })(),
      allTexts: 'read',
      labels: all('Джерело'),
      help: { ru: 'Спросите', en: 'Ask' },
    },
    {
      name: 'the get failed',
      got: answer({ ok: false, error: { code: 'ERROR_NOT_FOUND', description: 'Not found' } })(),
      allTexts: 'unreadable',
    },
    { name: 'no answer', got: undefined, allTexts: 'unreadable' },
    {
      name: 'a key that is not a map',
      got: answer({
        result: {
          EDIT_FORM_LABEL: 'Источник',
          LIST_COLUMN_LABEL: [],
          LIST_FILTER_LABEL: [],
          HELP_MESSAGE: [],
        },
      })(),
      allTexts: 'unreadable',
    },
  ])('$name', ({ got, allTexts, labels, help }) => {
    const out = withAllTexts(spec, current(), () => got).deal[0];
    expect(out?.allTexts).toBe(allTexts);
    expect(out?.labels).toEqual(labels ?? LISTED);
    expect(out?.help).toEqual(help ?? { ru: 'Спросите', en: 'Ask' });
  });

  it('no field to read: the fields as they were, no answer asked for', () => {
    const before = current();
    expect(
      withAllTexts(fields({}), before, () => {
        throw new Error('asked');
      }),
    ).toBe(before);
  });
});
