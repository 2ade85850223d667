import { describe, expect, it } from 'vitest';
import type { SectionAnswers } from '../../src/portal/read.js';
import { NO_ANSWERS } from '../../src/portal/read.js';
import { emptyStateFile } from '../../src/portal/state-file.js';
import { numeratorKind } from '../../src/resources/numerators/index.js';
import type { PortalNumerator } from '../../src/resources/numerators/read.js';
import type { SpecExport } from '../../src/resources/spec-export.js';
import { RoleNamer } from '../../src/resources/users/role-namer.js';
import type { Spec } from '../../src/spec/spec.generated.js';
import { binding as emptyBinding, PortalBuilder } from '../helpers/portal-state.js';
import { brief, en, planKinds } from './plan-kind.js';
import { bindingSections } from '../../src/resources/registry.js';

/**
 * The numerator kind through its module alone (src/resources/numerators/): read, diff, describe,
 * export and bindings. Its calls are tested with the document templates that number with them
 * (test/resources/documents.test.ts).
 */
const row = (id: number, name: string, over: Record<string, unknown> = {}) => ({
  id: String(id),
  name,
  template: '{NUMBER}',
  settings: {
    Bitrix_Main_Numerator_Generator_SequentNumberGenerator: {
      start: '1',
      step: '1',
      length: '0',
      padString: '0',
      periodicBy: '',
    },
  },
  ...over,
});
const answers = (pages: unknown[]): SectionAnswers => ({ ...NO_ANSWERS, pages: () => pages });
const ctx = { languages: ['ru', 'en'] };
const read = numeratorKind.read!;

const numerator = (over: Partial<PortalNumerator> = {}): PortalNumerator => ({
  id: 10,
  name: 'Счета',
  template: 'INV-{NUMBER}',
  start: 1,
  step: 1,
  length: 0,
  padString: '0',
  periodicBy: null,
  ...over,
});

function portal(...ns: PortalNumerator[]): PortalBuilder {
  const p = new PortalBuilder();
  p.state.numerators.push(...ns);
  return p;
}

describe('numerators: read', () => {
  it('asks for one paged list and merges its pages, sorted by id', () => {
    expect(read.calls(ctx)).toEqual([
      { key: 'numerators', method: 'crm.documentgenerator.numerator.list', params: {}, paged: true },
    ]);
    const parsed = read.parse(
      answers([{ numerators: [row(7, 'Б')] }, { numerators: { 3: row(3, 'А') } }]),
      ctx,
    );
    expect(parsed.map((n) => [n.id, n.name, n.start, n.periodicBy])).toEqual([
      [3, 'А', 1, null],
      [7, 'Б', 1, null],
    ]);
  });

  it('is empty when not read, and refuses a row without the name it is matched by', () => {
    expect(read.parse(NO_ANSWERS, ctx)).toEqual([]);
    const { name: _n, ...nameless } = row(1, 'x');
    expect(() => read.parse(answers([{ numerators: [nameless] }]), ctx)).toThrow(/numerator\.list/);
  });
});

describe('numerators: diff', () => {
  const spec = (extra: Partial<Spec> = {}): Spec => ({
    version: 1,
    numerators: [{ name: 'Счета', template: 'INV-{NUMBER}', length: 6 }],
    ...extra,
  });

  it.each([
    { name: 'absent from the portal: created', portal: portal(), viaRest: false, want: ['create Счета'] },
    { name: 'made by REST: updated', portal: portal(numerator()), viaRest: true, want: ['update Счета'] },
    { name: 'made by hand: refused', portal: portal(numerator()), viaRest: false, want: ['blocked Счета'] },
  ])('a numerator the spec names, $name', ({ portal: p, viaRest, want }) => {
    const b = emptyBinding();
    if (viaRest) b.numerators['Счета'] = { id: 10, lastName: 'Счета', viaRest: true };
    expect(brief(planKinds(spec(), p, { binding: b }).changes, 'numerator')).toEqual(want);
  });

  it.each([
    { name: 'pruning off', prune: false, viaRest: true, used: false, want: [], why: ['not-in-spec'] },
    { name: 'made by hand', prune: true, viaRest: false, used: false, want: [], why: ['system'] },
    {
      name: 'a template still numbers with it',
      prune: true,
      viaRest: true,
      used: true,
      want: [],
      why: ['has-data'],
    },
    {
      name: 'made by REST and unused',
      prune: true,
      viaRest: true,
      used: false,
      want: ['delete Старый'],
      why: [],
    },
  ])('a numerator the spec does not name: $name', ({ prune, viaRest, used, want, why }) => {
    const p = portal(numerator(), numerator({ id: 11, name: 'Старый' }));
    if (used)
      p.state.documentTemplates.push({
        id: 5,
        name: 'Акт',
        region: 'ru',
        numeratorId: 11,
        entityTypeIds: ['2'],
        active: true,
        users: [],
        sort: 500,
      });
    const b = emptyBinding();
    b.numerators['Счета'] = { id: 10, lastName: 'Счета', viaRest: true };
    if (viaRest) b.numerators['Старый'] = { id: 11, lastName: 'Старый', viaRest: true };
    const r = planKinds(
      { version: 1, numerators: [{ name: 'Счета', template: 'INV-{NUMBER}' }], manage: { prune } },
      p,
      { binding: b, options: { prune } },
    );
    expect(brief(r.changes, 'numerator')).toEqual(want);
    expect(r.kept.filter((k) => k.kind === 'numerator').map((k) => k.why)).toEqual(why);
  });

  it('an unreadable section refuses every numerator the spec names, with why', () => {
    const p = portal();
    p.state.unreadable.numerators = 'DOCGEN_ACCESS_ERROR';
    const [c] = planKinds(spec(), p).changes.filter((x) => x.kind === 'numerator');
    expect(c?.op).toBe('blocked');
    expect(c?.op === 'blocked' && en(c.reason)).toContain('DOCGEN_ACCESS_ERROR');
  });
});

describe('numerators: describe, export, bindings', () => {
  it('names a numerator change and groups it with the document templates', () => {
    const c = planKinds({ version: 1, numerators: [{ name: 'Счета', template: '{NUMBER}' }] }, portal())
      .changes[0]!;
    const d = numeratorKind.describe!;
    expect(c.kind === 'numerator' && [d.headline(c, 'ru'), d.group(c, 'en')]).toEqual([
      'нумератор «Счета»',
      'Document templates and numerators',
    ]);
    expect([d.kept?.numerator?.one.en, d.kept?.numerator?.many.en]).toEqual([
      '{n} numerator',
      '{n} numerators',
    ]);
  });

  it('exports numerators without their defaults and keeps what only b24cfg knows (viaRest)', () => {
    const state = portal(
      numerator({ length: 6 }),
      numerator({ id: 11, name: 'Акты', template: 'A-{NUMBER}' }),
    ).build();
    const previous = emptyStateFile(state.info.host, bindingSections);
    previous.numerators['Счета'] = { id: 10, lastName: 'Счета', viaRest: true };
    const x: SpecExport = {
      state,
      sections: new Set(['numerators']),
      previous,
      binding: emptyStateFile(state.info.host, bindingSections),
      skipped: [],
      notes: [],
      roles: new RoleNamer(state.users),
    };
    expect(numeratorKind.toSpec!(state.numerators, x)).toEqual({
      numerators: [
        { name: 'Счета', template: 'INV-{NUMBER}', length: 6 },
        { name: 'Акты', template: 'A-{NUMBER}' },
      ],
    });
    expect(x.binding.numerators).toEqual({
      Счета: { id: 10, lastName: 'Счета', viaRest: true },
      Акты: { id: 11, lastName: 'Акты' },
    });
    expect(numeratorKind.toSpec!(state.numerators, { ...x, sections: new Set(['fields']) })).toEqual({});
  });

  it('records a numerator it created as changeable over REST, and forgets one it deleted', () => {
    const next = emptyStateFile('h', bindingSections);
    const b = numeratorKind.bindings!;
    b.record!(next, {
      method: 'crm.documentgenerator.numerator.add',
      params: {},
      result: { numerator: { id: '12' } },
      name: 'Счета',
      desired: {},
    });
    expect(next.numerators).toEqual({ Счета: { id: 12, lastName: 'Счета', viaRest: true } });
    b.record!(next, {
      method: 'crm.documentgenerator.numerator.delete',
      params: { id: 12 },
      result: true,
      name: undefined,
      desired: undefined,
    });
    expect(next.numerators).toEqual({});
  });
});
