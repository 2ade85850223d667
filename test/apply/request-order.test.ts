import { describe, expect, it } from 'vitest';
import { applyRequests, callsConflict } from '../../src/apply/request-order.js';
import type { PlannedCall } from '../../src/resources/calls.js';
import { departmentCalls } from '../../src/resources/departments/calls.js';
import type { DepartmentChange } from '../../src/resources/departments/types.js';
import { dictionaryCalls } from '../../src/resources/dictionaries/calls.js';
import type { DictionaryChange } from '../../src/resources/dictionaries/types.js';
import { documentCalls } from '../../src/resources/documents/calls.js';
import type { DocumentChange } from '../../src/resources/documents/types.js';
import { numeratorCalls, numeratorDeleteCalls } from '../../src/resources/numerators/calls.js';
import type { NumeratorChange } from '../../src/resources/numerators/types.js';
import { openLineCalls } from '../../src/resources/open-lines/calls.js';
import type { OpenLineChange } from '../../src/resources/open-lines/types.js';
import { pipelineCalls, pipelineDeleteCalls } from '../../src/resources/pipelines/calls.js';
import type { PipelineChange } from '../../src/resources/pipelines/types.js';
import { stageCalls } from '../../src/resources/stages/calls.js';
import type { StageChange } from '../../src/resources/stages/types.js';
import { userFieldCalls } from '../../src/resources/user-fields/calls.js';
import type { ListItemChange, UserFieldChange } from '../../src/resources/user-fields/types.js';

/**
 * The dependency rule of docs/apply-concurrency.md, per kind: the calls each kind's `toCalls` /
 * `toLateCalls` really makes, and whether a later one must wait for an earlier one.
 */
const only = (calls: PlannedCall[]): PlannedCall => {
  if (calls.length !== 1) throw new Error(`expected one call, got ${calls.map((c) => c.method).join(', ')}`);
  return calls[0] as PlannedCall;
};

const base = (kind: string, key: string) => ({ id: `${kind}:${key}`, kind, key, path: [key] });

const stage = (
  op: 'create' | 'update' | 'delete',
  dirKey: string,
  code: string,
  pipelineId?: number,
): PlannedCall[] => {
  const target = {
    dirKey,
    code,
    ...(pipelineId !== undefined ? { pipelineId, id: 100 } : { defaultIndex: 1 }),
  };
  const change =
    op === 'create'
      ? {
          ...base('stage', `${dirKey}/${code}`),
          op,
          desired: { ...target, name: code, sort: 20, semantics: 'P' },
        }
      : op === 'update'
        ? {
            ...base('stage', `${dirKey}/${code}`),
            op,
            portalId: 100,
            diffs: [{ field: 'SORT', before: 10, after: 30 }],
            desired: { ...target, sortFrom: 10, sortTo: 30 },
          }
        : {
            ...base('stage', `${dirKey}/${code}`),
            op,
            portalId: 100,
            current: { ...target, sort: 10 },
            reason: 'prune',
          };
  return stageCalls([change as unknown as StageChange]);
};

const pipeline = (op: 'create' | 'update' | 'delete', key: string, portalId = 5): PlannedCall => {
  const desired = { name: key, sort: 100 };
  if (op === 'create')
    return only(pipelineCalls([{ ...base('pipeline', key), op, desired } as PipelineChange]));
  if (op === 'update')
    return only(
      pipelineCalls([
        {
          ...base('pipeline', key),
          op,
          portalId,
          diffs: [{ field: 'NAME', before: 'x', after: key }],
          desired,
        },
      ] as unknown as PipelineChange[]),
    );
  return only(
    pipelineDeleteCalls([
      { ...base('pipeline', key), op, portalId, current: desired, reason: 'prune' },
    ] as unknown as PipelineChange[]),
  );
};

const dictionary = (op: 'create' | 'delete', entity: string, code: string): PlannedCall =>
  only(
    dictionaryCalls([
      op === 'create'
        ? {
            ...base('dictionary', `${entity}/${code}`),
            op,
            desired: { entity, code, name: code, semantics: 'P' },
          }
        : {
            ...base('dictionary', `${entity}/${code}`),
            op,
            portalId: 7,
            current: { entity, code, sort: 10 },
            reason: 'prune',
          },
    ] as unknown as DictionaryChange[]),
  );

const field = (op: 'create' | 'update' | 'delete', entity: string, fieldName: string): PlannedCall[] => {
  const key = `${entity}.${fieldName}`;
  const target = { entity, fieldName };
  const change =
    op === 'create'
      ? {
          ...base('userField', key),
          op,
          desired: {
            ...target,
            type: 'string',
            multiple: false,
            mandatory: false,
            showFilter: false,
            showInList: false,
            label: 'X',
            items: [],
          },
        }
      : op === 'update'
        ? {
            ...base('userField', key),
            op,
            portalId: 11,
            diffs: [{ field: 'SORT', before: 1, after: 2 }],
            desired: { ...target, id: 11, label: 'X' },
          }
        : {
            ...base('userField', key),
            op,
            portalId: 11,
            current: { ...target, id: 11, type: 'string' },
            reason: 'prune',
          };
  return userFieldCalls([change as unknown as UserFieldChange]);
};

const listItem = (entity: string, fieldName: string): PlannedCall =>
  only(
    userFieldCalls([
      {
        ...base('listItem', `${entity}.${fieldName}/A`),
        op: 'create',
        desired: { entity, fieldName, fieldId: 11, xmlId: 'A', value: 'A', sort: 10, def: false },
      } as unknown as ListItemChange,
    ]),
  );

const line = (
  op: 'create' | 'update' | 'delete',
  name: string,
  params: Record<string, unknown> = {},
  portalId = 3,
) =>
  only(
    openLineCalls([
      op === 'create'
        ? { ...base('openLine', name), op, desired: { name, params: { LINE_NAME: name, ...params } } }
        : op === 'update'
          ? {
              ...base('openLine', name),
              op,
              portalId,
              diffs: [],
              desired: { name, params: { LINE_NAME: name, ...params } },
            }
          : { ...base('openLine', name), op, portalId, current: { name }, reason: 'prune' },
    ] as unknown as OpenLineChange[]),
  );

const numerator = (op: 'create' | 'update' | 'delete', name: string, portalId = 4): PlannedCall => {
  const settings = {};
  const change =
    op === 'create'
      ? { ...base('numerator', name), op, desired: { name, template: '{NUMBER}', settings } }
      : op === 'update'
        ? {
            ...base('numerator', name),
            op,
            portalId,
            diffs: [],
            desired: { name, fields: { template: '{NUMBER}' } },
          }
        : {
            ...base('numerator', name),
            op,
            portalId,
            current: { name, template: '{NUMBER}' },
            reason: 'prune',
          };
  const c = [change as unknown as NumeratorChange];
  return only(op === 'delete' ? numeratorDeleteCalls(c) : numeratorCalls(c));
};

const template = (
  op: 'create' | 'update' | 'delete',
  name: string,
  bind: {
    numerator?: { id: number } | { newName: string };
    entityTypeIds?: Array<string | { newPipeline: string }>;
  } = {},
  portalId = 9,
): PlannedCall => {
  const desired = {
    name,
    fileName: 'a.docx',
    fileHash: 'h',
    fileBase64: 'AA==',
    region: 'ru',
    active: true,
    withStamps: false,
    users: [],
    ...bind,
  };
  const change =
    op === 'create'
      ? { ...base('documentTemplate', name), op, desired }
      : op === 'update'
        ? { ...base('documentTemplate', name), op, portalId, diffs: [], desired: { name, ...bind } }
        : {
            ...base('documentTemplate', name),
            op,
            portalId,
            current: { name, numeratorId: null },
            reason: 'prune',
          };
  return only(documentCalls([change as unknown as DocumentChange]));
};

const department = (op: 'create' | 'update', name: string): PlannedCall =>
  only(
    departmentCalls([
      op === 'create'
        ? { ...base('department', name), op, desired: { name, parent: { id: 1 } } }
        : { ...base('department', name), op, portalId: 8, diffs: [], desired: { name, UF_HEAD: 5 } },
    ] as unknown as DepartmentChange[]),
  );

const first = (calls: PlannedCall[]) => calls[0] as PlannedCall;
const last = (calls: PlannedCall[]) => calls[calls.length - 1] as PlannedCall;
const undeclared: PlannedCall = {
  key: 'x',
  method: 'crm.somethingnew.add',
  params: {},
  changeIds: [],
  refs: [],
};

describe('which calls of an apply must keep their order (the dependency rule)', () => {
  it.each<[string, PlannedCall, PlannedCall, boolean]>([
    // stages: one pipeline's list is one object (sort rules, codes); lists of two pipelines are not
    [
      'stages: an update and an add in one pipeline',
      first(stage('update', 'a', 'X', 5)),
      first(stage('create', 'a', 'Y', 5)),
      true,
    ],
    [
      'stages: a deletion before an add of the same code',
      first(stage('delete', 'a', 'X', 5)),
      first(stage('create', 'a', 'X', 5)),
      true,
    ],
    [
      'stages: two pipelines',
      first(stage('create', 'a', 'X', 5)),
      first(stage('create', 'b', 'X', 7)),
      false,
    ],
    [
      'stages: the default pipeline and the STATUS dictionary',
      first(stage('create', 'a', 'X', 0)),
      dictionary('create', 'STATUS', 'X'),
      false,
    ],
    [
      'stages: a new pipeline and the list of its default stages',
      pipeline('create', 'n'),
      first(stage('update', 'n', 'X')),
      true,
    ],
    [
      'stages: a new pipeline and an add to its list',
      pipeline('create', 'n'),
      last(stage('create', 'n', 'X')),
      true,
    ],
    [
      'stages: a new pipeline and the stages of another new one',
      pipeline('create', 'n'),
      last(stage('create', 'm', 'X')),
      false,
    ],
    [
      'stages: the read of a new list before its writes',
      first(stage('delete', 'n', 'X')),
      last(stage('delete', 'n', 'X')),
      true,
    ],
    // pipelines
    [
      'pipelines: an update and the stages of the same pipeline',
      pipeline('update', 'a', 5),
      first(stage('create', 'a', 'X', 5)),
      false,
    ],
    ['pipelines: two updates of one pipeline', pipeline('update', 'a', 5), pipeline('update', 'a', 5), true],
    ['pipelines: updates of two pipelines', pipeline('update', 'a', 5), pipeline('update', 'b', 6), false],
    [
      'pipelines: a deletion (late) waits for anything before it',
      field('create', 'deal', 'UF_CRM_A')[1] as PlannedCall,
      pipeline('delete', 'a', 5),
      true,
    ],
    [
      'pipelines: anything after a deletion waits for it',
      pipeline('delete', 'a', 5),
      numerator('delete', 'n'),
      true,
    ],
    // dictionaries: one list is one object
    [
      'dictionaries: a deletion before an add of the same code',
      dictionary('delete', 'SOURCE', 'WEB'),
      dictionary('create', 'SOURCE', 'WEB'),
      true,
    ],
    [
      'dictionaries: two items of one list',
      dictionary('create', 'SOURCE', 'A'),
      dictionary('create', 'SOURCE', 'B'),
      true,
    ],
    [
      'dictionaries: two lists',
      dictionary('create', 'SOURCE', 'A'),
      dictionary('create', 'CONTACT_TYPE', 'A'),
      false,
    ],
    // user fields: FIELD_NAME per entity
    [
      'fields: a deletion before an add of the same code',
      first(field('delete', 'deal', 'UF_CRM_X')),
      first(field('create', 'deal', 'UF_CRM_X')),
      true,
    ],
    [
      'fields: an add and its label update (a $result reference)',
      first(field('create', 'deal', 'UF_CRM_X')),
      last(field('create', 'deal', 'UF_CRM_X')),
      true,
    ],
    [
      'fields: one code on two entities',
      first(field('create', 'deal', 'UF_CRM_X')),
      first(field('create', 'contact', 'UF_CRM_X')),
      false,
    ],
    [
      'fields: two codes',
      first(field('create', 'deal', 'UF_CRM_X')),
      first(field('create', 'deal', 'UF_CRM_Y')),
      false,
    ],
    [
      'fields: an update and a list item of the same field',
      first(field('update', 'deal', 'UF_CRM_X')),
      listItem('deal', 'UF_CRM_X'),
      true,
    ],
    [
      'fields: a list item and another field',
      listItem('deal', 'UF_CRM_X'),
      first(field('delete', 'deal', 'UF_CRM_Y')),
      false,
    ],
    // open lines: a line names a source of the SOURCE list
    [
      'open lines: a source added, then a line that names one',
      dictionary('create', 'SOURCE', 'CHAT'),
      line('create', 'L', { CRM_SOURCE: 'CHAT' }),
      true,
    ],
    [
      'open lines: a source added, then a line that names none',
      dictionary('create', 'SOURCE', 'CHAT'),
      line('create', 'L'),
      false,
    ],
    [
      'open lines: a source deleted, then a line updated to another',
      dictionary('delete', 'SOURCE', 'OLD'),
      line('update', 'L', { CRM_SOURCE: 'NEW' }),
      true,
    ],
    ['open lines: an update and a deletion of one line', line('update', 'L'), line('delete', 'L'), true],
    ['open lines: two lines', line('update', 'L', {}, 3), line('update', 'M', {}, 4), false],
    ['open lines: two new lines', line('create', 'L'), line('create', 'M'), false],
    // numerators and templates
    [
      'templates: a new numerator and a template numbered by it',
      numerator('create', 'N'),
      template('create', 'T', { numerator: { newName: 'N' } }),
      true,
    ],
    [
      'templates: a numerator updated and a template that uses it',
      numerator('update', 'N', 4),
      template('create', 'T', { numerator: { id: 4 } }),
      true,
    ],
    [
      'templates: a numerator updated and a template using another',
      numerator('update', 'N', 4),
      template('create', 'T', { numerator: { id: 5 } }),
      false,
    ],
    [
      'templates: a new pipeline and a template bound to it',
      pipeline('create', 'p'),
      template('create', 'T', { entityTypeIds: [{ newPipeline: 'p' }] }),
      true,
    ],
    [
      'templates: a pipeline renamed and a template bound to it',
      pipeline('update', 'p', 5),
      template('update', 'T', { entityTypeIds: ['2_category_5'] }),
      true,
    ],
    [
      'templates: an update and a deletion of one template',
      template('update', 'T', {}, 9),
      template('delete', 'T', {}, 9),
      true,
    ],
    ['templates: two templates', template('update', 'T', {}, 9), template('delete', 'U', {}, 10), false],
    [
      'numerators: a deletion (late) waits for the templates before it',
      template('delete', 'T', {}, 9),
      numerator('delete', 'N'),
      true,
    ],
    // departments: one tree
    ['departments: two departments', department('create', 'A'), department('update', 'B'), true],
    [
      'departments: a department and a field',
      department('create', 'A'),
      first(field('create', 'deal', 'UF_CRM_X')),
      false,
    ],
    // a call that declares nothing (a new kind) is ordered against everything
    [
      'a call that declares nothing, after a field',
      first(field('create', 'deal', 'UF_CRM_X')),
      undeclared,
      true,
    ],
    [
      'a field, after a call that declares nothing',
      undeclared,
      first(field('create', 'deal', 'UF_CRM_X')),
      true,
    ],
  ])('%s', (_name, earlier, later, conflict) => {
    expect(callsConflict(earlier, later)).toBe(conflict);
  });

  it('late deletions and calls of no kind declare nothing; every kind declares what its calls touch', () => {
    expect(pipeline('delete', 'a').touches).toBeUndefined();
    expect(numerator('delete', 'n').touches).toBeUndefined();
    const declared = [
      ...stage('create', 'n', 'X'),
      ...stage('update', 'a', 'X', 5),
      pipeline('create', 'p'),
      pipeline('update', 'p'),
      dictionary('create', 'SOURCE', 'A'),
      ...field('create', 'deal', 'UF_CRM_X'),
      ...field('update', 'deal', 'UF_CRM_X'),
      ...field('delete', 'deal', 'UF_CRM_X'),
      line('create', 'L'),
      line('delete', 'L'),
      numerator('create', 'N'),
      numerator('update', 'N'),
      template('create', 'T'),
      template('delete', 'T'),
      department('create', 'A'),
      department('update', 'A'),
    ];
    for (const c of declared) expect(c.touches?.length, c.method).toBeGreaterThan(0);
  });
});

const call = (key: string, touches?: string[], refs: string[] = []): PlannedCall => ({
  key,
  method: 'm',
  params: {},
  changeIds: [],
  refs,
  ...(touches ? { touches: touches as PlannedCall['touches'] } : {}),
});

describe('applyRequests', () => {
  it('packs calls 50 to a request in their order, as before requests overlapped', () => {
    const calls = Array.from({ length: 120 }, (_, i) => call(`c${i}`, [`status:L${i}`]));
    const requests = applyRequests(calls);
    expect(requests.map((r) => [r.index, r.start, r.calls.length])).toEqual([
      [0, 0, 50],
      [1, 50, 50],
      [2, 100, 20],
    ]);
    expect(requests.flatMap((r) => r.calls)).toEqual(calls);
    expect(requests.map((r) => r.after)).toEqual([[], [], []]);
  });

  it('waits for each earlier request it touches or references, and every request waits around a barrier', () => {
    const chunk = (n: number, f: (i: number) => PlannedCall) =>
      Array.from({ length: 50 }, (_, i) => f(n * 50 + i));
    const requests = applyRequests(
      [
        ...chunk(0, (i) => call(`c${i}`, [`status:A`])),
        ...chunk(1, (i) => call(`c${i}`, [`status:B`])),
        ...chunk(2, (i) => call(`c${i}`, [`status:C`], i === 120 ? ['c3'] : [])),
        ...chunk(3, (i) => call(`c${i}`, [`status:B`])),
        ...chunk(4, (i) => call(`c${i}`, i === 230 ? undefined : [`status:D`])),
        ...chunk(5, (i) => call(`c${i}`, [`status:E`])),
      ],
      50,
    );
    expect(requests.map((r) => r.after)).toEqual([[], [], [0], [1], [0, 1, 2, 3], [4]]);
  });

  it('agrees with the rule call by call (seeded random calls)', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 20; round++) {
      const calls: PlannedCall[] = [];
      for (let i = 0; i < 200; i++) {
        const touches =
          rnd(40) === 0
            ? undefined
            : [`status:${rnd(30)}`, ...(rnd(3) === 0 ? [`uf:CRM_DEAL:${rnd(30)}`] : [])];
        const refs = i > 0 && rnd(10) === 0 ? [`k${rnd(i)}`] : [];
        calls.push(call(`k${i}`, touches, refs));
      }
      const requests = applyRequests(calls, 20);
      for (const r of requests) {
        const expected = requests
          .filter((a) => a.index < r.index && a.calls.some((x) => r.calls.some((y) => callsConflict(x, y))))
          .map((a) => a.index);
        expect(r.after).toEqual(expected);
      }
    }
  });
});
