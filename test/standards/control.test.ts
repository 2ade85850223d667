import { describe } from 'vitest';
import type { PortalUser } from '../../src/resources/users/read.js';
import { sd06 } from '../../src/standards/sd-06-supervisors.js';
import { sd11 } from '../../src/standards/sd-11-loss-reasons.js';
import { sd12 } from '../../src/standards/sd-12-loss-review.js';
import { sd13 } from '../../src/standards/sd-13-no-deletion.js';
import { PortalBuilder } from '../helpers/portal-state.js';
import { attested, ctx, DAY, data, deal, iso, spec, table, task } from './tester.js';

const user = (id: number, dept: number, email = `u${id}@example.com`): PortalUser => ({
  id,
  email,
  name: `U${id}`,
  lastName: '',
  active: true,
  departmentIds: [dept],
  position: '',
});

/** Company (head 1) ▸ Sales (head 2) with managers 3, 4; a headless team 9 with manager 5. */
function org(withHeadless = false) {
  const b = new PortalBuilder();
  b.state.departments = [
    { id: 1, name: 'Компания', sort: 1, parentId: null, headUserId: 1 },
    { id: 2, name: 'Продажи', sort: 1, parentId: 1, headUserId: 2 },
    { id: 9, name: 'Без руководителя', sort: 1, parentId: null, headUserId: null },
  ];
  b.state.users = [user(1, 1), user(2, 2), user(3, 2), user(4, 2), ...(withHeadless ? [user(5, 9)] : [])];
  return b.build();
}

describe('SD-06 supervisors', () => {
  table(sd06, [
    {
      name: 'every role supervised in the spec passes',
      ctx: () =>
        ctx({
          spec: spec({
            users: { head: { email: 'h@x' }, m: { email: 'm@x', supervisor: 'head' } },
            departments: [{ name: 'Продажи', head: 'head' }],
          }),
        }),
      has: [{ part: 'spec', status: 'pass', messageId: 'specSupervised' }],
    },
    {
      name: 'a role with nobody above is partial',
      ctx: () =>
        ctx({
          spec: spec({
            users: {
              head: { email: 'h@x' },
              m: { email: 'm@x', supervisor: 'head' },
              lone: { email: 'l@x' },
            },
            departments: [{ name: 'Продажи', head: 'head' }],
          }),
        }),
      has: [{ part: 'spec', status: 'partial', messageId: 'specUnsupervised' }],
    },
    {
      name: 'a spec without users fails',
      ctx: () => ctx({ spec: spec({}) }),
      has: [{ part: 'spec', status: 'fail', messageId: 'specNoUsers' }],
    },
    {
      name: 'the head of a department answers to the head above (walk PARENT)',
      ctx: () => ctx({ state: org() }),
      has: [{ part: 'config', status: 'pass', messageId: 'portalSupervised' }],
    },
    {
      name: 'a user in a headless top department has no supervisor',
      ctx: () => ctx({ state: org(true) }),
      has: [{ part: 'config', status: 'partial', messageId: 'portalUnsupervised' }],
    },
    {
      name: 'on data, the share of deals and leads whose responsible is supervised decides',
      ctx: () =>
        ctx({
          state: org(true),
          data: data({
            counts: { dealsTotal: 90, leadsTotal: 10, unsupervisedDeals: 20, unsupervisedLeads: 0 },
            unsupervisedDeals: { '5': 20 },
          }),
        }),
      has: [{ part: 'data', status: 'partial', messageId: 'dataUnsupervised', ratio: 0.8 / 0.95 }],
      without: ['config'],
    },
    {
      name: 'no deals at all falls back to the structure',
      ctx: () => ctx({ state: org(), data: data({ counts: { dealsTotal: 0, leadsTotal: 0 } }) }),
      has: [{ part: 'config', status: 'pass' }],
    },
    {
      name: 'unreadable departments are an error',
      ctx: () => ctx({ state: { ...org(), unreadable: { departments: 'insufficient_scope' } } }),
      has: [{ part: 'config', status: 'error', messageId: 'unreadable' }],
    },
  ]);
});

describe('SD-11 loss reasons', () => {
  const lost = {
    reasons: [
      { code: 'PRICE', name: 'Дорого' },
      { code: 'GONE', name: 'Пропал' },
    ],
  };
  table(sd11, [
    {
      name: 'two reasons per direction pass',
      ctx: () => ctx({ spec: spec({ directions: [{ key: 'default', name: 'A', lost }] }) }),
      has: [{ part: 'spec', status: 'pass', messageId: 'specReasons' }],
    },
    {
      name: 'one reason is too few',
      ctx: () =>
        ctx({
          spec: spec({
            directions: [{ key: 'default', name: 'A', lost: { reasons: [{ code: 'P', name: 'P' }] } }],
          }),
        }),
      has: [{ part: 'spec', status: 'fail', messageId: 'specFewReasons' }],
    },
    {
      name: 'a fresh pipeline (LOSE + APOLOGY) has one reason: fail',
      ctx: () => ctx({ state: new PortalBuilder().build() }),
      has: [{ part: 'config', status: 'fail', messageId: 'portalFewReasons' }],
    },
    {
      name: 'two reason stages pass',
      ctx: () => ctx({ state: new PortalBuilder().addStage(0, 'PRICE', 90, 'F').build() }),
      has: [{ part: 'config', status: 'pass', messageId: 'portalReasons' }],
    },
    {
      name: 'with a spec, reasons missing on the portal differ',
      ctx: () =>
        ctx({
          spec: spec({ directions: [{ key: 'default', name: 'Общее', lost }] }),
          state: new PortalBuilder().build(),
        }),
      has: [{ part: 'config', status: 'fail', messageId: 'portalDiffers' }],
    },
    {
      name: 'with a spec, reasons present as specified pass',
      ctx: () =>
        ctx({
          spec: spec({ directions: [{ key: 'default', name: 'Общее', lost }] }),
          state: new PortalBuilder()
            .addStage(0, 'PRICE', 90, 'F', 'Дорого')
            .addStage(0, 'GONE', 100, 'F', 'Пропал')
            .build(),
        }),
      has: [{ part: 'config', status: 'pass', messageId: 'portalAsSpecified' }],
    },
    {
      name: 'most losses left in LOSE is partial',
      ctx: () =>
        ctx({
          state: new PortalBuilder().build(),
          data: data({ counts: { lostInPeriod: 10, lostInGenericLose: 6 } }),
        }),
      has: [{ part: 'data', status: 'partial', messageId: 'dataGeneric', ratio: 0.4 / 0.8 }],
    },
    {
      name: 'losses with reasons pass',
      ctx: () =>
        ctx({
          state: new PortalBuilder().build(),
          data: data({ counts: { lostInPeriod: 10, lostInGenericLose: 1 } }),
        }),
      has: [{ part: 'data', status: 'pass', messageId: 'dataReasons' }],
    },
  ]);
});

describe('SD-12 loss review', () => {
  const lostDeal = (id: number, assigned: number) =>
    deal(id, { stage: 'LOSE', assigned, closed: iso(2 * DAY) });
  table(sd12, [
    {
      name: 'a supervisor task in every direction passes',
      ctx: () =>
        ctx({
          spec: spec({
            directions: [
              { key: 'default', name: 'A', lost: { supervisor_task: { title: 't', responsible: 'head' } } },
            ],
          }),
        }),
      has: [{ part: 'spec', status: 'pass', messageId: 'specReview' }],
    },
    {
      name: 'a review task for the responsible is not a review',
      ctx: () =>
        ctx({
          spec: spec({
            directions: [
              {
                key: 'default',
                name: 'A',
                lost: { supervisor_task: { title: 't', responsible: 'deal.responsible' } },
              },
            ],
          }),
        }),
      has: [{ part: 'spec', status: 'fail', messageId: 'specNoReview' }],
    },
    {
      name: 'a task for the responsible’s head counts; others do not',
      ctx: () =>
        ctx({
          state: org(),
          data: data({
            lostDeals: [lostDeal(1, 3), lostDeal(2, 4)],
            tasks: [task(1, { deals: [1], responsible: 2 }), task(2, { deals: [2], responsible: 4 })],
          }),
        }),
      has: [{ part: 'data', status: 'partial', messageId: 'dataNotReviewed', ratio: 0.5 / 0.8 }],
    },
    {
      name: 'losses outside the window do not count',
      ctx: () =>
        ctx({
          state: org(),
          data: data({ lostDeals: [deal(1, { closed: iso(60 * DAY) })] }),
          attestations: [attested('SD-12')],
        }),
      has: [
        { part: 'data', status: 'not-applicable' },
        { part: 'manual', status: 'manual-attested', scored: true },
      ],
    },
    {
      name: 'the role named in the spec counts as the reviewer',
      ctx: () =>
        ctx({
          state: org(),
          spec: spec({
            users: { rop: { email: 'u1@example.com' } },
            directions: [
              {
                key: 'default',
                name: 'Общее',
                lost: { supervisor_task: { title: 't', responsible: 'rop' } },
              },
            ],
          }),
          data: data({ lostDeals: [lostDeal(1, 3)], tasks: [task(1, { deals: [1], responsible: 1 })] }),
        }),
      has: [{ part: 'data', status: 'pass', messageId: 'dataReviewed' }],
    },
  ]);
});

describe('SD-13 no deletion', () => {
  const deny = ['lead.delete', 'deal.delete', 'contact.delete', 'company.delete'];
  table(sd13, [
    {
      name: 'every role denies deleting',
      ctx: () =>
        ctx({ spec: spec({ permissions: { roles: [{ name: 'M', deny: [...deny, 'import', 'export'] }] } }) }),
      has: [{ part: 'spec', status: 'pass', messageId: 'specDenied' }],
    },
    {
      name: 'a role that may delete deals',
      ctx: () =>
        ctx({
          spec: spec({
            permissions: {
              roles: [
                { name: 'M', deny },
                { name: 'H', deny: ['lead.delete'] },
              ],
            },
          }),
        }),
      has: [{ part: 'spec', status: 'partial', messageId: 'specAllowed', ratio: 0.5 }],
    },
    {
      name: 'no roles in the spec',
      ctx: () => ctx({ spec: spec({}) }),
      has: [{ part: 'spec', status: 'fail', messageId: 'specNoRoles' }],
    },
    {
      name: 'on a portal only an attestation counts',
      ctx: () => ctx({ state: new PortalBuilder().build() }),
      has: [{ part: 'manual', status: 'manual-unattested', scored: true }],
      status: 'manual-unattested',
    },
    {
      name: 'attested on the portal',
      ctx: () =>
        ctx({
          state: new PortalBuilder().build(),
          attestations: [attested('SD-13', { expires: '2026-12-31' })],
        }),
      has: [{ part: 'manual', status: 'manual-attested' }],
      status: 'manual-attested',
    },
  ]);
});
