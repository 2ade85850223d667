import { describe, expect, it } from 'vitest';
import type { PortalOpenLine } from '../../src/resources/open-lines/read.js';
import { openLineCalls } from '../../src/resources/open-lines/calls.js';
import type { OpenLine, Spec } from '../../src/spec/spec.generated.js';
import { binding, PortalBuilder } from '../helpers/portal-state.js';
import { brief, en, ofKind, only, planKinds, ru } from './plan-kind.js';

const users: Spec['users'] = {
  head: { email: 'head@example.com' },
  m1: { email: 'M1@example.com' },
  m2: { email: 'm2@example.com' },
  ghost: { email: 'ghost@example.com' },
};

function portal(lines: Array<Partial<PortalOpenLine>> = []): PortalBuilder {
  const p = new PortalBuilder();
  p.user(2, 'head@example.com', 'Мария', [2], 'Петрова');
  p.user(3, 'm1@example.com', 'Дмитрий', [2]);
  p.user(4, 'm2@example.com', 'Ольга', [2]);
  lines.forEach((l, i) =>
    p.state.openLines.push({
      id: i + 1,
      name: `Line ${i + 1}`,
      active: true,
      crm: true,
      crmCreate: 'lead',
      crmSource: 'create',
      crmForward: true,
      queueType: 'evenly',
      queue: [],
      queueTime: 60,
      noAnswerTime: 60,
      checkAvailable: true,
      kpiFirstAnswerTime: 0,
      kpiFurtherAnswerTime: 0,
      kpiFirstAnswerAlert: false,
      kpiFurtherAnswerAlert: false,
      kpiCheckOperatorActivity: false,
      welcomeMessage: 'Добро пожаловать!',
      ...l,
    }),
  );
  return p;
}

const chat: OpenLine = {
  name: 'Чат',
  active: true,
  crm: { enabled: true, create: 'deal', source: 'WEB', forward_to_responsible: false },
  queue: { type: 'strictly', users: ['m1', 'm2'], time: '2m', no_answer_time: '10m', check_available: true },
  kpi: { first_answer: '15m', further_answer: '30m', alert: true, check_operator_activity: true },
  welcome_message: 'Здравствуйте!',
};

const spec = (lines: OpenLine[], extra: Partial<Spec> = {}): Spec => ({
  version: 1,
  users,
  open_lines: lines,
  ...extra,
});

describe('open lines: diff', () => {
  it('creates a missing line with every attribute the spec names, KPI and queue times in seconds', () => {
    const { changes } = planKinds(spec([chat]), portal());
    const c = only(changes, 'openLine:Чат', 'create');
    expect(c.desired.params).toEqual({
      LINE_NAME: 'Чат',
      ACTIVE: 'Y',
      CRM: 'Y',
      CRM_CREATE: 'deal',
      CRM_SOURCE: 'WEB',
      CRM_FORWARD: 'N',
      QUEUE_TYPE: 'strictly',
      QUEUE_TIME: 120,
      NO_ANSWER_TIME: 600,
      CHECK_AVAILABLE: 'Y',
      KPI_FIRST_ANSWER_TIME: 900,
      KPI_FURTHER_ANSWER_TIME: 1800,
      KPI_FIRST_ANSWER_ALERT: 'Y',
      KPI_FURTHER_ANSWER_ALERT: 'Y',
      KPI_CHECK_OPERATOR_ACTIVITY: 'Y',
      WELCOME_MESSAGE_TEXT: 'Здравствуйте!',
      WELCOME_MESSAGE: 'Y',
      // Roles resolved by e-mail, case-insensitively (m1 is M1@ in the spec).
      QUEUE: [
        { ENTITY_TYPE: 'user', ENTITY_ID: 3 },
        { ENTITY_TYPE: 'user', ENTITY_ID: 4 },
      ],
    });
  });

  const same: Partial<PortalOpenLine> = {
    name: 'Чат',
    crmCreate: 'deal',
    crmSource: 'WEB',
    crmForward: false,
    queueType: 'strictly',
    queue: [3, 4],
    queueTime: 120,
    noAnswerTime: 600,
    kpiFirstAnswerTime: 900,
    kpiFurtherAnswerTime: 1800,
    kpiFirstAnswerAlert: true,
    kpiFurtherAnswerAlert: true,
    kpiCheckOperatorActivity: true,
    welcomeMessage: 'Здравствуйте!',
  };

  it.each<[string, Partial<PortalOpenLine>, Array<[string, unknown, unknown]>]>([
    ['nothing differs', {}, []],
    ['a KPI time', { kpiFirstAnswerTime: 600 }, [['KPI_FIRST_ANSWER_TIME', 600, 900]]],
    ['the queue order', { queue: [4, 3] }, [['QUEUE', ['m2', 'm1'], ['m1', 'm2']]]],
    [
      'a queue member who is not a role',
      { queue: [3, 1] },
      [['QUEUE', ['m1', 'admin@example.com'], ['m1', 'm2']]],
    ],
    [
      'the CRM mode and the alert',
      { crmCreate: 'lead', kpiFurtherAnswerAlert: false },
      [
        ['CRM_CREATE', 'lead', 'deal'],
        ['KPI_FURTHER_ANSWER_ALERT', false, true],
      ],
    ],
    ['the greeting', { welcomeMessage: 'Привет' }, [['WELCOME_MESSAGE_TEXT', 'Привет', 'Здравствуйте!']]],
  ])('update when %s', (_what, patch, diffs) => {
    const { changes } = planKinds(spec([chat]), portal([{ ...same, ...patch }]));
    if (diffs.length === 0) {
      expect(brief(changes, 'openLine')).toEqual([]);
      return;
    }
    const c = only(changes, 'openLine:Чат', 'update');
    expect(c.portalId).toBe(1);
    expect(c.diffs.map((d) => [d.field, d.before, d.after])).toEqual(diffs);
    // Only what differs is sent (plus the name, which identifies the line to a human reading the call).
    expect(Object.keys(c.desired.params as object).sort()).toEqual(
      [
        'LINE_NAME',
        ...diffs.map(([f]) => f),
        ...(diffs.some(([f]) => f === 'WELCOME_MESSAGE_TEXT') ? ['WELCOME_MESSAGE'] : []),
      ].sort(),
    );
  });

  it('leaves attributes the spec does not name alone', () => {
    const { changes } = planKinds(
      spec([{ name: 'Чат', kpi: { first_answer: '15m' } }]),
      portal([{ name: 'Чат', kpiFirstAnswerTime: 900, queueType: 'all' }]),
    );
    expect(brief(changes, 'openLine')).toEqual([]);
  });

  it('renames through renamed_from and through the state file binding', () => {
    const viaSpec = planKinds(
      spec([{ ...chat, renamed_from: ['Старый чат'] }]),
      portal([{ ...same, name: 'Старый чат' }]),
    );
    const r = only(viaSpec.changes, 'openLine:Чат', 'rename');
    expect([r.from, r.to, r.diffs.map((d) => d.field)]).toEqual(['Старый чат', 'Чат', ['LINE_NAME']]);
    const b = binding();
    b.openLines['Чат'] = { id: 1, lastName: 'Ещё старее' };
    const viaBinding = planKinds(spec([chat]), portal([{ ...same, name: 'Ещё старее' }]), { binding: b });
    expect(only(viaBinding.changes, 'openLine:Чат', 'rename').portalId).toBe(1);
  });

  it('refuses a line whose queue names a person the portal does not have, naming role, e-mail and portal', () => {
    const { changes } = planKinds(spec([{ ...chat, queue: { users: ['m1', 'ghost'] } }]), portal());
    const c = only(changes, 'openLine:Чат', 'blocked');
    expect(en(c.reason)).toBe(
      'portal test.bitrix24.ru has no user with the e-mail given in users: ghost (ghost@example.com)',
    );
    expect(ru(c.reason)).toContain('ghost (ghost@example.com)');
    expect(en(c.hint)).toContain('Fix the e-mail');
  });

  it('refuses emptying the queue of a line: the portal would refuse the whole update (parity.md#openline-config)', () => {
    const { changes } = planKinds(
      spec([{ name: 'Чат', queue: { users: [] }, active: false }]),
      portal([{ name: 'Чат', queue: [3] }]),
    );
    const c = only(changes, 'openLine:Чат', 'blocked');
    expect(en(c.reason)).toBe(
      'a portal refuses an open line update with an empty queue: nothing of the update is kept',
    );
    // A new line may start with no one: add takes an empty queue.
    expect(brief(planKinds(spec([{ name: 'Новая', queue: { users: [] } }]), portal()).changes)).toEqual([
      'create Новая',
    ]);
  });

  it('marks add and update as refused when the portal answers false', () => {
    const { changes } = planKinds(spec([chat, { name: 'Новая' }]), portal([{ name: 'Чат' }]));
    expect(openLineCalls(ofKind(changes, 'openLine')).map((c) => [c.method, c.refusedWhenFalse])).toEqual([
      ['imopenlines.config.update', true],
      ['imopenlines.config.add', true],
    ]);
  });

  it('says so when the portal’s users cannot be read at all', () => {
    const p = portal();
    p.state.users = [];
    p.state.unreadable.users = 'insufficient_scope';
    const c = only(planKinds(spec([chat]), p).changes, 'openLine:Чат', 'blocked');
    expect(en(c.reason)).toBe(
      'this webhook cannot read the portal’s users (insufficient_scope), so the queue cannot be resolved',
    );
  });

  it('explains a queue type the portal coerced: all is stored as evenly without the plan feature', () => {
    const { changes } = planKinds(spec([{ ...chat, queue: { ...chat.queue, type: 'all' } }]), portal([same]));
    const c = only(changes, 'openLine:Чат', 'update');
    expect(c.diffs).toEqual([{ field: 'QUEUE_TYPE', before: 'strictly', after: 'all' }]);
    expect(c.note).toBeUndefined();
    const again = planKinds(
      spec([{ ...chat, queue: { ...chat.queue, type: 'all' } }]),
      portal([{ ...same, queueType: 'evenly' }]),
    );
    const u = only(again.changes, 'openLine:Чат', 'update');
    expect(en(u.note)).toBe(
      'the portal stored QUEUE_TYPE = evenly: Bitrix24 silently replaces all with evenly when the plan lacks the “all at once” queue feature (imopenlines_can_use_queue_all)',
    );
    expect(ru(u.note)).toContain('imopenlines_can_use_queue_all');
  });

  it('keeps lines the spec does not name, deletes them only with prune, never a protected one', () => {
    const p = () => portal([{ name: 'Чат' }, { name: 'Telegram' }, { name: 'VK' }]);
    const s = spec([{ name: 'Чат' }], { manage: { prune: true, protect: ['VK'] } });
    const keep = planKinds(s, p());
    expect(brief(keep.changes, 'openLine')).toEqual([]);
    expect(keep.kept.filter((k) => k.kind === 'openLine').map((k) => [k.key, k.why])).toEqual([
      ['Telegram', 'not-in-spec'],
      ['VK', 'not-in-spec'],
    ]);
    const pruned = planKinds(s, p(), { options: { prune: true } });
    expect(brief(pruned.changes, 'openLine')).toEqual(['delete Telegram']);
    expect(pruned.kept.filter((k) => k.kind === 'openLine').map((k) => [k.key, k.why])).toEqual([
      ['VK', 'protected'],
    ]);
  });

  it('an absent section is unmanaged; an unreadable one is refused, not guessed', () => {
    expect(brief(planKinds({ version: 1 }, portal([{ name: 'X' }])).changes, 'openLine')).toEqual([]);
    const p = portal();
    p.state.unreadable.openLines = 'insufficient_scope';
    const c = only(planKinds(spec([chat]), p).changes, 'openLine:Чат', 'blocked');
    expect(en(c.reason)).toContain('insufficient_scope');
    expect(en(c.hint)).toContain('imopenlines');
  });
});

describe('open lines: calls', () => {
  it('add / update / delete in the documented request shapes', () => {
    const create = planKinds(spec([chat]), portal()).changes;
    const update = planKinds(spec([{ name: 'Line 1', kpi: { first_answer: '5m' } }]), portal([{}])).changes;
    const del = planKinds(spec([], { manage: { prune: true } }), portal([{}]), {
      options: { prune: true },
    }).changes;
    const calls = openLineCalls(ofKind([...create, ...update, ...del], 'openLine'));
    expect(calls.map((c) => [c.method, Object.keys(c.params)])).toEqual([
      ['imopenlines.config.add', ['PARAMS']],
      ['imopenlines.config.update', ['CONFIG_ID', 'PARAMS']],
      ['imopenlines.config.delete', ['CONFIG_ID']],
    ]);
    expect(calls[0]?.key).toMatch(/^ol_/);
    expect(calls[1]?.params).toEqual({
      CONFIG_ID: 1,
      PARAMS: { LINE_NAME: 'Line 1', KPI_FIRST_ANSWER_TIME: 300 },
    });
    expect(calls[2]?.params).toEqual({ CONFIG_ID: 1 });
  });
});
