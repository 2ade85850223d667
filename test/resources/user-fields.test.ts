import { describe, expect, it } from 'vitest';
import type { PortalListItem } from '../../src/resources/user-fields/read.js';
import type { Field, Spec } from '../../src/spec/spec.generated.js';
import { PortalBuilder } from '../helpers/portal-state.js';
import { brief, en, only, planKinds } from './plan-kind.js';

const item = (id: number, xmlId: string, value: string, sort: number, def = false): PortalListItem => ({
  id,
  xmlId,
  value,
  sort,
  def,
});

function portal(list: PortalListItem[]): PortalBuilder {
  return new PortalBuilder().field('deal', {
    id: 70,
    fieldName: 'UF_CRM_NPS',
    type: 'enumeration',
    labels: { ru: 'NPS', en: 'NPS' },
    list,
  });
}

const nps = (items: Field['items'], extra: Partial<Spec> = {}): Spec => ({
  version: 1,
  fields: { deal: [{ code: 'NPS', type: 'enumeration', label: 'NPS', items }] },
  ...extra,
});

describe('user fields: list items', () => {
  it.each([
    {
      name: 'an item made by hand (random XML_ID) is adopted by its VALUE: its XML_ID is updated, its ID kept',
      list: [item(1, 'N0', '0', 10), item(2, 'a81f', '5', 20)],
      items: [
        { xml_id: 'N0', value: '0' },
        { xml_id: 'N5', value: '5' },
      ],
      want: ['update deal.NPS/N5'],
    },
    {
      name: 'XML_ID matches before VALUE: a renamed value is an update of the same item',
      list: [item(1, 'N0', 'ноль', 10)],
      items: [{ xml_id: 'N0', value: '0' }],
      want: ['update deal.NPS/N0'],
    },
    {
      name: 'an item the portal lacks is created',
      list: [item(1, 'N0', '0', 10)],
      items: [
        { xml_id: 'N0', value: '0' },
        { xml_id: 'N10', value: '10' },
      ],
      want: ['create deal.NPS/N10'],
    },
    {
      name: 'the same items in the same order: nothing to do',
      list: [item(1, 'N0', '0', 10), item(2, 'N5', '5', 20)],
      items: [
        { xml_id: 'N0', value: '0' },
        { xml_id: 'N5', value: '5' },
      ],
      want: [],
    },
  ])('$name', ({ list, items, want }) => {
    const { changes } = planKinds(nps(items), portal(list));
    expect(brief(changes, 'listItem')).toEqual(want);
  });

  it('keeps the adopted item’s id in the update it plans', () => {
    const { changes } = planKinds(
      nps([
        { xml_id: 'N0', value: '0' },
        { xml_id: 'N5', value: '5' },
      ]),
      portal([item(1, 'N0', '0', 10), item(2, 'a81f', '5', 20)]),
    );
    const c = only(changes, 'listItem:deal.NPS/N5', 'update');
    expect(c.portalId).toBe(2);
    expect(c.diffs).toEqual([{ field: 'XML_ID', before: 'a81f', after: 'N5' }]);
    expect(c.desired).toMatchObject({ id: 2, xmlId: 'N5', fieldId: 70 });
  });

  it('DEF is compared only when the spec sets a default on some item', () => {
    const list = [item(1, 'N0', '0', 10, true)];
    expect(brief(planKinds(nps([{ xml_id: 'N0', value: '0' }]), portal(list)).changes, 'listItem')).toEqual(
      [],
    );
    const withDefault = nps([
      { xml_id: 'N0', value: '0', default: false },
      { xml_id: 'N5', value: '5', default: true },
    ]);
    expect(
      only(planKinds(withDefault, portal(list)).changes, 'listItem:deal.NPS/N0', 'update').diffs,
    ).toEqual([{ field: 'DEF', before: true, after: false }]);
  });

  it('a single-value list that is to have no default: left to a person, never an update (parity.md#uf-list)', () => {
    const list = [item(1, 'N0', '0', 10, true), item(2, 'N5', '5', 20)];
    const spec = nps([
      { xml_id: 'N0', value: 'ноль', default: false },
      { xml_id: 'N5', value: '5' },
    ]);
    const { changes } = planKinds(spec, portal(list));
    // The value still changes; DEF=N alone would be ignored by the portal, so it is not sent as N.
    const upd = only(changes, 'listItem:deal.NPS/N0', 'update');
    expect(upd.diffs).toEqual([{ field: 'VALUE', before: '0', after: 'ноль' }]);
    expect(upd.desired.def).toBe(true);
    const manual = changes.find((c) => c.op === 'manual' && c.kind === 'listItem');
    expect(manual).toMatchObject({
      id: 'manual:listItem:deal.NPS/N0#default',
      specPointer: '/fields/deal/0/items/0/default',
    });
    expect(en(manual?.op === 'manual' ? manual.summary : undefined)).toBe(
      'Field UF_CRM_NPS: untick “default” on item “0” in the field settings',
    );
  });

  it('a multiple list clears a default over REST: an update', () => {
    const b = new PortalBuilder().field('deal', {
      id: 70,
      fieldName: 'UF_CRM_NPS',
      type: 'enumeration',
      multiple: true,
      labels: { ru: 'NPS', en: 'NPS' },
      list: [item(1, 'N0', '0', 10, true)],
    });
    const spec = nps([{ xml_id: 'N0', value: '0', default: false }]);
    (spec.fields?.deal?.[0] as Field).multiple = true;
    expect(only(planKinds(spec, b).changes, 'listItem:deal.NPS/N0', 'update').diffs).toEqual([
      { field: 'DEF', before: true, after: false },
    ]);
  });

  it.each<{
    name: string;
    prune: boolean;
    protect: string[];
    counts: Record<string, number>;
    want: string[];
    kept: string[];
  }>([
    { name: 'pruning off: kept', prune: false, protect: [], counts: {}, want: [], kept: ['not-in-spec'] },
    {
      name: 'field protected: kept',
      prune: true,
      protect: ['deal.NPS'],
      counts: {},
      want: [],
      kept: ['protected'],
    },
    {
      name: 'records hold it: refused',
      prune: true,
      protect: [],
      counts: { 'item-values:deal:UF_CRM_NPS:2': 3 },
      want: ['blocked deal.NPS/OLD'],
      kept: [],
    },
    {
      name: 'no record holds it: deleted',
      prune: true,
      protect: [],
      counts: { 'item-values:deal:UF_CRM_NPS:2': 0 },
      want: ['delete deal.NPS/OLD'],
      kept: [],
    },
  ])('an item the spec does not list, $name', ({ prune, protect, counts, want, kept }) => {
    const spec = nps([{ xml_id: 'N0', value: '0' }], { manage: { prune, protect } });
    const r = planKinds(spec, portal([item(1, 'N0', '0', 10), item(2, 'OLD', 'старое', 20)]), {
      options: { prune },
      counts,
    });
    expect(brief(r.changes, 'listItem')).toEqual(want);
    expect(r.kept.filter((k) => k.kind === 'listItem').map((k) => k.why)).toEqual(kept);
  });

  it('asks for the count of records before deciding on a deletion', () => {
    const spec = nps([{ xml_id: 'N0', value: '0' }], { manage: { prune: true } });
    const r = planKinds(spec, portal([item(1, 'N0', '0', 10), item(2, 'OLD', 'старое', 20)]), {
      options: { prune: true },
    });
    expect(r.wanted).toEqual(['item-values:deal:UF_CRM_NPS:2']);
    expect(brief(r.changes, 'listItem')).toEqual([]);
  });

  it('a refused deletion says why in both languages', () => {
    const spec = nps([{ xml_id: 'N0', value: '0' }], { manage: { prune: true } });
    const r = planKinds(spec, portal([item(1, 'N0', '0', 10), item(2, 'OLD', 'старое', 20)]), {
      options: { prune: true },
      counts: { 'item-values:deal:UF_CRM_NPS:2': 3 },
    });
    const c = only(r.changes, 'listItem:deal.NPS/OLD', 'blocked');
    expect(c.impact).toEqual({ records: 3, entity: 'deal' });
    expect(en(c.reason)).toBeTruthy();
  });
});
