import { describe, expect, it } from 'vitest';
import type { PortalStatus } from '../../src/resources/crm-status/read.js';
import { dictionaryCalls } from '../../src/resources/dictionaries/calls.js';
import type { Spec } from '../../src/spec/spec.generated.js';
import { PortalBuilder } from '../helpers/portal-state.js';
import { brief, en, ofKind, only, planKinds } from './plan-kind.js';

let nextId = 5000;
function withStatuses(
  entity: string,
  rows: Array<[code: string, name: string, sort: number, sem?: 'S' | 'F' | null, system?: boolean]>,
): PortalBuilder {
  const p = new PortalBuilder();
  for (const [code, name, sort, sem, system] of rows) {
    const s: PortalStatus = {
      id: nextId++,
      entityId: entity,
      statusId: code,
      name,
      sort,
      color: null,
      semantics: sem ?? null,
      system: system ?? false,
      categoryId: null,
    };
    p.state.statuses.push(s);
  }
  return p;
}

const SOURCES = () =>
  withStatuses('SOURCE', [
    ['CALL', 'Звонок', 10, null, true],
    ['EMAIL', 'Электронная почта', 20],
    ['WEB', 'Веб-сайт', 30],
    ['TRADE_SHOW', 'Выставка', 70],
  ]);

const LEADS = () =>
  withStatuses('STATUS', [
    ['NEW', 'Не обработан', 10, null, true],
    ['IN_PROCESS', 'В работе', 20],
    ['PROCESSED', 'Обработан', 30],
    ['CONVERTED', 'Качественный лид', 40, 'S', true],
    ['JUNK', 'Некачественный лид', 50, 'F', true],
  ]);

describe('dictionaries: sources, contact and company types', () => {
  it.each<[string, Spec['lead_sources'], string[]]>([
    [
      'the same list',
      [
        { code: 'CALL', name: 'Звонок' },
        { code: 'EMAIL', name: 'Электронная почта' },
      ],
      [],
    ],
    [
      'a rename (system items too: NAME is writable)',
      [{ code: 'CALL', name: 'Входящий звонок' }],
      ['update SOURCE/CALL'],
    ],
    [
      'a new item between existing ones keeps their sorts',
      [
        { code: 'EMAIL', name: 'Электронная почта' },
        { code: 'MESSENGER', name: 'Мессенджеры' },
        { code: 'WEB', name: 'Веб-сайт' },
      ],
      ['create SOURCE/MESSENGER'],
    ],
    // WEB 30, EMAIL 20 out of order: renumbered 10, 20, so only WEB moves.
    [
      'a reorder renumbers',
      [
        { code: 'WEB', name: 'Веб-сайт' },
        { code: 'EMAIL', name: 'Электронная почта' },
      ],
      ['update SOURCE/WEB'],
    ],
  ])('%s', (_what, sources, expected) => {
    const { changes } = planKinds({ version: 1, lead_sources: sources }, SOURCES());
    expect(brief(changes, 'dictionary').sort()).toEqual([...expected].sort());
  });

  it('a new item gets the sort between its neighbours, colour upper-cased', () => {
    const { changes } = planKinds(
      {
        version: 1,
        lead_sources: [
          { code: 'EMAIL', name: 'Электронная почта' },
          { code: 'MESSENGER', name: 'Мессенджеры', color: '#aabbcc' },
          { code: 'WEB', name: 'Веб-сайт' },
        ],
      },
      SOURCES(),
    );
    expect(only(changes, 'dictionary:SOURCE/MESSENGER', 'create').desired).toMatchObject({
      entity: 'SOURCE',
      code: 'MESSENGER',
      sort: 25,
      color: '#AABBCC',
      semantics: 'P',
    });
  });

  it('items not in the spec stay; with prune, counts decide; SYSTEM items are never deleted', () => {
    const spec: Spec = {
      version: 1,
      lead_sources: [{ code: 'EMAIL', name: 'Электронная почта' }],
      manage: { prune: true },
    };
    const kept = planKinds(spec, SOURCES());
    expect(kept.kept.filter((k) => k.kind === 'dictionary').map((k) => `${k.key} ${k.why}`)).toEqual([
      'SOURCE/CALL system',
      'SOURCE/WEB not-in-spec',
      'SOURCE/TRADE_SHOW not-in-spec',
    ]);
    // First pass: the counts of leads and deals using WEB / TRADE_SHOW are asked for.
    const first = planKinds(spec, SOURCES(), { options: { prune: true } });
    expect(first.wanted).toEqual([
      'dict-usage:SOURCE:WEB:crm.lead.list',
      'dict-usage:SOURCE:WEB:crm.deal.list',
      'dict-usage:SOURCE:TRADE_SHOW:crm.lead.list',
      'dict-usage:SOURCE:TRADE_SHOW:crm.deal.list',
    ]);
    const counts = {
      'dict-usage:SOURCE:WEB:crm.lead.list': 3,
      'dict-usage:SOURCE:WEB:crm.deal.list': 1,
      'dict-usage:SOURCE:TRADE_SHOW:crm.lead.list': 0,
      'dict-usage:SOURCE:TRADE_SHOW:crm.deal.list': 0,
    };
    const second = planKinds(spec, SOURCES(), { options: { prune: true }, counts });
    expect(brief(second.changes, 'dictionary')).toEqual(['blocked SOURCE/WEB', 'delete SOURCE/TRADE_SHOW']);
    expect(only(second.changes, 'dictionary:SOURCE/WEB', 'blocked').impact).toEqual({
      records: 4,
      entity: 'lead',
    });
    const lossy = planKinds(spec, SOURCES(), { options: { prune: true, allowDataLoss: true }, counts });
    expect(brief(lossy.changes, 'dictionary')).toEqual(['delete SOURCE/WEB', 'delete SOURCE/TRADE_SHOW']);
  });

  it('contact and company types are their own lists (CONTACT_TYPE, COMPANY_TYPE)', () => {
    const p = withStatuses('CONTACT_TYPE', [['CLIENT', 'Клиенты', 10]]);
    const { changes } = planKinds(
      {
        version: 1,
        segments: {
          contact_types: [
            { code: 'CLIENT', name: 'Клиенты' },
            { code: 'REGULAR', name: 'Постоянный' },
          ],
          company_types: [{ code: 'NEW', name: 'Новый' }],
        },
      },
      p,
    );
    expect(brief(changes, 'dictionary')).toEqual(['create CONTACT_TYPE/REGULAR', 'create COMPANY_TYPE/NEW']);
  });
});

describe('dictionaries: lead statuses (stage rules)', () => {
  it('an exported list plans to nothing', () => {
    const spec: Spec = {
      version: 1,
      lead_statuses: [
        { code: 'NEW', name: 'Не обработан' },
        { code: 'IN_PROCESS', name: 'В работе' },
        { code: 'PROCESSED', name: 'Обработан' },
        { code: 'CONVERTED', name: 'Качественный лид', semantics: 'success' },
        { code: 'JUNK', name: 'Некачественный лид', semantics: 'failure' },
      ],
    };
    expect(brief(planKinds(spec, LEADS()).changes)).toEqual([]);
  });

  it('a new process status goes before the success one, which moves up with the failures: process < S < F at every call', () => {
    const spec: Spec = {
      version: 1,
      lead_statuses: [
        { code: 'IN_PROCESS', name: 'В работе' },
        { code: 'PROCESSED', name: 'Обработан' },
        { code: 'QUALIFIED', name: 'Квалифицирован' },
        { code: 'CONVERTED', name: 'Качественный лид', semantics: 'success' },
        { code: 'JUNK', name: 'Некачественный лид', semantics: 'failure' },
        { code: 'SPAM', name: 'Спам', semantics: 'failure' },
      ],
    };
    const { changes } = planKinds(spec, LEADS());
    const calls = dictionaryCalls(ofKind(changes, 'dictionary'));
    // Replay the calls on the sorts and check the invariant after each one
    // (docs/bitrix24/stages.md#sort-rules).
    const sorts = new Map<string, { sort: number; sem: string }>([
      ['NEW', { sort: 10, sem: 'P' }],
      ['IN_PROCESS', { sort: 20, sem: 'P' }],
      ['PROCESSED', { sort: 30, sem: 'P' }],
      ['CONVERTED', { sort: 40, sem: 'S' }],
      ['JUNK', { sort: 50, sem: 'F' }],
    ]);
    const codeOfId = new Map(
      ofKind(changes, 'dictionary').flatMap((c) =>
        c.op === 'update' ? [[c.portalId, c.desired.code] as const] : [],
      ),
    );
    for (const call of calls) {
      const fields = call.params.fields as Record<string, unknown>;
      if (call.method === 'crm.status.update') {
        const code = codeOfId.get(call.params.id as number) as string;
        sorts.get(code)!.sort = Number(fields.SORT);
      } else if (call.method === 'crm.status.add') {
        sorts.set(String(fields.STATUS_ID), {
          sort: Number(fields.SORT),
          sem: typeof fields.SEMANTICS === 'string' ? fields.SEMANTICS : 'P',
        });
      }
      const v = [...sorts.values()];
      const s = v.find((x) => x.sem === 'S')!.sort;
      expect(
        v.filter((x) => x.sem === 'P').every((x) => x.sort < s),
        call.key,
      ).toBe(true);
      expect(
        v.filter((x) => x.sem === 'F').every((x) => x.sort > s),
        call.key,
      ).toBe(true);
    }
    const spam = calls.find(
      (c) => (c.params.fields as Record<string, unknown> | undefined)?.STATUS_ID === 'SPAM',
    );
    expect(spam?.params.fields).toMatchObject({ ENTITY_ID: 'STATUS', SEMANTICS: 'F' });
    const qualified = only(changes, 'dictionary:STATUS/QUALIFIED', 'create');
    expect(qualified.desired.semantics).toBe('P');
  });

  it.each<[string, Spec['lead_statuses'], Record<string, number>, string[]]>([
    [
      'changing the type of a status without leads recreates it',
      [{ code: 'PROCESSED', name: 'Обработан', semantics: 'failure' }],
      { 'dict-usage:STATUS:PROCESSED:crm.lead.list': 0 },
      ['delete STATUS/PROCESSED', 'create STATUS/PROCESSED'],
    ],
    [
      '…but not while leads sit on it',
      [{ code: 'PROCESSED', name: 'Обработан', semantics: 'failure' }],
      { 'dict-usage:STATUS:PROCESSED:crm.lead.list': 7 },
      ['blocked STATUS/PROCESSED'],
    ],
    [
      'a system status never changes type',
      [{ code: 'JUNK', name: 'Мусор', semantics: 'process' }],
      {},
      ['blocked STATUS/JUNK'],
    ],
    [
      'a second success status is refused',
      [{ code: 'SOLD', name: 'Продан', semantics: 'success' }],
      {},
      ['blocked STATUS/SOLD'],
    ],
  ])('%s', (_what, statuses, counts, expected) => {
    const { changes } = planKinds({ version: 1, lead_statuses: statuses }, LEADS(), { counts });
    expect(brief(changes, 'dictionary').filter((l) => !l.startsWith('update'))).toEqual(expected);
  });

  it('names the existing success status when a second one is asked for', () => {
    const { changes } = planKinds(
      { version: 1, lead_statuses: [{ code: 'SOLD', name: 'Продан', semantics: 'success' }] },
      LEADS(),
    );
    expect(en(only(changes, 'dictionary:STATUS/SOLD', 'blocked').reason)).toBe(
      'a lead list has exactly one success status, and it is CONVERTED',
    );
  });

  it('calls never force-delete and send SEMANTICS only for S/F', () => {
    const spec: Spec = {
      version: 1,
      lead_statuses: [{ code: 'PROCESSED', name: 'Обработан', semantics: 'failure' }],
    };
    const { changes } = planKinds(spec, LEADS(), {
      counts: { 'dict-usage:STATUS:PROCESSED:crm.lead.list': 0 },
    });
    const calls = dictionaryCalls(ofKind(changes, 'dictionary'));
    const del = calls.find((c) => c.method === 'crm.status.delete');
    expect(del?.params).toEqual({ id: expect.any(Number) as number });
    const add = calls.find((c) => c.method === 'crm.status.add');
    expect(add?.params.fields).toMatchObject({ ENTITY_ID: 'STATUS', STATUS_ID: 'PROCESSED', SEMANTICS: 'F' });
    expect(calls.findIndex((c) => c.method === 'crm.status.delete')).toBeLessThan(
      calls.findIndex((c) => c.method === 'crm.status.add'),
    );
  });
});
