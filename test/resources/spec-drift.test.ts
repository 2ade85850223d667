import { describe, expect, it } from 'vitest';
import { portalToSpec } from '../../src/export/to-spec.js';
import type { StateFile } from '../../src/portal/state-file.js';
import { documentCalls } from '../../src/resources/documents/calls.js';
import { documentFileOf } from '../../src/resources/documents/files.js';
import type { PortalDocumentTemplate } from '../../src/resources/documents/read.js';
import { openLineCalls } from '../../src/resources/open-lines/calls.js';
import type { PortalOpenLine } from '../../src/resources/open-lines/read.js';
import type { Document, OpenLine, Spec } from '../../src/spec/spec.generated.js';
import { binding, PortalBuilder } from '../helpers/portal-state.js';
import { callsFor, en, ofKind, planKinds } from './plan-kind.js';

/**
 * Spec attributes that were written on create and then never compared (docs/spec-coverage.md): each is
 * now compared on update, written when it differs, and exported so that export → plan is clean.
 */

const CONTRACT = documentFileOf(Buffer.from('PK\u0003\u0004 contract v1'), 'docs/contract.docx');

function templatePortal(t: Partial<PortalDocumentTemplate>): PortalBuilder {
  const p = new PortalBuilder();
  p.state.numerators.push({
    id: 10,
    name: 'Договоры',
    template: 'Д-{NUMBER}',
    start: 1,
    step: 1,
    length: 0,
    padString: '0',
    periodicBy: null,
  });
  p.state.documentTemplates.push({
    id: 40,
    name: 'Договор',
    region: 'ru',
    numeratorId: 10,
    entityTypeIds: ['2'],
    active: true,
    users: ['UA'],
    sort: 500,
    ...t,
  });
  return p;
}

function boundTemplate(): StateFile {
  const b = binding();
  b.documentTemplates['Договор'] = { id: 40, lastName: 'Договор', fileHash: CONTRACT.sha256 };
  return b;
}

const docSpec = (extra: Partial<Document>): Spec => ({
  version: 1,
  documents: [
    { name: 'Договор', file: 'docs/contract.docx', numerator: 'Договоры', entity: 'deal', ...extra },
  ],
});

describe('documents: with_stamps', () => {
  it.each<{ name: string; portal: boolean | undefined; spec: boolean | undefined; diffs: unknown[] }>([
    { name: 'absent from the spec: unmanaged', portal: true, spec: undefined, diffs: [] },
    { name: 'the same on both sides', portal: true, spec: true, diffs: [] },
    { name: 'switched on in the spec', portal: false, spec: true, diffs: [['withStamps', false, true]] },
    { name: 'switched off in the spec', portal: true, spec: false, diffs: [['withStamps', true, false]] },
    {
      name: 'a snapshot from before it was read counts as off',
      portal: undefined,
      spec: true,
      diffs: [['withStamps', false, true]],
    },
  ])('$name', ({ portal, spec, diffs }) => {
    const { changes } = planKinds(
      docSpec(spec === undefined ? {} : { with_stamps: spec }),
      templatePortal(portal === undefined ? {} : { withStamps: portal }),
      { binding: boundTemplate(), documentFiles: new Map([['docs/contract.docx', CONTRACT]]) },
    );
    const updates = ofKind(changes, 'documentTemplate').filter((c) => c.op === 'update');
    expect(updates.flatMap((c) => c.diffs.map((d) => [d.field, d.before, d.after]))).toEqual(diffs);
    if (diffs.length === 0) return;
    expect(documentCalls(updates)[0]?.params).toEqual({
      id: 40,
      fields: { withStamps: spec ? 'Y' : 'N' },
    });
  });
});

function linePortal(l: Partial<PortalOpenLine>): PortalBuilder {
  const p = new PortalBuilder();
  p.state.openLines.push({
    id: 1,
    name: 'Чат',
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
    welcomeOn: true,
    welcomeMessage: 'Здравствуйте!',
    ...l,
  });
  return p;
}

const lineSpec = (l: Partial<OpenLine>): Spec => ({ version: 1, open_lines: [{ name: 'Чат', ...l }] });

describe('open lines: the greeting is sent, not only written', () => {
  it.each<{ name: string; portal: Partial<PortalOpenLine>; spec: Partial<OpenLine>; diffs: unknown[] }>([
    { name: 'no greeting in the spec: unmanaged', portal: { welcomeOn: false }, spec: {}, diffs: [] },
    { name: 'the same text, switched on', portal: {}, spec: { welcome_message: 'Здравствуйте!' }, diffs: [] },
    {
      name: 'the same text behind a switched-off greeting: switched on again',
      portal: { welcomeOn: false },
      spec: { welcome_message: 'Здравствуйте!' },
      diffs: [['WELCOME_MESSAGE', false, true]],
    },
    {
      name: 'another text: the text (the switch is already on)',
      portal: {},
      spec: { welcome_message: 'Добрый день!' },
      diffs: [['WELCOME_MESSAGE_TEXT', 'Здравствуйте!', 'Добрый день!']],
    },
  ])('$name', ({ portal, spec, diffs }) => {
    const { changes } = planKinds(lineSpec(spec), linePortal(portal));
    const updates = ofKind(changes, 'openLine').filter((c) => c.op === 'update');
    expect(updates.flatMap((c) => c.diffs.map((d) => [d.field, d.before, d.after]))).toEqual(diffs);
    if (diffs.length === 0) return;
    const params = openLineCalls(updates)[0]?.params as { PARAMS: Record<string, unknown> };
    expect(params.PARAMS.WELCOME_MESSAGE).toBe('Y');
  });

  it.each<{ name: string; welcomeOn: boolean | undefined; want: string | undefined }>([
    { name: 'a greeting that is sent is exported', welcomeOn: true, want: 'Здравствуйте!' },
    { name: 'a text behind a switched-off greeting is not', welcomeOn: false, want: undefined },
    {
      name: 'a snapshot from before the switch was read: the text',
      welcomeOn: undefined,
      want: 'Здравствуйте!',
    },
  ])('export: $name, and plans clean', ({ welcomeOn, want }) => {
    const b = linePortal({ welcomeOn });
    const exported = portalToSpec(b.build(), { sections: ['open_lines'] });
    const line = exported.spec.open_lines?.[0];
    expect(line?.welcome_message).toEqual(want);
    const again = planKinds({ version: 1, open_lines: exported.spec.open_lines }, b, {
      binding: exported.binding,
    });
    expect(callsFor(again.changes)).toEqual([]);
  });
});

describe('dictionaries: a colour is exported', () => {
  it('a source with a colour keeps it; one without has none; export then plans clean', () => {
    const b = new PortalBuilder();
    b.state.statuses.push(
      {
        id: 901,
        entityId: 'SOURCE',
        statusId: 'WEB',
        name: 'Сайт',
        sort: 10,
        system: false,
        categoryId: null,
        color: '#39A8EF',
        semantics: null,
      },
      {
        id: 902,
        entityId: 'SOURCE',
        statusId: 'CALL',
        name: 'Звонок',
        sort: 20,
        system: true,
        categoryId: null,
        color: null,
        semantics: null,
      },
    );
    const exported = portalToSpec(b.build(), { sections: ['lead_sources'] }).spec;
    expect(exported.lead_sources).toEqual([
      { code: 'WEB', name: 'Сайт', color: '#39A8EF' },
      { code: 'CALL', name: 'Звонок' },
    ]);
    expect(planKinds({ version: 1, lead_sources: exported.lead_sources }, b).changes).toEqual([]);
    // The colour is compared: another one plans an update of COLOR.
    const recoloured = planKinds(
      {
        version: 1,
        lead_sources: [
          { code: 'WEB', name: 'Сайт', color: '#FF0000' },
          { code: 'CALL', name: 'Звонок' },
        ],
      },
      b,
    );
    expect(
      ofKind(recoloured.changes, 'dictionary').flatMap((c) => (c.op === 'update' ? c.diffs : [])),
    ).toEqual([{ field: 'COLOR', before: '#39A8EF', after: '#FF0000' }]);
  });
});

describe('users: position is an item for a human, and exported', () => {
  const people = (position: string) => {
    const b = new PortalBuilder().user(5, 'anna@example.com', 'Анна', [], 'Смирнова');
    const u = b.state.users.find((x) => x.id === 5);
    if (u) u.position = position;
    return b;
  };
  const withPosition = (position: string | undefined): Spec => ({
    version: 1,
    users: { anna: { email: 'anna@example.com', ...(position === undefined ? {} : { position }) } },
  });

  it.each<{ name: string; portal: string; spec: string | undefined; en: string | undefined }>([
    { name: 'no position in the spec: nothing to check', portal: 'Менеджер', spec: undefined, en: undefined },
    { name: 'the same position', portal: 'Менеджер', spec: 'Менеджер', en: undefined },
    {
      name: 'another position',
      portal: 'Стажёр',
      spec: 'Менеджер',
      en: 'set the position of anna (anna@example.com) to “Менеджер” in their profile (now: “Стажёр”)',
    },
    {
      name: 'no position on the portal',
      portal: '',
      spec: 'Менеджер',
      en: 'set the position of anna (anna@example.com) to “Менеджер” in their profile (none now)',
    },
  ])('$name', ({ portal, spec, en: want }) => {
    const { changes } = planKinds(withPosition(spec), people(portal));
    const items = changes.filter((c) => c.id === 'manual:user:anna#position');
    expect(items.map((c) => (c.op === 'manual' ? en(c.summary) : c.op))).toEqual(want ? [want] : []);
    expect(callsFor(changes)).toEqual([]);
  });

  it('export writes the position a department head holds; its plan has no position item', () => {
    const b = people('Руководитель отдела продаж');
    b.state.departments.push({ id: 1, name: 'Продажи', sort: 500, parentId: null, headUserId: 5 });
    const exported = portalToSpec(b.build(), { sections: ['departments'] }).spec;
    expect(Object.values(exported.users ?? {})).toEqual([
      { email: 'anna@example.com', name: 'Анна Смирнова', position: 'Руководитель отдела продаж' },
    ]);
    const { changes } = planKinds(exported, b);
    expect(changes.filter((c) => c.id.includes('#position'))).toEqual([]);
  });
});
