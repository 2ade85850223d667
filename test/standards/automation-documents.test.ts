import { describe } from 'vitest';
import type { PortalDocumentTemplate } from '../../src/resources/documents/read.js';
import { sd10 } from '../../src/standards/sd-10-repeat-tunnel.js';
import { sd23 } from '../../src/standards/sd-23-email-templates.js';
import { sd25 } from '../../src/standards/sd-25-client-notifications.js';
import { sd26 } from '../../src/standards/sd-26-email-triggers.js';
import { sd27 } from '../../src/standards/sd-27-commercial-proposal.js';
import { sd28 } from '../../src/standards/sd-28-contract.js';
import { sd29 } from '../../src/standards/sd-29-invoice.js';
import { sd31 } from '../../src/standards/sd-31-nurture.js';
import type { Direction } from '../../src/spec/spec.generated.js';
import { PortalBuilder } from '../helpers/portal-state.js';
import { attested, ctx, DAY, data, deal, iso, spec, table } from './tester.js';

const sales = (key: string, name: string, extra: Partial<Direction> = {}): Direction => ({
  key,
  name,
  purpose: 'sales',
  stages: [{ code: 'NEW', name: 'Новая' }],
  ...extra,
});
const template = (id: number, name: string): PortalDocumentTemplate => ({
  id,
  name,
  region: 'ru',
  numeratorId: null,
  entityTypeIds: ['2'],
  active: true,
  users: [],
  sort: 500,
});
const withTemplates = (...t: PortalDocumentTemplate[]) => {
  const b = new PortalBuilder();
  b.state.documentTemplates = t;
  return b.build();
};

describe('SD-10 repeat tunnel', () => {
  const dirs = [
    sales('default', 'Продажи', { won: { name: 'Успех', tunnel: { to: 'repeat', stage: 'NEW' } } }),
    { key: 'repeat', name: 'Повторные', purpose: 'repeat' as const },
  ];
  const portal = () => new PortalBuilder().pipeline(2, 'Повторные продажи').build();
  table(sd10, [
    {
      name: 'every sales direction tunnels into an existing one',
      ctx: () => ctx({ spec: spec({ directions: dirs }) }),
      has: [{ part: 'spec', status: 'pass', messageId: 'specTunnels' }],
    },
    {
      name: 'a tunnel into a direction the spec lacks does not count',
      ctx: () =>
        ctx({
          spec: spec({
            directions: [
              sales('default', 'A', { won: { name: 'W', tunnel: { to: 'nowhere', stage: 'NEW' } } }),
            ],
          }),
        }),
      has: [{ part: 'spec', status: 'fail', messageId: 'specNoTunnels' }],
    },
    {
      name: 'no sales directions at all',
      ctx: () => ctx({ spec: spec({ directions: [{ key: 'n', name: 'N', purpose: 'nurture' }] }) }),
      has: [{ part: 'spec', status: 'fail', messageId: 'specNoSales' }],
    },
    {
      name: 'a pipeline named for repeat sales is found without a spec',
      ctx: () => ctx({ state: portal() }),
      has: [{ part: 'config', status: 'pass', messageId: 'portalRepeat' }],
    },
    {
      name: 'no repeat pipeline',
      ctx: () => ctx({ state: new PortalBuilder().build() }),
      has: [{ part: 'config', status: 'fail', messageId: 'portalNoRepeat' }],
    },
    {
      name: 'won deals followed by a repeat deal of the same contact',
      ctx: () =>
        ctx({
          state: portal(),
          data: data({
            repeatPipelines: [2],
            wonDeals: [
              deal(1, { contact: 7, closed: iso(5 * DAY) }),
              deal(2, { contact: 8, closed: iso(5 * DAY) }),
              deal(3, { contact: null, closed: iso(5 * DAY) }),
            ],
            repeatDeals: [
              deal(10, { category: 2, contact: 7, created: iso(2 * DAY) }),
              deal(11, { category: 2, contact: 8, created: iso(9 * DAY) }),
            ],
          }),
        }),
      has: [
        { part: 'data', status: 'partial', messageId: 'dataNotFollowed', ratio: 1 / 3 / 0.5 },
        { part: 'manual', status: 'manual-unattested', scored: false },
      ],
    },
    {
      name: 'won deals inside the repeat pipeline are not counted',
      ctx: () =>
        ctx({
          state: portal(),
          data: data({
            repeatPipelines: [2],
            wonDeals: [deal(1, { category: 2, contact: 7, closed: iso(DAY) })],
          }),
          attestations: [attested('SD-10')],
        }),
      has: [
        { part: 'data', status: 'not-applicable' },
        { part: 'manual', status: 'manual-attested', scored: true },
      ],
    },
  ]);
});

describe('SD-23 e-mail templates', () => {
  const tpl = (key: string) => ({ key, title: key, subject: key, body: 'x' });
  table(sd23, [
    {
      name: 'three templates pass',
      ctx: () => ctx({ spec: spec({ email_templates: [tpl('a'), tpl('b'), tpl('c')] }) }),
      has: [{ part: 'spec', status: 'pass', messageId: 'specTemplates' }],
    },
    {
      name: 'one template is partial',
      ctx: () => ctx({ spec: spec({ email_templates: [tpl('a')] }) }),
      has: [{ part: 'spec', status: 'partial', messageId: 'specFewTemplates', ratio: 1 / 3 }],
    },
    { name: 'none fails', ctx: () => ctx({ spec: spec({}) }), has: [{ part: 'spec', status: 'fail' }] },
  ]);
});

describe('SD-25 client notifications and SD-26 triggers', () => {
  table(sd25, [
    {
      name: 'an e-mail robot to the client in every direction',
      ctx: () =>
        ctx({
          spec: spec({
            directions: [
              sales('a', 'A', {
                stages: [
                  { code: 'N', name: 'N', robots: [{ type: 'send_email', to: 'client', template: 'x' }] },
                ],
              }),
            ],
          }),
        }),
      has: [{ part: 'spec', status: 'pass', messageId: 'specNotify' }],
    },
    {
      name: 'a notice to the manager is not a client notification',
      ctx: () =>
        ctx({
          spec: spec({
            directions: [
              sales('a', 'A', {
                stages: [{ code: 'N', name: 'N', robots: [{ type: 'notify', to: 'deal.responsible' }] }],
              }),
            ],
          }),
        }),
      has: [{ part: 'spec', status: 'fail', messageId: 'specSilent' }],
    },
  ]);
  table(sd26, [
    {
      name: 'an e-mail-opened trigger passes',
      ctx: () =>
        ctx({
          spec: spec({
            directions: [
              sales('a', 'A', { stages: [{ code: 'N', name: 'N', triggers: [{ type: 'email_opened' }] }] }),
            ],
          }),
        }),
      has: [{ part: 'spec', status: 'pass', messageId: 'specTriggers' }],
    },
    {
      name: 'other triggers do not count',
      ctx: () =>
        ctx({
          spec: spec({
            directions: [
              sales('a', 'A', { stages: [{ code: 'N', name: 'N', triggers: [{ type: 'call_missed' }] }] }),
            ],
          }),
        }),
      has: [{ part: 'spec', status: 'fail', messageId: 'specNoTriggers' }],
    },
  ]);
});

describe('SD-27/28/29 documents', () => {
  const doc = (name: string, kind?: 'proposal' | 'contract' | 'invoice') => ({
    name,
    file: 'x.docx',
    ...(kind ? { kind } : {}),
  });
  const robot = (template: string) =>
    sales('a', 'A', {
      stages: [{ code: 'N', name: 'N', robots: [{ type: 'generate_document' as const, template }] }],
    });
  table(sd27, [
    {
      name: 'a proposal template and a robot that builds it',
      ctx: () => ctx({ spec: spec({ documents: [doc('КП', 'proposal')], directions: [robot('КП')] }) }),
      has: [{ part: 'spec', status: 'pass', messageId: 'specDocAndRobot' }],
    },
    {
      name: 'a template without a robot is half done',
      ctx: () => ctx({ spec: spec({ documents: [doc('Коммерческое предложение')] }) }),
      has: [{ part: 'spec', status: 'partial', messageId: 'specDocNoRobot', ratio: 0.5 }],
    },
    {
      name: 'on a portal alone, the name tells the kind',
      ctx: () => ctx({ state: withTemplates(template(1, 'Коммерческое предложение')) }),
      has: [
        { part: 'config', status: 'pass', messageId: 'portalDoc' },
        { part: 'manual', status: 'manual-unattested' },
      ],
      status: 'partial',
    },
  ]);
  table(sd28, [
    {
      name: 'no contract in the spec',
      ctx: () => ctx({ spec: spec({ documents: [doc('Счёт', 'invoice')] }) }),
      has: [{ part: 'spec', status: 'fail', messageId: 'specNoDoc' }],
    },
    {
      name: 'with a spec, the contract must be on the portal under its name',
      ctx: () =>
        ctx({
          spec: spec({ documents: [doc('Договор поставки', 'contract')] }),
          state: withTemplates(template(1, 'Договор')),
        }),
      has: [{ part: 'config', status: 'fail', messageId: 'portalNoDoc' }],
    },
  ]);
  table(sd29, [
    {
      name: 'an invoice on the portal, attested',
      ctx: () =>
        ctx({ state: withTemplates(template(1, 'Счёт на оплату')), attestations: [attested('SD-29')] }),
      has: [{ part: 'config', status: 'pass' }],
      status: 'pass',
    },
    {
      name: 'unreadable templates are an error part',
      ctx: () =>
        ctx({ state: { ...withTemplates(), unreadable: { documentTemplates: 'DOCGEN_ACCESS_ERROR' } } }),
      has: [{ part: 'config', status: 'error', messageId: 'unreadable' }],
    },
  ]);
});

describe('SD-31 nurture', () => {
  table(sd31, [
    {
      name: 'a nurture direction with robots',
      ctx: () =>
        ctx({
          spec: spec({
            directions: [
              {
                key: 'n',
                name: 'Прогрев',
                purpose: 'nurture',
                stages: [{ code: 'N', name: 'N', robots: [{ type: 'send_email', to: 'client' }] }],
              },
            ],
          }),
        }),
      has: [{ part: 'spec', status: 'pass', messageId: 'specNurture' }],
    },
    {
      name: 'a nurture direction without robots is half done',
      ctx: () => ctx({ spec: spec({ directions: [{ key: 'n', name: 'Прогрев', purpose: 'nurture' }] }) }),
      has: [{ part: 'spec', status: 'partial', messageId: 'specNoRobots' }],
    },
    {
      name: 'no nurture direction',
      ctx: () => ctx({ spec: spec({ directions: [sales('a', 'A')] }) }),
      has: [{ part: 'spec', status: 'fail', messageId: 'specNoNurture' }],
    },
    {
      name: 'a warm-up pipeline found by its name',
      ctx: () => ctx({ state: new PortalBuilder().pipeline(3, 'Прогрев лидов').build() }),
      has: [{ part: 'config', status: 'pass', messageId: 'portalNurture' }],
    },
    {
      name: 'no warm-up pipeline',
      ctx: () => ctx({ state: new PortalBuilder().build() }),
      has: [{ part: 'config', status: 'fail', messageId: 'portalNoNurture' }],
    },
  ]);
});
