import { describe, expect, it } from 'vitest';
import { call, dealStub, emulator, fail, ok, type Json } from './helpers.js';
import type { Emulator } from '../../src/sandbox/emulator.js';

async function addEnum(em: Emulator, list: Array<Record<string, unknown>>) {
  const id = await ok(em, 'crm.deal.userfield.add', {
    fields: { FIELD_NAME: 'NPS', USER_TYPE_ID: 'enumeration', LABEL: 'NPS', LIST: list },
  });
  return id as number;
}

/** The items with their XML_ID: only list prints XML_ID (docs/bitrix24/parity.md#uf-get). */
async function items(em: Emulator, id: number) {
  const rows = (await ok(em, 'crm.deal.userfield.list')) as Json[];
  return rows.find((r) => r.ID === String(id)).LIST as Array<Record<string, string>>;
}

// docs/bitrix24/user-fields.md
describe('crm.*.userfield.*', () => {
  it.each([
    ['HELLO', 'UF_CRM_HELLO'],
    ['hello_world', 'UF_CRM_HELLO_WORLD'],
    ['UF_X', 'UF_CRM_X'],
    ['uf_crm_code', 'UF_CRM_CODE'],
    // docs/bitrix24/user-fields.md#field-name
  ])('FIELD_NAME %s is upper-cased with UF_CRM_ forced → %s', async (given, stored) => {
    const em = emulator();
    const id = await ok(em, 'crm.deal.userfield.add', {
      fields: { FIELD_NAME: given, USER_TYPE_ID: 'string' },
    });
    expect((await ok(em, 'crm.deal.userfield.get', { id })).FIELD_NAME).toBe(stored);
  });

  // docs/bitrix24/user-fields.md#field-name
  it('FIELD_NAME may have at most 50 characters including UF_CRM_ (43 for the code)', async () => {
    const em = emulator();
    await ok(em, 'crm.deal.userfield.add', {
      fields: { FIELD_NAME: 'A'.repeat(43), USER_TYPE_ID: 'string' },
    });
    expect(
      await fail(em, 'crm.deal.userfield.add', {
        fields: { FIELD_NAME: 'B'.repeat(44), USER_TYPE_ID: 'string' },
      }),
    ).toEqual({
      status: 400,
      error: 'ERROR_CORE',
      // A CAdminException's text: every message followed by "<br>" (docs/bitrix24/parity.md#error-codes).
      description: 'Field name is too long (more than 50 characters).<br>',
    });
  });

  // docs/bitrix24/user-fields.md#field-name
  it('FIELD_NAME allows only [A-Z0-9_] (ERROR_CORE)', async () => {
    const em = emulator();
    const f = await fail(em, 'crm.deal.userfield.add', {
      fields: { FIELD_NAME: 'ОЦЕНКА', USER_TYPE_ID: 'string' },
    });
    expect(f.error).toBe('ERROR_CORE');
    expect(f.description).toMatch(/^Field name contains invalid characters/);
  });

  // docs/bitrix24/user-fields.md#add
  it('USER_TYPE_ID is required ("The \'USER_TYPE_ID\' field is not found.", empty code)', async () => {
    const em = emulator();
    expect(await fail(em, 'crm.deal.userfield.add', { fields: { FIELD_NAME: 'X' } })).toEqual({
      status: 400,
      error: '',
      description: "The 'USER_TYPE_ID' field is not found.",
    });
  });

  // docs/bitrix24/user-fields.md#add
  it('FIELD_NAME is required ("The \'FIELD_NAME\' field is not found.")', async () => {
    const em = emulator();
    expect(await fail(em, 'crm.deal.userfield.add', { fields: { USER_TYPE_ID: 'string' } })).toEqual({
      status: 400,
      error: '',
      description: "The 'FIELD_NAME' field is not found.",
    });
  });

  // docs/bitrix24/user-fields.md#natural-key
  it('XML_ID is a second marker, writable on add and update', async () => {
    const em = emulator();
    const id = await ok(em, 'crm.deal.userfield.add', {
      fields: { FIELD_NAME: 'M', USER_TYPE_ID: 'string', XML_ID: 'spec:m' },
    });
    expect((await ok(em, 'crm.deal.userfield.get', { id })).XML_ID).toBe('spec:m');
    await ok(em, 'crm.deal.userfield.update', { id, fields: { XML_ID: 'spec:m2' } });
    expect((await ok(em, 'crm.deal.userfield.list', { filter: { XML_ID: 'spec:m2' } }))[0].ID).toBe(
      String(id),
    );
  });

  // docs/bitrix24/user-fields.md#show-in-filter
  it('SHOW_FILTER=Y is stored as E', async () => {
    const em = emulator();
    const id = await ok(em, 'crm.deal.userfield.add', {
      fields: { FIELD_NAME: 'S', USER_TYPE_ID: 'string', SHOW_FILTER: 'Y' },
    });
    expect((await ok(em, 'crm.deal.userfield.get', { id })).SHOW_FILTER).toBe('E');
  });

  it.each(['url', 'address', 'file', 'money'])(
    // docs/bitrix24/user-fields.md#settings-on-add
    'add of a %s field drops the passed SETTINGS and forces SHOW_FILTER=N',
    async (type) => {
      const em = emulator();
      const id = await ok(em, 'crm.deal.userfield.add', {
        fields: {
          FIELD_NAME: `F_${type}`,
          USER_TYPE_ID: type,
          SHOW_FILTER: 'Y',
          SETTINGS: { MY_SETTING: 'kept?' },
        },
      });
      const f = await ok(em, 'crm.deal.userfield.get', { id });
      expect(f.SHOW_FILTER).toBe('N');
      expect(f.SETTINGS.MY_SETTING).toBeUndefined();
    },
  );

  // docs/bitrix24/user-fields.md#labels-by-language
  it('a string label goes to every language; labels are returned by list only with filter.LANG', async () => {
    const em = emulator();
    await ok(em, 'crm.deal.userfield.add', {
      fields: {
        FIELD_NAME: 'SITE',
        USER_TYPE_ID: 'string',
        LABEL: 'Сайт',
        EDIT_FORM_LABEL: { en: 'Website' },
      },
    });
    const plain = await ok(em, 'crm.deal.userfield.list');
    expect(plain[0].EDIT_FORM_LABEL).toBeUndefined();
    expect(plain[0].LIST_COLUMN_LABEL).toBeUndefined();
    const ru = await ok(em, 'crm.deal.userfield.list', { filter: { LANG: 'ru' } });
    expect(ru[0]).toMatchObject({ EDIT_FORM_LABEL: 'Сайт', LIST_COLUMN_LABEL: 'Сайт' });
    const en = await ok(em, 'crm.deal.userfield.list', { filter: { LANG: 'en' } });
    expect(en[0].EDIT_FORM_LABEL).toBe('Website');
    const got = await ok(em, 'crm.deal.userfield.get', { id: Number(ru[0].ID) });
    expect(got.EDIT_FORM_LABEL).toMatchObject({ ru: 'Сайт', en: 'Website', de: 'Сайт' });
  });

  // docs/bitrix24/user-fields.md#list-whole
  it('list returns every field of the entity in one response with a total', async () => {
    const em = emulator();
    for (let i = 0; i < 60; i++)
      await ok(em, 'crm.deal.userfield.add', { fields: { FIELD_NAME: `F${i}`, USER_TYPE_ID: 'string' } });
    await ok(em, 'crm.lead.userfield.add', { fields: { FIELD_NAME: 'OTHER', USER_TYPE_ID: 'string' } });
    const a = await em.handle({ method: 'crm.deal.userfield.list', params: {} });
    const body = a.body as { result: unknown[]; total: number; next?: number };
    expect(body.result).toHaveLength(60);
    expect(body.total).toBe(60);
    expect(body.next).toBeUndefined();
  });

  // docs/bitrix24/user-fields.md#immutable-fields
  it('USER_TYPE_ID, MULTIPLE and FIELD_NAME are immutable on update (silently ignored)', async () => {
    const em = emulator();
    const id = await ok(em, 'crm.deal.userfield.add', {
      fields: { FIELD_NAME: 'CODE', USER_TYPE_ID: 'string', MULTIPLE: 'N' },
    });
    expect(
      await ok(em, 'crm.deal.userfield.update', {
        id,
        fields: {
          USER_TYPE_ID: 'integer',
          MULTIPLE: 'Y',
          FIELD_NAME: 'UF_CRM_OTHER',
          SORT: 300,
          MANDATORY: 'Y',
        },
      }),
    ).toBe(true);
    expect(await ok(em, 'crm.deal.userfield.get', { id })).toMatchObject({
      USER_TYPE_ID: 'string',
      MULTIPLE: 'N',
      FIELD_NAME: 'UF_CRM_CODE',
      SORT: '300',
      MANDATORY: 'Y',
    });
  });

  // docs/bitrix24/user-fields.md#update
  it('SETTINGS on update overwrites only the keys passed', async () => {
    const em = emulator();
    const id = await ok(em, 'crm.deal.userfield.add', {
      fields: { FIELD_NAME: 'TXT', USER_TYPE_ID: 'string', SETTINGS: { ROWS: 3, DEFAULT_VALUE: 'x' } },
    });
    await ok(em, 'crm.deal.userfield.update', { id, fields: { SETTINGS: { ROWS: '10' } } });
    expect((await ok(em, 'crm.deal.userfield.get', { id })).SETTINGS).toMatchObject({
      ROWS: 10,
      DEFAULT_VALUE: 'x',
      SIZE: 20,
    });
  });

  // docs/bitrix24/user-fields.md#label-writes
  it('a lang map on update writes the listed languages and "" to the others', async () => {
    const em = emulator();
    const id = await ok(em, 'crm.deal.userfield.add', {
      fields: { FIELD_NAME: 'L', USER_TYPE_ID: 'string', LABEL: 'Старое' },
    });
    await ok(em, 'crm.deal.userfield.update', { id, fields: { EDIT_FORM_LABEL: { en: 'New' } } });
    const f = await ok(em, 'crm.deal.userfield.get', { id });
    expect(f.EDIT_FORM_LABEL.en).toBe('New');
    expect(f.EDIT_FORM_LABEL.ru).toBe('');
    expect(f.LIST_COLUMN_LABEL.ru).toBe('Старое');
  });

  // docs/bitrix24/user-fields.md#list-items
  it('list items added without XML_ID get a random md5-like XML_ID', async () => {
    const em = emulator();
    const id = await addEnum(em, [{ VALUE: 'Да' }, { VALUE: 'Нет', XML_ID: 'NO' }]);
    const list = await items(em, id);
    expect(list[0]!.XML_ID).toMatch(/^[0-9a-f]{32}$/);
    const { createHash } = await import('node:crypto');
    expect(list[0]!.XML_ID).not.toBe(createHash('md5').update('Да').digest('hex'));
    expect(list[1]!.XML_ID).toBe('NO');
  });

  // docs/bitrix24/user-fields.md#list-items
  it('an item with ID is updated; items not sent are kept', async () => {
    const em = emulator();
    const id = await addEnum(em, [
      { VALUE: 'A', XML_ID: 'A', SORT: 10 },
      { VALUE: 'B', XML_ID: 'B', SORT: 20 },
    ]);
    const [a, b] = await items(em, id);
    await ok(em, 'crm.deal.userfield.update', {
      id,
      fields: { LIST: [{ ID: a!.ID, VALUE: 'A2', XML_ID: 'A' }] },
    });
    const after = await items(em, id);
    expect(after).toEqual([
      { ID: a!.ID, SORT: '10', VALUE: 'A2', DEF: 'N', XML_ID: 'A' },
      { ID: b!.ID, SORT: '20', VALUE: 'B', DEF: 'N', XML_ID: 'B' },
    ]);
  });

  // docs/bitrix24/user-fields.md#list-items
  it('an item with ID and DEL=Y is deleted, and so is an item with ID and an empty or missing VALUE (the trap)', async () => {
    const em = emulator();
    const id = await addEnum(em, [
      { VALUE: 'A', XML_ID: 'A' },
      { VALUE: 'B', XML_ID: 'B' },
      { VALUE: 'C', XML_ID: 'C' },
      { VALUE: 'D', XML_ID: 'D' },
    ]);
    const [a, b, c, d] = await items(em, id);
    await ok(em, 'crm.deal.userfield.update', {
      id,
      fields: {
        LIST: [
          { ID: a!.ID, DEL: 'Y' },
          { ID: b!.ID, VALUE: '' },
          { ID: c!.ID, XML_ID: 'C' },
          { ID: d!.ID, VALUE: 'D', XML_ID: 'D' },
        ],
      },
    });
    expect((await items(em, id)).map((i) => i.XML_ID)).toEqual(['D']);
  });

  // docs/bitrix24/user-fields.md#xml_id-trap
  it('an existing item sent without XML_ID gets XML_ID = md5(VALUE) (the trap)', async () => {
    const em = emulator();
    const id = await addEnum(em, [{ VALUE: 'Промо', XML_ID: 'PROMO' }]);
    const [item] = await items(em, id);
    await ok(em, 'crm.deal.userfield.update', { id, fields: { LIST: [{ ID: item!.ID, VALUE: 'Промо' }] } });
    const { createHash } = await import('node:crypto');
    expect((await items(em, id))[0]!.XML_ID).toBe(createHash('md5').update('Промо').digest('hex'));
  });

  // docs/bitrix24/user-fields.md#xml_id-unique
  it('a duplicate XML_ID within the field gives ERROR_CORE and changes nothing', async () => {
    const em = emulator();
    const id = await addEnum(em, [{ VALUE: 'A', XML_ID: 'A' }]);
    const f = await fail(em, 'crm.deal.userfield.update', {
      id,
      fields: { LIST: [{ VALUE: 'A again', XML_ID: 'A' }] },
    });
    expect(f.error).toBe('ERROR_CORE');
    expect(f.description).toContain("XML_ID='A'");
    expect(await items(em, id)).toHaveLength(1);
  });

  it('parity.md#uf-list: deleting a list item leaves the deal values that pointed to it; deleting the field removes all values', async () => {
    const em = emulator();
    const id = await addEnum(em, [
      { VALUE: 'A', XML_ID: 'A' },
      { VALUE: 'B', XML_ID: 'B' },
    ]);
    const [a, b] = await items(em, id);
    em.state.deals.push(
      { ...dealStub(), id: 1, uf: { UF_CRM_NPS: a!.ID } },
      { ...dealStub(), id: 2, uf: { UF_CRM_NPS: b!.ID } },
    );
    const count = async () =>
      (await call(em, 'crm.deal.list', { filter: { UF_CRM_NPS: a!.ID }, select: ['ID'] })).body.total;
    expect(await count()).toBe(1);
    await ok(em, 'crm.deal.userfield.update', { id, fields: { LIST: [{ ID: a!.ID, DEL: 'Y' }] } });
    // SetEnumValues deletes the item row only: the deal keeps the id of an item that no longer exists.
    expect((await items(em, id)).map((i) => i.ID)).toEqual([b!.ID]);
    expect(em.state.deals.map((d) => d.uf.UF_CRM_NPS)).toEqual([a!.ID, b!.ID]);
    expect(await count()).toBe(1);
    expect(await ok(em, 'crm.deal.userfield.delete', { id })).toBe(true);
    expect(em.state.deals.map((d) => d.uf.UF_CRM_NPS)).toEqual([undefined, undefined]);
  });

  // docs/bitrix24/user-fields.md#update
  it('updating a field of another entity gives "Access denied."; a missing id gives ERROR_NOT_FOUND', async () => {
    const em = emulator();
    const id = await ok(em, 'crm.lead.userfield.add', {
      fields: { FIELD_NAME: 'LEADONLY', USER_TYPE_ID: 'string' },
    });
    expect(await fail(em, 'crm.deal.userfield.update', { id, fields: { SORT: 1 } })).toEqual({
      status: 400,
      error: '',
      description: 'Access denied.',
    });
    // RestException::ERROR_NOT_FOUND without a status: HTTP 400 (docs/bitrix24/parity.md#error-codes).
    expect(await fail(em, 'crm.deal.userfield.update', { id: 424242, fields: { SORT: 1 } })).toEqual({
      status: 400,
      error: 'ERROR_NOT_FOUND',
      description: "The entity with ID '424242' is not found.",
    });
  });

  it('parity.md#uf-add: crm.userfield.types lists the 16 REST types; other registered types are created with empty SETTINGS, unknown ones refused', async () => {
    const em = emulator();
    const types = (await ok(em, 'crm.userfield.types')).map((t: Json) => t.ID);
    expect(types).toEqual([
      'string',
      'integer',
      'double',
      'boolean',
      'enumeration',
      'datetime',
      'date',
      'money',
      'url',
      'address',
      'file',
      'employee',
      'crm_status',
      'iblock_section',
      'iblock_element',
      'crm',
    ]);
    const booking = await ok(em, 'crm.deal.userfield.add', {
      fields: { FIELD_NAME: 'ROOM', USER_TYPE_ID: 'resourcebooking', SHOW_FILTER: 'Y', SETTINGS: { X: 1 } },
    });
    expect(await ok(em, 'crm.deal.userfield.get', { id: booking })).toMatchObject({
      USER_TYPE_ID: 'resourcebooking',
      SHOW_FILTER: 'N',
      SETTINGS: {},
    });
    expect(
      await fail(em, 'crm.deal.userfield.add', { fields: { FIELD_NAME: 'R', USER_TYPE_ID: 'no_such_type' } }),
    ).toMatchObject({ status: 400, error: 'ERROR_CORE' });
  });

  // docs/bitrix24/user-fields.md
  it('the same rules hold for leads, contacts and companies', async () => {
    const em = emulator();
    for (const entity of ['lead', 'contact', 'company']) {
      const id = await ok(em, `crm.${entity}.userfield.add`, {
        fields: { FIELD_NAME: 'code', USER_TYPE_ID: 'string', SHOW_FILTER: 'Y' },
      });
      const f = await ok(em, `crm.${entity}.userfield.get`, { id });
      expect(f).toMatchObject({
        ENTITY_ID: `CRM_${entity.toUpperCase()}`,
        FIELD_NAME: 'UF_CRM_CODE',
        SHOW_FILTER: 'E',
      });
    }
  });
});
