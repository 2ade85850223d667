import { describe, expect, it } from 'vitest';
import type { PortalDocumentTemplate } from '../../src/resources/documents/read.js';
import type { PortalNumerator } from '../../src/resources/numerators/read.js';
import type { StateFile } from '../../src/portal/state-file.js';
import { documentCalls } from '../../src/resources/documents/calls.js';
import { documentFileOf, type DocumentFileEntry } from '../../src/resources/documents/files.js';
import { numeratorCalls, numeratorDeleteCalls } from '../../src/resources/numerators/calls.js';
import type { Spec } from '../../src/spec/spec.generated.js';
import { binding, PortalBuilder } from '../helpers/portal-state.js';
import { brief, callsFor, en, ofKind, only, planKinds } from './plan-kind.js';

const CONTRACT = documentFileOf(Buffer.from('PK\u0003\u0004 contract v1'), 'docs/contract.docx');
const CONTRACT_V2 = documentFileOf(Buffer.from('PK\u0003\u0004 contract v2'), 'docs/contract.docx');
const files = (f = CONTRACT): Map<string, DocumentFileEntry> => new Map([['docs/contract.docx', f]]);

function portal(
  o: {
    numerators?: Array<Partial<PortalNumerator>>;
    templates?: Array<Partial<PortalDocumentTemplate>>;
  } = {},
) {
  const p = new PortalBuilder().pipeline(7, 'B2B');
  (o.numerators ?? []).forEach((n, i) =>
    p.state.numerators.push({
      id: 10 + i,
      name: `N${i}`,
      template: '{NUMBER}',
      start: 1,
      step: 1,
      length: 0,
      padString: '0',
      periodicBy: null,
      ...n,
    }),
  );
  (o.templates ?? []).forEach((t, i) =>
    p.state.documentTemplates.push({
      id: 40 + i,
      name: `T${i}`,
      region: 'ru',
      numeratorId: 10,
      entityTypeIds: ['2'],
      active: true,
      users: ['UA'],
      sort: 500,
      ...t,
    }),
  );
  return p;
}

const spec = (extra: Partial<Spec> = {}): Spec => ({
  version: 1,
  directions: [
    { key: 'b2b', name: 'B2B' },
    { key: 'b2c', name: 'B2C' },
  ],
  numerators: [{ name: 'Договоры', template: 'Д-{NUMBER}', length: 4, period: 'year' }],
  documents: [
    {
      name: 'Договор',
      file: 'docs/contract.docx',
      numerator: 'Договоры',
      directions: ['b2b', 'b2c'],
      with_stamps: true,
    },
  ],
  ...extra,
});

const withHash = (hash: string, id = 40): StateFile => {
  const b = binding();
  b.documentTemplates['Договор'] = { id, lastName: 'Договор', fileHash: hash };
  return b;
};

describe('numerators', () => {
  it('creates a numerator with the generator settings in the documented shape', () => {
    const { changes } = planKinds(spec(), portal(), { documentFiles: files() });
    const c = only(changes, 'numerator:Договоры', 'create');
    expect(numeratorCalls([c])[0]).toMatchObject({
      key: expect.stringMatching(/^nu_/) as string,
      method: 'crm.documentgenerator.numerator.add',
      params: {
        fields: {
          name: 'Договоры',
          template: 'Д-{NUMBER}',
          settings: {
            Bitrix_Main_Numerator_Generator_SequentNumberGenerator: {
              start: 1,
              step: 1,
              length: 4,
              padString: '0',
              periodicBy: 'year',
            },
          },
        },
      },
    });
  });

  const existing = { id: 10, name: 'Договоры', template: 'Д-{NUMBER}', length: 4, periodicBy: 'year' };

  it('no change when equal; settings the spec omits are not managed', () => {
    const { changes } = planKinds(spec(), portal({ numerators: [{ ...existing, start: 100 }] }), {
      documentFiles: files(),
    });
    expect(brief(changes, 'numerator')).toEqual([]);
  });

  it('updates a numerator b24cfg created over REST, sending the whole settings block', () => {
    const b = withHash(CONTRACT.sha256);
    b.numerators['Договоры'] = { id: 10, lastName: 'Договоры', viaRest: true };
    const { changes } = planKinds(
      spec({ numerators: [{ name: 'Договоры', template: 'ДГ-{NUMBER}', length: 6, period: 'year' }] }),
      portal({ numerators: [{ ...existing, start: 100 }] }),
      { documentFiles: files(), binding: b },
    );
    const u = only(changes, 'numerator:Договоры', 'update');
    expect(u.diffs.map((d) => [d.field, d.before, d.after])).toEqual([
      ['template', 'Д-{NUMBER}', 'ДГ-{NUMBER}'],
      ['length', 4, 6],
    ]);
    expect(numeratorCalls([u])[0]?.params).toEqual({
      id: 10,
      fields: {
        template: 'ДГ-{NUMBER}',
        // start 100 is the portal's and is kept: the controller replaces the block as a whole.
        settings: {
          Bitrix_Main_Numerator_Generator_SequentNumberGenerator: {
            start: 100,
            step: 1,
            length: 6,
            padString: '0',
            periodicBy: 'year',
          },
        },
      },
    });
  });

  it('refuses to change a numerator REST did not create (made in the UI: read-only over REST)', () => {
    const { changes } = planKinds(
      spec({ numerators: [{ name: 'Договоры', template: 'ДГ-{NUMBER}' }] }),
      portal({ numerators: [existing] }),
      { documentFiles: files() },
    );
    const c = only(changes, 'numerator:Договоры', 'blocked');
    expect(en(c.reason)).toBe(
      'this numerator was not created over REST (not by b24cfg): Bitrix24 lets REST change only numerators REST created',
    );
    expect(c.diffs).toEqual([{ field: 'template', before: 'Д-{NUMBER}', after: 'ДГ-{NUMBER}' }]);
  });

  it('prune deletes only numerators b24cfg created, after the templates', () => {
    const b = binding();
    b.numerators['Старый'] = { id: 11, lastName: 'Старый', viaRest: true };
    const p = portal({
      numerators: [
        { id: 10, name: 'UI' },
        { id: 11, name: 'Старый' },
      ],
    });
    const { changes, kept } = planKinds({ version: 1, numerators: [], manage: { prune: true } }, p, {
      binding: b,
      options: { prune: true },
    });
    expect(brief(changes, 'numerator')).toEqual(['delete Старый']);
    expect(kept.filter((k) => k.kind === 'numerator').map((k) => `${k.key} ${k.why}`)).toEqual(['UI system']);
    expect(numeratorCalls(ofKind(changes, 'numerator'))).toEqual([]);
    expect(numeratorDeleteCalls(ofKind(changes, 'numerator')).map((c) => [c.method, c.params])).toEqual([
      ['crm.documentgenerator.numerator.delete', { id: 11 }],
    ]);
    const order = callsFor(changes).map((c) => c.method);
    expect(order).toEqual(['crm.documentgenerator.numerator.delete']);
  });
});

describe('document templates', () => {
  it('creates a template: file as [name, base64], pipelines and numerator by reference when new', () => {
    const { changes } = planKinds(spec(), portal(), { documentFiles: files() });
    const c = only(changes, 'documentTemplate:Договор', 'create');
    expect(c.desired).toMatchObject({
      fileHash: CONTRACT.sha256,
      region: 'ru',
      users: ['UA'],
      withStamps: true,
    });
    const [call] = documentCalls([c]);
    expect(call?.method).toBe('crm.documentgenerator.template.add');
    const fields = call?.params.fields as Record<string, unknown>;
    expect(fields.file).toEqual([
      'contract.docx',
      Buffer.from('PK\u0003\u0004 contract v1').toString('base64'),
    ]);
    // b2b (id 7) exists; b2c is created by the same plan.
    expect(fields.entityTypeId).toEqual(['2', '2_category_7', '2_category_$result[p_b2c][category][id]']);
    expect(fields.numeratorId).toMatch(/^\$result\[nu_.+\]\[numerator\]\[id\]$/);
    expect(fields).toMatchObject({
      name: 'Договор',
      region: 'ru',
      active: 'Y',
      withStamps: 'Y',
      users: ['UA'],
    });
    expect(call?.refs.sort()).toEqual([String(fields.numeratorId).slice(8, -16), 'p_b2c'].sort());
    // The numerator and the pipeline are added before the template in the apply order.
    const order = callsFor(changes).map((x) => x.key);
    expect(order.indexOf('p_b2c')).toBeLessThan(order.indexOf(call!.key));
    expect(order.findIndex((k) => k.startsWith('nu_'))).toBeLessThan(order.indexOf(call!.key));
  });

  const onPortal = { id: 40, name: 'Договор', numeratorId: 10, entityTypeIds: ['2_category_7', '2'] };
  const oneDirection = spec({
    documents: [{ name: 'Договор', file: 'docs/contract.docx', numerator: 'Договоры', directions: ['b2b'] }],
  });
  const numerators = [{ id: 10, name: 'Договоры', template: 'Д-{NUMBER}', length: 4, periodicBy: 'year' }];

  it.each<[string, StateFile, DocumentFileEntry, string[]]>([
    ['the recorded hash equals the file: nothing to do', withHash(CONTRACT.sha256), CONTRACT, []],
    ['the file changed since the last upload: upload it', withHash(CONTRACT.sha256), CONTRACT_V2, ['file']],
    ['no record of an upload: upload once', binding(), CONTRACT, ['file']],
  ])('%s', (_what, b, file, fields) => {
    const { changes } = planKinds(oneDirection, portal({ numerators, templates: [onPortal] }), {
      binding: b,
      documentFiles: files(file as typeof CONTRACT),
    });
    const tpl = changes.filter((c) => c.kind === 'documentTemplate');
    if (fields.length === 0) {
      expect(tpl).toEqual([]);
      return;
    }
    const u = only(changes, 'documentTemplate:Договор', 'update');
    expect(u.diffs.map((d) => d.field)).toEqual(fields);
    const [call] = documentCalls([u]);
    expect(call?.params).toEqual({
      id: 40,
      fields: { file: ['contract.docx', (file as typeof CONTRACT).base64] },
    });
  });

  it('says why it uploads when b24cfg has no record of the file', () => {
    const { changes } = planKinds(oneDirection, portal({ numerators, templates: [onPortal] }), {
      documentFiles: files(),
    });
    expect(en(only(changes, 'documentTemplate:Договор', 'update').note)).toContain(
      'does not report a file hash',
    );
  });

  it('rebinding pipelines and numerator updates only those fields', () => {
    const { changes } = planKinds(
      spec({
        documents: [
          {
            name: 'Договор',
            file: 'docs/contract.docx',
            numerator: 'Счета',
            directions: ['b2b'],
            active: false,
          },
        ],
      }),
      portal({
        numerators: [...numerators, { id: 12, name: 'Счета' }],
        templates: [{ ...onPortal, entityTypeIds: ['2'] }],
      }),
      { binding: withHash(CONTRACT.sha256), documentFiles: files() },
    );
    const u = only(changes, 'documentTemplate:Договор', 'update');
    expect(u.diffs.map((d) => [d.field, d.before, d.after])).toEqual([
      ['numeratorId', 10, 12],
      ['entityTypeId', ['2'], ['2', '2_category_7']],
      ['active', true, false],
    ]);
    expect(documentCalls([u])[0]?.params).toEqual({
      id: 40,
      fields: { numeratorId: 12, entityTypeId: ['2', '2_category_7'], active: 'N' },
    });
  });

  it.each<[string, Partial<Spec>, Map<string, DocumentFileEntry>, string]>([
    [
      'an unreadable file',
      {},
      new Map([['docs/contract.docx', { error: 'ENOENT' }]]),
      'file docs/contract.docx could not be read (ENOENT)',
    ],
    [
      'a direction not described in the spec',
      {
        documents: [
          { name: 'Договор', file: 'docs/contract.docx', numerator: 'Договоры', directions: ['nope'] },
        ],
      },
      files(),
      'directions nope are not described',
    ],
    [
      'a numerator nowhere to be found',
      { documents: [{ name: 'Договор', file: 'docs/contract.docx', numerator: 'Нет такого' }] },
      files(),
      'numerator “Нет такого” is neither in the spec nor on the portal',
    ],
    [
      'a new template without a numerator',
      { documents: [{ name: 'Договор', file: 'docs/contract.docx' }] },
      files(),
      'Bitrix24 needs a numerator for a new template',
    ],
  ])('refuses %s', (_what, extra, docs, reason) => {
    const { changes } = planKinds(spec(extra), portal(), { documentFiles: docs });
    expect(en(only(changes, 'documentTemplate:Договор', 'blocked').reason)).toContain(reason);
  });

  it('renames through renamed_from, keeping the id and the recorded hash', () => {
    const b = binding();
    b.documentTemplates['Договор поставки'] = {
      id: 40,
      lastName: 'Договор поставки',
      fileHash: CONTRACT.sha256,
    };
    const { changes } = planKinds(
      spec({
        documents: [
          {
            name: 'Договор',
            renamed_from: ['Договор поставки'],
            file: 'docs/contract.docx',
            numerator: 'Договоры',
            directions: ['b2b'],
          },
        ],
      }),
      portal({ numerators, templates: [{ ...onPortal, name: 'Договор поставки' }] }),
      { binding: b, documentFiles: files() },
    );
    const r = only(changes, 'documentTemplate:Договор', 'rename');
    expect(r.diffs.map((d) => d.field)).toEqual(['name']);
    expect(documentCalls([r])[0]?.params).toEqual({ id: 40, fields: { name: 'Договор' } });
  });

  it('prune deletes templates the spec does not name, unless protected', () => {
    const { changes, kept } = planKinds(
      { version: 1, documents: [], manage: { prune: true, protect: ['Счёт'] } },
      portal({ templates: [{ name: 'Старый' }, { name: 'Счёт' }] }),
      { options: { prune: true } },
    );
    expect(brief(changes, 'documentTemplate')).toEqual(['delete Старый']);
    expect(kept.filter((k) => k.kind === 'documentTemplate').map((k) => `${k.key} ${k.why}`)).toEqual([
      'Счёт protected',
    ]);
    expect(documentCalls(ofKind(changes, 'documentTemplate')).map((c) => [c.method, c.params])).toEqual([
      ['crm.documentgenerator.template.delete', { id: 40 }],
    ]);
  });
});
