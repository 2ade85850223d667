import { describe, expect, it } from 'vitest';
import { portalToSpec } from '../../src/export/to-spec.js';
import { planText } from '../../src/resources/plan-text.js';
import type { PortalUserField } from '../../src/resources/user-fields/read.js';
import type { Field, LocalizedText, Spec } from '../../src/spec/spec.generated.js';
import { describeUserFields } from '../../src/resources/user-fields/describe.js';
import { PortalBuilder } from '../helpers/portal-state.js';
import { callsFor, ofKind, only, planKinds } from './plan-kind.js';

/**
 * A user field's `help` (HELP_MESSAGE) is compared, written and exported like its label: a spec that
 * changes it plans an update, and a spec without it leaves the portal's help alone.
 */
function portal(help: Record<string, string>, extra: Partial<PortalUserField> = {}): PortalBuilder {
  return new PortalBuilder().field('deal', {
    id: 71,
    fieldName: 'UF_CRM_SOURCE_NOTE',
    type: 'string',
    labels: { ru: 'Откуда узнал', en: 'Откуда узнал' },
    help,
    // The field's texts in every portal language, as a plan reads them when it sends a map (all-texts.ts).
    allTexts: 'read',
    ...extra,
  });
}

const spec = (help: LocalizedText | undefined): Spec => {
  const f: Field = { code: 'SOURCE_NOTE', type: 'string', label: 'Откуда узнал' };
  if (help !== undefined) f.help = help;
  return { version: 1, fields: { deal: [f] } };
};

const ASK = 'Спросите клиента';

describe('user fields: help', () => {
  it.each<{
    name: string;
    portal: Record<string, string>;
    help: LocalizedText | undefined;
    diffs: Array<[string, string, string]>;
    sent?: LocalizedText;
  }>([
    { name: 'no help in the spec: unmanaged', portal: { ru: 'старое', en: '' }, help: undefined, diffs: [] },
    { name: 'the same text in every language', portal: { ru: ASK, en: ASK }, help: ASK, diffs: [] },
    {
      name: 'a string changed: every language differs',
      portal: { ru: ASK, en: ASK },
      help: 'Уточните у клиента',
      diffs: [
        ['HELP_MESSAGE.en', ASK, 'Уточните у клиента'],
        ['HELP_MESSAGE.ru', ASK, 'Уточните у клиента'],
      ],
      sent: 'Уточните у клиента',
    },
    {
      name: 'a field with an empty help gets one',
      portal: { ru: '', en: '' },
      help: ASK,
      diffs: [
        ['HELP_MESSAGE.en', '', ASK],
        ['HELP_MESSAGE.ru', '', ASK],
      ],
      sent: ASK,
    },
    {
      name: 'a map compares only the languages it lists',
      portal: { ru: ASK, en: 'old' },
      help: { ru: ASK },
      diffs: [],
    },
    {
      name: 'a map sends the other languages read back as the portal holds them',
      portal: { ru: ASK, en: 'Ask the client' },
      help: { ru: 'Уточните' },
      diffs: [['HELP_MESSAGE.ru', ASK, 'Уточните']],
      sent: { ru: 'Уточните', en: 'Ask the client' },
    },
    {
      name: 'a map may empty one language',
      portal: { ru: ASK, en: 'Ask the client' },
      help: { ru: ASK, en: '' },
      diffs: [['HELP_MESSAGE.en', 'Ask the client', '']],
      sent: { ru: ASK, en: '' },
    },
  ])('$name', ({ portal: help, help: want, diffs, sent }) => {
    const { changes } = planKinds(spec(want), portal(help));
    const updates = ofKind(changes, 'userField').filter((c) => c.op === 'update');
    expect(updates.flatMap((c) => c.diffs.map((d) => [d.field, d.before, d.after]))).toEqual(diffs);
    const calls = callsFor(changes);
    if (sent === undefined) {
      expect(calls).toEqual([]);
      return;
    }
    expect(calls.map((c) => [c.method, c.params])).toEqual([
      ['crm.deal.userfield.update', { id: 71, fields: { HELP_MESSAGE: sent } }],
    ]);
  });

  it('a help change travels with a label change in one update', () => {
    const { changes } = planKinds(
      {
        version: 1,
        fields: { deal: [{ code: 'SOURCE_NOTE', type: 'string', label: 'Источник', help: ASK }] },
      },
      portal({ ru: '', en: '' }),
    );
    expect(callsFor(changes).map((c) => c.params)).toEqual([
      {
        id: 71,
        fields: {
          EDIT_FORM_LABEL: 'Источник',
          LIST_COLUMN_LABEL: 'Источник',
          LIST_FILTER_LABEL: 'Источник',
          HELP_MESSAGE: ASK,
        },
      },
    ]);
  });

  it('a label map changes its languages and sends each label key’s other texts read back as they are', () => {
    const { changes } = planKinds(
      { version: 1, fields: { deal: [{ code: 'SOURCE_NOTE', type: 'string', label: { ru: 'Источник' } }] } },
      portal(
        {},
        {
          labels: { ru: 'Откуда узнал', en: 'Source' },
          columnLabels: { ru: 'Откуда узнал', en: 'Source (list)' },
          filterLabels: { ru: 'Откуда узнал', en: '' },
        },
      ),
    );
    // Each key keeps its own texts in the languages the map does not list.
    expect(callsFor(changes).map((c) => c.params)).toEqual([
      {
        id: 71,
        fields: {
          EDIT_FORM_LABEL: { ru: 'Источник', en: 'Source' },
          LIST_COLUMN_LABEL: { ru: 'Источник', en: 'Source (list)' },
          LIST_FILTER_LABEL: { ru: 'Источник', en: '' },
        },
      },
    ]);
  });

  it('a new field writes the spec’s help with the update that rides its add', () => {
    const { changes } = planKinds(spec(ASK), new PortalBuilder());
    const calls = callsFor(changes);
    expect(calls.map((c) => c.method)).toEqual(['crm.deal.userfield.add', 'crm.deal.userfield.update']);
    expect(calls[1]?.params).toMatchObject({ fields: { ERROR_MESSAGE: '', HELP_MESSAGE: ASK } });
  });

  it.each<{ name: string; help: Record<string, string> | undefined; want: LocalizedText | undefined }>([
    { name: 'no help in any language: none written', help: { ru: '', en: '' }, want: undefined },
    { name: 'a snapshot from before help was read: none written', help: undefined, want: undefined },
    { name: 'one text everywhere: a string', help: { ru: ASK, en: ASK }, want: ASK },
    {
      name: 'texts that differ: a map, an empty one kept',
      help: { ru: ASK, en: '' },
      want: { en: '', ru: ASK },
    },
    {
      // A field added over REST without HELP_MESSAGE holds its LABEL there: that is what the card shows.
      name: 'a help that repeats the label is exported as the portal holds it',
      help: { ru: 'Откуда узнал', en: 'Откуда узнал' },
      want: 'Откуда узнал',
    },
  ])('export: $name', ({ help, want }) => {
    const b = new PortalBuilder().field('deal', {
      id: 71,
      fieldName: 'UF_CRM_SOURCE_NOTE',
      type: 'string',
      labels: { ru: 'Откуда узнал', en: 'Откуда узнал' },
      ...(help ? { help } : {}),
    });
    const state = b.build();
    if (help === undefined) delete state.userFields.deal[0]?.help;
    const exported = portalToSpec(state, { sections: ['fields'] }).spec.fields?.deal?.[0];
    expect(exported?.help).toEqual(want);
    if (want !== undefined) {
      // What was exported plans clean against the portal it came from.
      expect(planKinds({ version: 1, fields: { deal: [exported as Field] } }, b).changes).toEqual([]);
    }
  });
});

describe('user fields: help in the plan text', () => {
  it('a new field with help says so in both languages', () => {
    const { changes } = planKinds(spec({ ru: ASK, en: 'Ask the client' }), new PortalBuilder());
    const c = only(changes, 'userField:deal.SOURCE_NOTE', 'create');
    expect(describeUserFields.createDetails?.(c, 'ru')).toEqual([`«Откуда узнал» · подсказка «${ASK}»`]);
    expect(describeUserFields.createDetails?.(c, 'en')).toEqual(['“Откуда узнал” · help “Спросите клиента”']);
  });
});

describe('user fields: the grid and filter labels the spec’s label also writes', () => {
  it.each<{ name: string; column: Record<string, string>; diffs: string[] }>([
    {
      name: 'the same as the card label: nothing',
      column: { ru: 'Откуда узнал', en: 'Откуда узнал' },
      diffs: [],
    },
    { name: 'empty: not compared', column: { ru: '', en: '' }, diffs: [] },
    {
      name: 'another text set by hand: written back',
      column: { ru: 'Источник', en: 'Откуда узнал' },
      diffs: ['LIST_COLUMN_LABEL.ru'],
    },
  ])('$name', ({ column, diffs }) => {
    const { changes } = planKinds(
      spec(undefined),
      portal({}, { columnLabels: column, filterLabels: column }),
    );
    const updates = ofKind(changes, 'userField').filter((c) => c.op === 'update');
    const fields = updates.flatMap((c) => c.diffs.map((d) => d.field));
    expect(fields).toEqual(diffs.flatMap((d) => [d, d.replace('COLUMN', 'FILTER')]));
    if (diffs.length === 0) return;
    expect(callsFor(changes).map((c) => c.params)).toEqual([
      {
        id: 71,
        fields: {
          EDIT_FORM_LABEL: 'Откуда узнал',
          LIST_COLUMN_LABEL: 'Откуда узнал',
          LIST_FILTER_LABEL: 'Откуда узнал',
        },
      },
    ]);
  });

  it('export says which field has a grid or filter label of its own', () => {
    const b = portal({}, { columnLabels: { ru: 'Источник', en: '' } });
    const r = portalToSpec(b.build(), { sections: ['fields'] });
    expect(r.notes.map((n) => planText(n, 'en'))).toEqual([
      'field deal.UF_CRM_SOURCE_NOTE: its list column header or filter name differs from its card label; the spec gives a field one label, and plan writes it to all three',
    ]);
    expect(portalToSpec(portal({}).build(), { sections: ['fields'] }).notes).toEqual([]);
  });
});

describe('user fields: a text per language sent without the field’s texts in every language', () => {
  it.each<{ name: string; allTexts: PortalUserField['allTexts']; help: LocalizedText; op: string }>([
    { name: 'read: updated', allTexts: 'read', help: { ru: 'Уточните' }, op: 'update' },
    { name: 'the get failed: refused', allTexts: 'unreadable', help: { ru: 'Уточните' }, op: 'blocked' },
    {
      name: 'not read (a state built otherwise): refused',
      allTexts: undefined,
      help: { ru: 'Уточните' },
      op: 'blocked',
    },
    { name: 'a string goes to every language: updated', allTexts: undefined, help: 'Уточните', op: 'update' },
  ])('$name', ({ allTexts, help, op }) => {
    const { changes } = planKinds(spec(help), portal({ ru: ASK, en: 'Ask the client' }, { allTexts }));
    const c = ofKind(changes, 'userField').find((x) => x.id === 'userField:deal.SOURCE_NOTE');
    expect(c?.op).toBe(op);
    if (c?.op !== 'blocked') return;
    expect(callsFor(changes)).toEqual([]);
    expect(c.diffs?.map((d) => d.field)).toEqual(['HELP_MESSAGE.ru']);
    expect(planText(c.reason, 'en')).toBe(
      'a text per language, and the field’s texts in the portal’s other languages could not be read: such an update would leave them empty',
    );
  });
});
