import { describe, expect, it } from 'vitest';
import { emulator, fail, ok, type Json } from './helpers.js';

const queue = (...ids: number[]) => ids.map((id) => ({ ENTITY_TYPE: 'user', ENTITY_ID: String(id) }));

// docs/bitrix24/open-lines.md
describe('imopenlines.config.*', () => {
  // docs/bitrix24/open-lines.md#queue
  it('QUEUE is written as [{ENTITY_TYPE, ENTITY_ID}] and read back as user ids; departments expand to members', async () => {
    const em = emulator();
    const id = await ok(em, 'imopenlines.config.add', {
      PARAMS: { LINE_NAME: 'WhatsApp', QUEUE: [...queue(3), { ENTITY_TYPE: 'department', ENTITY_ID: '2' }] },
    });
    expect(typeof id).toBe('number');
    const line = await ok(em, 'imopenlines.config.get', { CONFIG_ID: id });
    expect(line.QUEUE).toEqual(['3', '2', '4', '5']);
    expect(line.QUEUE_FULL['4']).toMatchObject({ USER_ID: '4', DEPARTMENT_ID: '2' });
    const list = await ok(em, 'imopenlines.config.list.get', {
      PARAMS: { select: ['ID', 'LINE_NAME'] },
      OPTIONS: { QUEUE: 'Y', CONFIG_QUEUE: 'Y' },
    });
    expect(list[0]).toMatchObject({ ID: String(id), LINE_NAME: 'WhatsApp', QUEUE: [3, 2, 4, 5] });
    expect(list[0].CONFIG_QUEUE).toEqual([
      { ENTITY_ID: '3', ENTITY_TYPE: 'user' },
      { ENTITY_ID: '2', ENTITY_TYPE: 'department' },
    ]);
  });

  // docs/bitrix24/open-lines.md#kpi
  it('KPI times are seconds, KPI texts are stored HTML-escaped', async () => {
    const em = emulator();
    const id = await ok(em, 'imopenlines.config.add', {
      PARAMS: {
        LINE_NAME: 'L',
        KPI_FIRST_ANSWER_TIME: 900,
        KPI_FIRST_ANSWER_ALERT: 'Y',
        KPI_FIRST_ANSWER_TEXT: 'Оператор <b>#OPERATOR#</b> & "ко"',
      },
    });
    const line = await ok(em, 'imopenlines.config.get', { CONFIG_ID: id });
    expect(line.KPI_FIRST_ANSWER_TIME).toBe('900');
    expect(line.KPI_FIRST_ANSWER_ALERT).toBe('Y');
    expect(line.KPI_FIRST_ANSWER_TEXT).toBe('Оператор &lt;b&gt;#OPERATOR#&lt;/b&gt; &amp; &quot;ко&quot;');
  });

  it.each([
    ['strictly', true, 'strictly'],
    ['nonsense', true, 'all'],
    ['all', true, 'all'],
    ['all', false, 'evenly'],
    ['nonsense', false, 'evenly'],
  ])(
    // docs/bitrix24/open-lines.md#queue-type
    'QUEUE_TYPE %s with queue-all licence %s is stored as %s',
    async (given, allowed, stored) => {
      const em = emulator();
      em.state.settings.queueAllAllowed = allowed;
      const id = await ok(em, 'imopenlines.config.add', { PARAMS: { LINE_NAME: 'L', QUEUE_TYPE: given } });
      expect((await ok(em, 'imopenlines.config.get', { CONFIG_ID: id })).QUEUE_TYPE).toBe(stored);
    },
  );

  // docs/bitrix24/open-lines.md#natural-key
  it('XML_ID is returned but cannot be written (Config::prepareFields never writes it)', async () => {
    const em = emulator();
    const id = await ok(em, 'imopenlines.config.add', { PARAMS: { LINE_NAME: 'L', XML_ID: 'spec-key' } });
    expect((await ok(em, 'imopenlines.config.get', { CONFIG_ID: id })).XML_ID).toBeNull();
  });

  // docs/bitrix24/open-lines.md#crm-integration
  it('an invalid CRM_CREATE becomes lead', async () => {
    const em = emulator();
    const id = await ok(em, 'imopenlines.config.add', { PARAMS: { LINE_NAME: 'L', CRM_CREATE: 'deal' } });
    await ok(em, 'imopenlines.config.update', { CONFIG_ID: id, PARAMS: { CRM_CREATE: 'contact' } });
    expect((await ok(em, 'imopenlines.config.get', { CONFIG_ID: id })).CRM_CREATE).toBe('lead');
  });

  // docs/bitrix24/open-lines.md#errors
  it('get of a missing id returns false; a missing CONFIG_ID is CONFIG_ID_EMPTY', async () => {
    const em = emulator();
    expect(await ok(em, 'imopenlines.config.get', { CONFIG_ID: 77 })).toBe(false);
    expect(await fail(em, 'imopenlines.config.get', {})).toEqual({
      status: 400,
      error: 'CONFIG_ID_EMPTY',
      description: "Config ID can't be empty",
    });
  });

  // docs/bitrix24/parity.md#openline-config
  it('update and delete of a line that is not there answer false for a user with every right', async () => {
    const em = emulator();
    expect(await ok(em, 'imopenlines.config.update', { CONFIG_ID: 12, PARAMS: { LINE_NAME: 'x' } })).toBe(
      false,
    );
    const id = await ok(em, 'imopenlines.config.add', { PARAMS: { LINE_NAME: 'L' } });
    expect(await ok(em, 'imopenlines.config.delete', { CONFIG_ID: id })).toBe(true);
    expect(await ok(em, 'imopenlines.config.get', { CONFIG_ID: id })).toBe(false);
  });

  // docs/bitrix24/open-lines.md#errors
  it('list.get refuses a non-array filter with INVALID_FORMAT', async () => {
    const em = emulator();
    expect(await fail(em, 'imopenlines.config.list.get', { PARAMS: { filter: 'ACTIVE=Y' } })).toEqual({
      status: 400,
      error: 'INVALID_FORMAT',
      description: "A wrong format for the PARAMS field 'filter' is passed",
    });
  });
});

const FILE = ['contract.docx', Buffer.from('PK docx bytes').toString('base64')];

// docs/bitrix24/document-generator.md
describe('crm.documentgenerator.*', () => {
  async function numerator(em: ReturnType<typeof emulator>) {
    const r = await ok(em, 'crm.documentgenerator.numerator.add', {
      fields: { name: 'Договоры', template: 'Д-{NUMBER}' },
    });
    return r.numerator.id as number;
  }

  // docs/bitrix24/document-generator.md#template-add
  it('add needs file, numeratorId, region and entityTypeId ("Empty required fields: …", code "0")', async () => {
    const em = emulator();
    expect(
      await fail(em, 'crm.documentgenerator.template.add', {
        fields: { name: 'Договор', file: FILE, region: 'ru', entityTypeId: ['2'] },
      }),
    ).toEqual({
      status: 400,
      error: '0',
      description: 'Empty required fields: numeratorId',
    });
    const f = await fail(em, 'crm.documentgenerator.template.add', { fields: { name: 'Договор' } });
    expect(f.description).toBe('Empty required fields: file, numeratorId, region, entityTypeId');
  });

  // docs/bitrix24/document-generator.md#forced-fields
  it('REST forces isDefault N and moduleId crm, code cannot be set; the stored file is remembered by its hash', async () => {
    const em = emulator();
    const n = await numerator(em);
    const { template } = await ok(em, 'crm.documentgenerator.template.add', {
      fields: {
        name: 'Договор',
        file: FILE,
        numeratorId: n,
        region: 'ru',
        entityTypeId: ['2', '2_category_0'],
        isDefault: 'Y',
        moduleId: 'other',
        code: 'contract',
      },
    });
    expect(template.code).toBeNull();
    expect(template).toMatchObject({
      moduleId: 'crm',
      isDeleted: 'N',
      active: 'Y',
      withStamps: 'N',
      users: { U1: 'U1' },
      entityTypeId: ['2', '2_category_0'],
    });
    const stored = em.state.documentTemplates[0]!;
    expect(stored.isDefault).toBe(false);
    expect(stored.file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.file.size).toBe(13);
  });

  // docs/bitrix24/document-generator.md#template-list
  it('list returns templates as an OBJECT keyed by id; update can replace the file', async () => {
    const em = emulator();
    const n = await numerator(em);
    const base = { file: FILE, numeratorId: n, region: 'ru', entityTypeId: ['2'] };
    const a = (await ok(em, 'crm.documentgenerator.template.add', { fields: { ...base, name: 'A' } }))
      .template;
    await ok(em, 'crm.documentgenerator.template.add', { fields: { ...base, name: 'B' } });
    const list = await ok(em, 'crm.documentgenerator.template.list', { select: ['id', 'name'] });
    expect(Array.isArray(list.templates)).toBe(false);
    expect(Object.keys(list.templates)).toEqual([a.id, String(Number(a.id) + 1)]);
    expect(list.templates[a.id]).toMatchObject({ id: a.id, name: 'A' });
    const before = em.state.documentTemplates[0]!.file.sha256;
    await ok(em, 'crm.documentgenerator.template.update', {
      id: a.id,
      fields: { file: ['v2.docx', Buffer.from('v2').toString('base64')] },
    });
    expect(em.state.documentTemplates[0]!.file.sha256).not.toBe(before);
    expect(await ok(em, 'crm.documentgenerator.template.delete', { id: a.id })).toBeNull();
    const after = await ok(em, 'crm.documentgenerator.template.list', {});
    expect(Object.keys(after.templates)).toHaveLength(1);
  });

  // docs/bitrix24/document-generator.md#rest-made-numerators
  it('numerators made in the UI are read-only over REST; REST-made ones can be changed and deleted', async () => {
    const em = emulator();
    em.state.numerators.push({
      id: 2,
      name: 'Счёт (из интерфейса)',
      template: '{NUMBER}',
      code: null,
      settings: {
        start: 1,
        step: 1,
        length: 0,
        padString: '0',
        periodicBy: null,
        timezone: null,
        isDirectNumeration: false,
      },
      createdViaRest: false,
    });
    em.state.seq.numerators = 2;
    // parity.md#docgen-numerator: the module refuses with DOCGEN_ACCESS_ERROR "Access denied".
    const f = await fail(em, 'crm.documentgenerator.numerator.update', { id: 2, fields: { name: 'x' } });
    expect([f.error, f.description]).toEqual(['DOCGEN_ACCESS_ERROR', 'Access denied']);
    expect((await fail(em, 'crm.documentgenerator.numerator.delete', { id: 2 })).error).toBe(
      'DOCGEN_ACCESS_ERROR',
    );
    const n = await numerator(em);
    const upd = await ok(em, 'crm.documentgenerator.numerator.update', {
      id: n,
      fields: { template: 'INV-{NUMBER}' },
    });
    expect(upd).toMatchObject({ id: String(n), template: 'INV-{NUMBER}' });
    expect(await ok(em, 'crm.documentgenerator.numerator.delete', { id: n })).toBeNull();
    const list = await ok(em, 'crm.documentgenerator.numerator.list', {});
    expect(list.numerators.map((x: Json) => x.id)).toEqual(['2']);
  });
});
