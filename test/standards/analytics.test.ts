import { describe, expect, it } from 'vitest';
import { sd01 } from '../../src/standards/sd-01-sales-plan.js';
import { sd09 } from '../../src/standards/sd-09-nps.js';
import { sd30 } from '../../src/standards/sd-30-segments.js';
import { STANDARDS } from '../../src/standards/registry.js';
import { PortalBuilder } from '../helpers/portal-state.js';
import { attested, ctx, DAY, data, deal, iso, spec, table, task, wellFormed } from './tester.js';

describe('SD-01 sales plan', () => {
  table(sd01, [
    {
      name: 'a plan in the spec passes the design',
      ctx: () => ctx({ spec: spec({ sales_plan: { period: 'month', metric: 'amount', by: 'employee' } }) }),
      has: [{ part: 'spec', status: 'pass', messageId: 'specPlan' }],
      status: 'pass',
    },
    {
      name: 'no plan in the spec',
      ctx: () => ctx({ spec: spec({}) }),
      has: [{ part: 'spec', status: 'fail', messageId: 'specNoPlan' }],
      status: 'fail',
    },
    {
      name: 'on a portal the attestation is scored next to the design',
      ctx: () =>
        ctx({
          spec: spec({ sales_plan: { period: 'month', metric: 'count', by: 'direction' } }),
          state: new PortalBuilder().build(),
        }),
      has: [{ part: 'manual', status: 'manual-unattested', scored: true }],
      status: 'partial',
    },
  ]);
});

describe('SD-09 NPS', () => {
  const nps = { code: 'NPS', type: 'enumeration' as const, label: 'NPS' };
  const withNps = () =>
    new PortalBuilder().field('deal', { fieldName: 'UF_CRM_NPS', type: 'enumeration' }).build();
  const won = (id: number, patch = {}) => deal(id, { stage: 'WON', closed: iso(3 * DAY), ...patch });
  table(sd09, [
    {
      name: 'an NPS field and a won task in every sales direction',
      ctx: () =>
        ctx({
          spec: spec({
            fields: { deal: [nps] },
            directions: [{ key: 'default', name: 'A', won: { name: 'W', task: { title: 'Замер NPS' } } }],
          }),
        }),
      has: [{ part: 'spec', status: 'pass', messageId: 'specNps' }],
    },
    {
      name: 'no NPS field and no won task',
      ctx: () => ctx({ spec: spec({ directions: [{ key: 'default', name: 'A' }] }) }),
      has: [{ part: 'spec', status: 'fail', messageId: 'specMissing' }],
    },
    {
      name: 'repeat and nurture directions need no NPS task',
      ctx: () =>
        ctx({
          spec: spec({ fields: { deal: [nps] }, directions: [{ key: 'r', name: 'R', purpose: 'repeat' }] }),
        }),
      has: [{ part: 'spec', status: 'pass' }],
    },
    {
      name: 'the field on the portal',
      ctx: () => ctx({ state: withNps() }),
      has: [{ part: 'config', status: 'pass', messageId: 'portalField' }],
    },
    {
      name: 'no field on the portal',
      ctx: () => ctx({ state: new PortalBuilder().build() }),
      has: [{ part: 'config', status: 'fail', messageId: 'portalNoField' }],
    },
    {
      name: 'a value or an NPS task counts; an old win does not',
      ctx: () =>
        ctx({
          state: withNps(),
          data: data({
            wonDeals: [won(1, { nps: true }), won(2), won(3), won(4, { closed: iso(40 * DAY) })],
            tasks: [task(1, { deals: [2], title: 'Замер NPS' }), task(2, { deals: [3], title: 'Отгрузка' })],
          }),
        }),
      has: [{ part: 'data', status: 'partial', messageId: 'dataNoNps', ratio: 2 / 3 / 0.8 }],
    },
  ]);
});

describe('SD-30 segments', () => {
  const types = (codes: string[]) => {
    const b = new PortalBuilder();
    codes.forEach((c, i) =>
      b.state.statuses.push({
        id: 5000 + i,
        entityId: 'CONTACT_TYPE',
        statusId: c,
        name: c,
        sort: i,
        color: null,
        semantics: null,
        system: false,
        categoryId: null,
      }),
    );
    return b.build();
  };
  const seg = (n: number) => ({
    contact_types: Array.from({ length: n }, (_, i) => ({ code: `T${i}`, name: `T${i}` })),
  });
  table(sd30, [
    {
      name: 'four contact types in the spec',
      ctx: () => ctx({ spec: spec({ segments: seg(4) }) }),
      has: [{ part: 'spec', status: 'pass', messageId: 'specTypes' }],
    },
    {
      name: 'two are not enough',
      ctx: () => ctx({ spec: spec({ segments: seg(2) }) }),
      has: [{ part: 'spec', status: 'partial', messageId: 'specFewTypes', ratio: 2 / 3 }],
    },
    {
      name: 'the default types of a new portal are no segmentation',
      ctx: () => ctx({ state: types(['CLIENT', 'SUPPLIER', 'PARTNER', 'OTHER']) }),
      has: [{ part: 'config', status: 'fail', messageId: 'portalDefaultTypes' }],
    },
    {
      name: 'own types pass',
      ctx: () => ctx({ state: types(['POTENTIAL', 'NEW', 'REGULAR', 'FORMER']) }),
      has: [{ part: 'config', status: 'pass', messageId: 'portalTypes' }],
    },
    {
      name: 'with a spec, missing types differ',
      ctx: () => ctx({ spec: spec({ segments: seg(2) }), state: types(['T0']) }),
      has: [{ part: 'config', status: 'partial', messageId: 'portalDiffers', ratio: 0.5 }],
    },
    {
      name: 'share of contacts with a type',
      ctx: () =>
        ctx({ state: types(['A', 'B', 'C']), data: data({ counts: { contacts: 10, contactsWithType: 4 } }) }),
      has: [{ part: 'data', status: 'partial', messageId: 'dataUntyped', ratio: 0.4 / 0.8 }],
    },
  ]);
});

describe('manual-only standards', () => {
  const manualOnly = STANDARDS.filter(
    (s) =>
      s.meta.classes.length === 1 &&
      s.meta.classes[0] === 'M' &&
      !['SD-01', 'SD-13', 'SD-23', 'SD-24', 'SD-25', 'SD-26'].includes(s.meta.id),
  );
  it('are SD-14, 15, 19, 20, 32, 33', () => {
    expect(manualOnly.map((s) => s.meta.id)).toEqual(['SD-14', 'SD-15', 'SD-19', 'SD-20', 'SD-32', 'SD-33']);
  });
  it.each(manualOnly.map((s) => [s.meta.id, s] as const))('%s: unattested, attested, expired', (id, s) => {
    const state = new PortalBuilder().build();
    const cases = [
      [[], 'manual-unattested'],
      [[attested(id)], 'manual-attested'],
      [[attested(id, { expires: '2026-01-14' })], 'manual-expired'],
      [[attested(id, { expires: '2026-01-15' })], 'manual-attested'],
    ] as const;
    for (const [attestations, status] of cases) {
      const f = s.check(ctx({ state, attestations: [...attestations] }));
      wellFormed(s, f);
      expect(f.map((x) => x.status)).toEqual([status]);
    }
  });
});
