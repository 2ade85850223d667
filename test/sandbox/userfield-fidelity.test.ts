/**
 * What a portal keeps of a user field written over REST: each case cites its entry in
 * docs/bitrix24/parity.md. Values go through a batch command (a PHP query string) where the point is
 * how PHP reads text; elsewhere through a JSON call.
 */
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/sandbox/emulator.js';
import { call, emulator, fail, ok, type Json } from './helpers.js';

async function addField(em: Emulator, fields: Record<string, unknown>): Promise<number> {
  const id: number = await ok(em, 'crm.deal.userfield.add', { fields: { FIELD_NAME: 'X', ...fields } });
  return id;
}

const get = async (em: Emulator, id: number) => await ok(em, 'crm.deal.userfield.get', { id });

/** One batch command; returns its result and error entries. */
async function batch(em: Emulator, cmd: Record<string, string>, extra: Record<string, unknown> = {}) {
  const a = await call(em, 'batch', { cmd, ...extra });
  expect(a.status).toBe(200);
  return a.body.result as { result: Json; result_error: Json };
}

describe('SETTINGS on add (parity.md#uf-settings-rest, #uf-settings-type)', () => {
  it.each([
    [
      'string keeps DEFAULT_VALUE and ROWS; SIZE, REGEXP, MIN/MAX_LENGTH are dropped',
      'string',
      { MAX_LENGTH: 100, SIZE: 40, ROWS: 4, DEFAULT_VALUE: 'x', REGEXP: '/^a/', MIN_LENGTH: 2 },
      { SIZE: 20, ROWS: 4, REGEXP: '', MIN_LENGTH: 0, MAX_LENGTH: 0, DEFAULT_VALUE: 'x' },
    ],
    ['string ROWS above 50 becomes 50', 'string', { ROWS: 80 }, { ROWS: 50, DEFAULT_VALUE: '' }],
    ['string ROWS 0 becomes 1', 'string', { ROWS: 0 }, { ROWS: 1 }],
    [
      'integer keeps DEFAULT_VALUE as a number; MIN_VALUE is dropped',
      'integer',
      { DEFAULT_VALUE: '5', MIN_VALUE: 3 },
      { SIZE: 20, MIN_VALUE: 0, MAX_VALUE: 0, DEFAULT_VALUE: 5 },
    ],
    ['integer without a default keeps null', 'integer', {}, { DEFAULT_VALUE: null }],
    [
      'double keeps PRECISION and DEFAULT_VALUE',
      'double',
      { PRECISION: 4, DEFAULT_VALUE: '1.5' },
      { PRECISION: 4, DEFAULT_VALUE: 1.5 },
    ],
    ['double without PRECISION gets 0 (null >= 0 is true in PHP)', 'double', {}, { PRECISION: 0 }],
    ['double PRECISION above 12 becomes 12', 'double', { PRECISION: 20 }, { PRECISION: 12 }],
    [
      'boolean: DEFAULT_VALUE 0/1, DISPLAY upper-cased; LABEL_CHECKBOX dropped',
      'boolean',
      { DEFAULT_VALUE: true, DISPLAY: 'radio', LABEL_CHECKBOX: 'Да', LABEL: ['Нет', 'Да'] },
      { DEFAULT_VALUE: 1, DISPLAY: 'RADIO', LABEL: ['', ''], LABEL_CHECKBOX: '' },
    ],
    [
      'boolean DISPLAY other than CHECKBOX/RADIO/DROPDOWN becomes CHECKBOX',
      'boolean',
      { DISPLAY: 'ui' },
      { DISPLAY: 'CHECKBOX' },
    ],
    [
      'enumeration: DISPLAY upper-cased, LIST_HEIGHT kept; CAPTION_NO_VALUE dropped',
      'enumeration',
      { DISPLAY: 'ui', LIST_HEIGHT: '5', CAPTION_NO_VALUE: 'нет', SHOW_NO_VALUE: 'N' },
      { DISPLAY: 'UI', LIST_HEIGHT: 5, CAPTION_NO_VALUE: '', SHOW_NO_VALUE: 'Y' },
    ],
    ['enumeration DISPLAY radio becomes LIST', 'enumeration', { DISPLAY: 'radio' }, { DISPLAY: 'LIST' }],
    [
      'crm: the four entity flags, Y or N',
      'crm',
      { DEAL: 'y', CONTACT: true, DYNAMIC_128: 'Y' },
      { LEAD: 'N', CONTACT: 'N', COMPANY: 'N', DEAL: 'Y' },
    ],
    [
      'crm bound to nothing is bound to leads',
      'crm',
      {},
      { LEAD: 'Y', CONTACT: 'N', COMPANY: 'N', DEAL: 'N' },
    ],
    [
      'crm_status keeps a known dictionary',
      'crm_status',
      { ENTITY_TYPE: 'SOURCE' },
      { ENTITY_TYPE: 'SOURCE' },
    ],
    [
      'crm_status with an unknown dictionary gets the first one',
      'crm_status',
      { ENTITY_TYPE: 'NOPE' },
      { ENTITY_TYPE: 'STATUS' },
    ],
    ['employee keeps nothing', 'employee', { DEFAULT_VALUE: 5 }, { DEFAULT_VALUE: [] }],
    ['money keeps nothing', 'money', { DEFAULT_VALUE: '100|RUB' }, { DEFAULT_VALUE: '' }],
    [
      'url keeps nothing',
      'url',
      { DEFAULT_VALUE: 'https://x', POPUP: 'N' },
      { POPUP: 'Y', DEFAULT_VALUE: '' },
    ],
    [
      'date keeps a FIXED default as YYYY-MM-DD',
      'date',
      { DEFAULT_VALUE: { TYPE: 'fixed', VALUE: '2026-02-01' } },
      { DEFAULT_VALUE: { TYPE: 'FIXED', VALUE: '2026-02-01' } },
    ],
    [
      'datetime keeps a FIXED default in portal time; USE_SECOND/USE_TIMEZONE are not passed',
      'datetime',
      { DEFAULT_VALUE: { TYPE: 'FIXED', VALUE: '2026-02-01T10:00:00+03:00' }, USE_SECOND: 'N' },
      { DEFAULT_VALUE: { TYPE: 'FIXED', VALUE: '2026-02-01 10:00:00' }, USE_SECOND: 'Y', USE_TIMEZONE: 'N' },
    ],
    [
      'date NOW keeps no value',
      'date',
      { DEFAULT_VALUE: { TYPE: 'NOW', VALUE: 'x' } },
      { DEFAULT_VALUE: { TYPE: 'NOW', VALUE: '' } },
    ],
    [
      'a scalar date default is no default',
      'date',
      { DEFAULT_VALUE: '2026-02-01' },
      { DEFAULT_VALUE: { TYPE: 'NONE', VALUE: '' } },
    ],
  ])('%s', async (_name, type, settings, expected) => {
    const em = emulator();
    const id = await addField(em, { USER_TYPE_ID: type, SETTINGS: settings });
    const stored = (await get(em, id)).SETTINGS;
    expect(stored).toMatchObject(expected);
    for (const key of Object.keys(settings)) {
      if (!(key in expected) && !['SIZE', 'MIN_VALUE', 'REGEXP', 'MIN_LENGTH', 'MAX_LENGTH'].includes(key))
        expect(stored, key).not.toHaveProperty(key);
    }
  });

  it('a crm_status field may name a smart-invoice stage list: it is one of the entity types', async () => {
    const em = emulator();
    const id = await addField(em, {
      USER_TYPE_ID: 'crm_status',
      SETTINGS: { ENTITY_TYPE: 'SMART_INVOICE_STAGE_2' },
    });
    expect((await get(em, id)).SETTINGS).toEqual({ ENTITY_TYPE: 'SMART_INVOICE_STAGE_2' });
  });

  it('list prints a datetime default in ISO 8601, get as stored (parity.md#uf-list-method)', async () => {
    const em = emulator();
    const id = await addField(em, {
      USER_TYPE_ID: 'datetime',
      SETTINGS: { DEFAULT_VALUE: { TYPE: 'FIXED', VALUE: '2026-02-01 10:00:00' } },
    });
    expect((await get(em, id)).SETTINGS.DEFAULT_VALUE.VALUE).toBe('2026-02-01 10:00:00');
    const [row] = (await ok(em, 'crm.deal.userfield.list')) as Json[];
    expect(row.SETTINGS.DEFAULT_VALUE.VALUE).toBe('2026-02-01T10:00:00+03:00');
  });
});

describe('booleans written in a batch command (parity.md#php-comparison)', () => {
  it.each([
    ['false', 1],
    ['true', 1],
    ['N', 1],
    ['1', 1],
    ['0', 0],
    ['', 0],
  ])('fields[SETTINGS][DEFAULT_VALUE]=%s is stored as %i', async (text, stored) => {
    const em = emulator();
    const out = await batch(em, {
      f: `crm.deal.userfield.add?fields[FIELD_NAME]=FLAG&fields[USER_TYPE_ID]=boolean&fields[SETTINGS][DEFAULT_VALUE]=${text}`,
    });
    expect(out.result_error).toEqual([]);
    expect((await get(em, out.result.f as number)).SETTINGS.DEFAULT_VALUE).toBe(stored);
  });

  it('a JSON false is 0, as PHP compares a boolean', async () => {
    const em = emulator();
    const id = await addField(em, { USER_TYPE_ID: 'boolean', SETTINGS: { DEFAULT_VALUE: false } });
    expect((await get(em, id)).SETTINGS.DEFAULT_VALUE).toBe(0);
  });

  it('on update too: "false" turns a default of 0 into 1', async () => {
    const em = emulator();
    const id = await addField(em, { USER_TYPE_ID: 'boolean' });
    await batch(em, { u: `crm.deal.userfield.update?id=${id}&fields[SETTINGS][DEFAULT_VALUE]=false` });
    expect((await get(em, id)).SETTINGS.DEFAULT_VALUE).toBe(1);
  });
});

describe('SETTINGS on update (parity.md#uf-settings-rest)', () => {
  it('answers true and keeps nothing of a dropped key', async () => {
    const em = emulator();
    const id = await addField(em, { USER_TYPE_ID: 'string', SETTINGS: { ROWS: 3 } });
    const before = (await get(em, id)).SETTINGS;
    expect(
      await ok(em, 'crm.deal.userfield.update', { id, fields: { SETTINGS: { MAX_LENGTH: 10, SIZE: 60 } } }),
    ).toBe(true);
    expect((await get(em, id)).SETTINGS).toEqual(before);
  });

  it('clamps string ROWS to 1..50 and overwrites only the keys sent', async () => {
    const em = emulator();
    const id = await addField(em, { USER_TYPE_ID: 'string', SETTINGS: { ROWS: 3, DEFAULT_VALUE: 'x' } });
    await ok(em, 'crm.deal.userfield.update', { id, fields: { SETTINGS: { ROWS: '60' } } });
    expect((await get(em, id)).SETTINGS).toMatchObject({ ROWS: 50, DEFAULT_VALUE: 'x' });
  });

  it('ignores the default of a date field: the proxy has no branch for it', async () => {
    const em = emulator();
    const id = await addField(em, {
      USER_TYPE_ID: 'date',
      SETTINGS: { DEFAULT_VALUE: { TYPE: 'FIXED', VALUE: '2026-02-01' } },
    });
    await ok(em, 'crm.deal.userfield.update', {
      id,
      fields: { SETTINGS: { DEFAULT_VALUE: { TYPE: 'FIXED', VALUE: '2027-03-03' } } },
    });
    expect((await get(em, id)).SETTINGS.DEFAULT_VALUE.VALUE).toBe('2026-02-01');
  });
});

describe('enumeration defaults (parity.md#uf-list)', () => {
  const list = (defs: string[]) =>
    defs.map((d, i) => ({ VALUE: `V${i}`, XML_ID: `X${i}`, SORT: (i + 1) * 10, DEF: d }));
  const defaults = async (em: Emulator, id: number) =>
    ((await ok(em, 'crm.deal.userfield.list')) as Json[])
      .find((r) => r.ID === String(id))
      .LIST.map((i: Json) => `${i.XML_ID}:${i.DEF}`);

  it('a single-value field keeps only the first item sent with DEF=Y', async () => {
    const em = emulator();
    const id = await addField(em, { USER_TYPE_ID: 'enumeration', LIST: list(['N', 'Y', 'Y']) });
    expect(await defaults(em, id)).toEqual(['X0:N', 'X1:Y', 'X2:N']);
  });

  it('a multiple field keeps every DEF=Y', async () => {
    const em = emulator();
    const id = await addField(em, {
      USER_TYPE_ID: 'enumeration',
      MULTIPLE: 'Y',
      LIST: list(['Y', 'N', 'Y']),
    });
    expect(await defaults(em, id)).toEqual(['X0:Y', 'X1:N', 'X2:Y']);
  });

  it('on update only the items sent are reset: an item not sent keeps its DEF=Y', async () => {
    const em = emulator();
    const id = await addField(em, { USER_TYPE_ID: 'enumeration', LIST: list(['Y', 'N', 'N']) });
    const rows = ((await ok(em, 'crm.deal.userfield.list')) as Json[])[0].LIST as Json[];
    await ok(em, 'crm.deal.userfield.update', {
      id,
      fields: { LIST: [{ ID: rows[1].ID, VALUE: 'V1', XML_ID: 'X1', DEF: 'Y' }] },
    });
    expect(await defaults(em, id)).toEqual(['X0:Y', 'X1:Y', 'X2:N']);
  });

  it('DEF=N alone does not clear the default of a single-value field', async () => {
    const em = emulator();
    const id = await addField(em, { USER_TYPE_ID: 'enumeration', LIST: list(['Y', 'N']) });
    const rows = ((await ok(em, 'crm.deal.userfield.list')) as Json[])[0].LIST as Json[];
    expect(
      await ok(em, 'crm.deal.userfield.update', {
        id,
        fields: { LIST: [{ ID: rows[0].ID, VALUE: 'V0', XML_ID: 'X0', DEF: 'N' }] },
      }),
    ).toBe(true);
    expect(await defaults(em, id)).toEqual(['X0:Y', 'X1:N']);
  });

  it('a new item without a positive SORT gets 500; values are trimmed; empty values skipped', async () => {
    const em = emulator();
    await addField(em, {
      USER_TYPE_ID: 'enumeration',
      LIST: [
        { VALUE: '  A \n', XML_ID: 'A', SORT: 0 },
        { VALUE: '   ' },
        { VALUE: 'B', XML_ID: 'B', SORT: 'x' },
      ],
    });
    const rows = ((await ok(em, 'crm.deal.userfield.list')) as Json[])[0].LIST as Json[];
    expect(rows.map((r) => [r.VALUE, r.SORT])).toEqual([
      ['A', '500'],
      ['B', '500'],
    ]);
  });

  it('items refused on add (a repeated XML_ID) leave the field created and answer ERROR_CORE', async () => {
    const em = emulator();
    const f = await fail(em, 'crm.deal.userfield.add', {
      fields: {
        FIELD_NAME: 'DUP',
        USER_TYPE_ID: 'enumeration',
        LIST: [
          { VALUE: 'A', XML_ID: 'A' },
          { VALUE: 'B', XML_ID: 'A' },
        ],
      },
    });
    expect(f).toMatchObject({ status: 400, error: 'ERROR_CORE' });
    const rows = (await ok(em, 'crm.deal.userfield.list')) as Json[];
    expect(rows.map((r) => [r.FIELD_NAME, r.LIST])).toEqual([['UF_CRM_DUP', []]]);
  });
});

describe('labels (parity.md#uf-labels)', () => {
  it('add without LABEL fills every label not sent with FIELD_NAME in every language', async () => {
    const em = emulator();
    const id = await addField(em, {
      FIELD_NAME: 'NPS',
      USER_TYPE_ID: 'integer',
      EDIT_FORM_LABEL: { ru: 'Оценка' },
    });
    const f = await get(em, id);
    expect(f.EDIT_FORM_LABEL).toMatchObject({ ru: 'Оценка', en: 'UF_CRM_NPS' });
    expect(f.ERROR_MESSAGE).toMatchObject({ ru: 'UF_CRM_NPS', en: 'UF_CRM_NPS' });
    expect(f.HELP_MESSAGE).toMatchObject({ ru: 'UF_CRM_NPS', de: 'UF_CRM_NPS' });
  });

  it('add with LABEL fills them with LABEL; an explicit empty label still gets LABEL', async () => {
    const em = emulator();
    const id = await addField(em, { USER_TYPE_ID: 'integer', LABEL: 'Оценка', HELP_MESSAGE: '' });
    const f = await get(em, id);
    expect(f.ERROR_MESSAGE.en).toBe('Оценка');
    expect(f.HELP_MESSAGE.ru).toBe('Оценка');
  });

  it('update with an empty text writes "" to every language, in one batch with the add that made the field', async () => {
    const em = emulator();
    const r = await batch(em, {
      add: 'crm.deal.userfield.add?fields[FIELD_NAME]=NPS&fields[USER_TYPE_ID]=integer&fields[LABEL]=Оценка',
      clear: 'crm.deal.userfield.update?id=$result[add]&fields[ERROR_MESSAGE]=&fields[HELP_MESSAGE]=',
    });
    expect(r.result).toEqual({ add: expect.any(Number) as number, clear: true });
    const f = await get(em, (r.result as { add: number }).add);
    expect(new Set(Object.values(f.HELP_MESSAGE as Record<string, string>))).toEqual(new Set(['']));
    expect(new Set(Object.values(f.ERROR_MESSAGE as Record<string, string>))).toEqual(new Set(['']));
    expect(f.EDIT_FORM_LABEL.de).toBe('Оценка');
  });

  it('update ignores LABEL', async () => {
    const em = emulator();
    const id = await addField(em, { USER_TYPE_ID: 'integer', LABEL: 'Старое' });
    expect(await ok(em, 'crm.deal.userfield.update', { id, fields: { LABEL: 'Новое' } })).toBe(true);
    expect((await get(em, id)).EDIT_FORM_LABEL.ru).toBe('Старое');
  });
});

describe('flags, order and shapes (parity.md#uf-add, #uf-get, #uf-list-method, #error-codes)', () => {
  it('add: SHOW_IN_LIST is N only for exactly "N"; MANDATORY and MULTIPLE are upper-cased; a boolean is never multiple', async () => {
    const em = emulator();
    const a = await addField(em, {
      FIELD_NAME: 'A',
      USER_TYPE_ID: 'string',
      SHOW_IN_LIST: 'n',
      MANDATORY: 'y',
    });
    const b = await addField(em, {
      FIELD_NAME: 'B',
      USER_TYPE_ID: 'boolean',
      SHOW_IN_LIST: 'N',
      MULTIPLE: 'Y',
    });
    expect(await get(em, a)).toMatchObject({ SHOW_IN_LIST: 'Y', MANDATORY: 'Y' });
    expect(await get(em, b)).toMatchObject({ SHOW_IN_LIST: 'N', MULTIPLE: 'N' });
  });

  it('update: MANDATORY is Y only for exactly "Y"', async () => {
    const em = emulator();
    const id = await addField(em, { USER_TYPE_ID: 'string', MANDATORY: 'Y' });
    await ok(em, 'crm.deal.userfield.update', { id, fields: { MANDATORY: 'y' } });
    expect((await get(em, id)).MANDATORY).toBe('N');
  });

  it('SHOW_FILTER: Y is E, an employee field gets I, any other letter N', async () => {
    const em = emulator();
    const a = await addField(em, { FIELD_NAME: 'A', USER_TYPE_ID: 'employee', SHOW_FILTER: 'Y' });
    const b = await addField(em, { FIELD_NAME: 'B', USER_TYPE_ID: 'string', SHOW_FILTER: 'S' });
    expect((await get(em, a)).SHOW_FILTER).toBe('I');
    expect((await get(em, b)).SHOW_FILTER).toBe('N');
  });

  it('get prints list items without XML_ID; list with it', async () => {
    const em = emulator();
    const id = await addField(em, { USER_TYPE_ID: 'enumeration', LIST: [{ VALUE: 'A', XML_ID: 'A' }] });
    expect(Object.keys((await get(em, id)).LIST[0])).toEqual(['ID', 'SORT', 'VALUE', 'DEF']);
    const [row] = (await ok(em, 'crm.deal.userfield.list')) as Json[];
    expect(row.LIST[0].XML_ID).toBe('A');
  });

  it('list orders by SORT, then ID; any direction but ASC is DESC', async () => {
    const em = emulator();
    const a = await addField(em, { FIELD_NAME: 'A', USER_TYPE_ID: 'string', SORT: 300 });
    const b = await addField(em, { FIELD_NAME: 'B', USER_TYPE_ID: 'string', SORT: 100 });
    const c = await addField(em, { FIELD_NAME: 'C', USER_TYPE_ID: 'string', SORT: 100 });
    const ids = async (params: Record<string, unknown>) =>
      ((await ok(em, 'crm.deal.userfield.list', params)) as Json[]).map((r) => Number(r.ID));
    expect(await ids({})).toEqual([b, c, a]);
    expect(await ids({ order: { ID: 'sideways' } })).toEqual([c, b, a]);
    expect(await ids({ order: { MULTIPLE: 'ASC' } })).toEqual([b, c, a]);
  });

  it('a missing field is ERROR_NOT_FOUND with HTTP 400 on get and delete; a field of another entity "Access denied."', async () => {
    const em = emulator();
    const lead = (await ok(em, 'crm.lead.userfield.add', {
      fields: { FIELD_NAME: 'L', USER_TYPE_ID: 'string' },
    })) as number;
    for (const method of ['crm.deal.userfield.get', 'crm.deal.userfield.delete'])
      expect(await fail(em, method, { id: 999 })).toEqual({
        status: 400,
        error: 'ERROR_NOT_FOUND',
        description: "The entity with ID '999' is not found.",
      });
    expect(await fail(em, 'crm.deal.userfield.get', { id: lead })).toEqual({
      status: 400,
      error: '',
      description: 'Access denied.',
    });
  });
});
