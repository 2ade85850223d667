import { describe, expect, it } from 'vitest';
import { call, emulator, fail, NOW, ok, type Json } from './helpers.js';
import { supervisorOf } from '../../src/sandbox/generator.js';

// docs/bitrix24/company-structure.md
describe('company structure', () => {
  it('parity.md#department-get: department.get returns ID/NAME/SORT/PARENT/UF_HEAD and filters by top-level keys', async () => {
    const em = emulator();
    expect(await ok(em, 'department.get', {})).toEqual([
      { ID: '1', NAME: 'Компания', SORT: 500, UF_HEAD: '1' },
      { ID: '2', NAME: 'Отдел продаж', SORT: 500, PARENT: '1', UF_HEAD: '2' },
    ]);
    expect(await ok(em, 'department.get', { PARENT: 1 })).toHaveLength(1);
    const desc = await ok(em, 'department.get', { sort: 'ID', order: 'DESC' });
    expect(desc.map((d: Json) => d.ID)).toEqual(['2', '1']);
    expect(await ok(em, 'department.get', { UF_HEAD: 2 })).toHaveLength(1);
  });

  it('parity.md#department-get: the keys are read as PHP does', async () => {
    const em = emulator();
    const ids = async (p: Record<string, unknown>) =>
      ((await ok(em, 'department.get', p)) as Json[]).map((d) => d.ID as string);
    // SORT and sort are one key once upper-cased; the later one wins and a number is no sort field.
    expect(await ids({ sort: 'ID', order: 'DESC', SORT: 500 })).toEqual(['1', '2']);
    // An upper-case SORT naming a field is also a filter SORT = (int)"NAME" = 0.
    expect(await ids({ SORT: 'NAME' })).toEqual([]);
    // With FILTER the top-level keys are not read at all; operator prefixes are unknown keys.
    expect(await ids({ FILTER: { ID: 2 }, PARENT: 99 })).toEqual(['2']);
    expect(await ids({ '!ID': 1 })).toEqual(['1', '2']);
    // The tree order: parents first, siblings by SORT then NAME.
    await ok(em, 'department.add', { NAME: 'Б', PARENT: 1, SORT: 100 });
    await ok(em, 'department.add', { NAME: 'А', PARENT: 2 });
    expect(await ids({})).toEqual(['1', '3', '2', '4']);
  });

  it('parity.md#department-add: refusals have an empty code; a missing department is ERROR_CORE "Department not found"', async () => {
    const em = emulator();
    expect(await fail(em, 'department.add', { NAME: 'X', PARENT: 77 })).toMatchObject({
      status: 400,
      error: '',
    });
    expect(await fail(em, 'department.update', { ID: 77, NAME: 'X' })).toEqual({
      status: 400,
      error: 'ERROR_CORE',
      description: 'Department not found',
    });
  });

  // docs/bitrix24/company-structure.md#department-list
  it('department.get pages by 50 with next and total', async () => {
    const em = emulator();
    for (let i = 0; i < 60; i++) await ok(em, 'department.add', { NAME: `Группа ${i}`, PARENT: 2 });
    const first = await call(em, 'department.get', {});
    expect(first.body.result).toHaveLength(50);
    expect([first.body.next, first.body.total]).toEqual([50, 62]);
    const second = await call(em, 'department.get', { start: 50 });
    expect(second.body.result).toHaveLength(12);
    expect(second.body.next).toBeUndefined();
  });

  // docs/bitrix24/company-structure.md#department-writes
  it('department.update sets UF_HEAD, user.get returns UF_DEPARTMENT as numbers and filters with FILTER', async () => {
    const em = emulator();
    expect(await ok(em, 'department.update', { ID: 2, UF_HEAD: 3 })).toBe(true);
    expect((await ok(em, 'department.get', { ID: 2 }))[0].UF_HEAD).toBe('3');
    const users = await ok(em, 'user.get', { FILTER: { UF_DEPARTMENT: 2, ACTIVE: true } });
    expect(users.map((u: Json) => u.ID)).toEqual(['2', '3', '4', '5']);
    expect(users[0].UF_DEPARTMENT).toEqual([2]);
    expect(await ok(em, 'user.get', { filter: { NAME: 'Мар%' } })).toHaveLength(1);
    expect(await ok(em, 'user.get', { filter: { '!%LAST_NAME': 'ова' } })).toHaveLength(3);
    expect(await ok(em, 'user.get', { FILTER: { EMAIL: 'head@example.com' } })).toHaveLength(1);
  });

  // docs/bitrix24/company-structure.md#supervisor-rule
  it('the supervisor of a user is the first head up the PARENT chain who is not the user', () => {
    const em = emulator();
    const byId = (id: number) => em.state.users.find((u) => u.id === id)!;
    expect(supervisorOf(em.state, byId(3))).toBe(2);
    expect(supervisorOf(em.state, byId(2))).toBe(1);
    expect(supervisorOf(em.state, byId(1))).toBeNull();
  });
});

// docs/bitrix24/transport.md
describe('transport', () => {
  // docs/bitrix24/errors.md#method-not-found
  it('an unknown method gives 404 ERROR_METHOD_NOT_FOUND (crm.stage.list does not exist)', async () => {
    const em = emulator();
    expect(await fail(em, 'crm.stage.list')).toEqual({
      status: 404,
      error: 'ERROR_METHOD_NOT_FOUND',
      description: 'Method not found!',
    });
    expect(await fail(em, 'crm.automation.rule.list')).toMatchObject({ status: 404 });
  });

  // docs/bitrix24/transport.md#method-names
  it('method names are case-insensitive and may end in .json', async () => {
    const em = emulator();
    expect(await ok(em, 'CRM.Category.List.json', { entityTypeId: 2 })).toHaveProperty('categories');
    expect(await ok(em, 'server.time.json')).toBe('2026-01-15T12:00:00+03:00');
  });

  // docs/bitrix24/errors.md#http-statuses
  it('a wrong secret or user gives 401 INVALID_CREDENTIALS', async () => {
    const em = emulator();
    for (const auth of [
      { userId: 1, secret: 'wrong' },
      { userId: 2, secret: 'sandboxsecret0000' },
    ]) {
      const res = await em.handle({ method: 'profile', params: {}, auth });
      expect(res).toEqual({
        status: 401,
        body: { error: 'INVALID_CREDENTIALS', error_description: 'Invalid request credentials' },
      });
    }
    expect(
      (await em.handle({ method: 'profile', params: {}, auth: { userId: 1, secret: 'sandboxsecret0000' } }))
        .status,
    ).toBe(200);
  });

  // docs/bitrix24/errors.md#http-statuses
  it('a method outside the webhook scopes gives 401 insufficient_scope with the documented text', async () => {
    const em = emulator({ webhook: { userId: 1, secret: 's', scopes: ['crm'] } });
    expect(await fail(em, 'user.get')).toEqual({
      status: 401,
      error: 'insufficient_scope',
      description: 'The request requires higher privileges than provided by the webhook token',
    });
    expect(await fail(em, 'tasks.task.list')).toMatchObject({ error: 'insufficient_scope' });
    expect(await ok(em, 'scope')).toEqual(['crm']);
    expect(await ok(em, 'scope', { full: true })).toEqual(
      expect.arrayContaining(['crm', 'user', 'task', 'imopenlines']),
    );
    expect(await ok(em, 'method.get', { name: 'user.get' })).toEqual({
      isExisting: true,
      isAvailable: false,
    });
    expect(await ok(em, 'method.get', { name: 'crm.stage.list' })).toEqual({
      isExisting: false,
      isAvailable: false,
    });
  });

  // docs/bitrix24/webhook-preflight.md#app-info
  it('app.info for a webhook returns {SCOPE, LICENSE}; profile returns ADMIN; user.admin a boolean', async () => {
    const em = emulator({ licence: 'ru_ent250' });
    const info = await ok(em, 'app.info');
    expect(info.LICENSE).toBe('ru_ent250');
    expect(info.SCOPE).toContain('crm');
    expect(await ok(em, 'profile')).toMatchObject({ ID: '1', ADMIN: true });
    expect(await ok(em, 'user.admin')).toBe(true);
    expect(await ok(em, 'crm.settings.mode.get')).toBe(1);
  });

  // docs/bitrix24/transport.md#answer-envelope
  it('every answer carries time with start/finish/duration/processing/date_start/date_finish/operating/operating_reset_at', async () => {
    const em = emulator();
    const a = await call(em, 'crm.status.list', { filter: { ENTITY_ID: 'DEAL_STAGE' } });
    expect(Object.keys(a.body.time).sort()).toEqual(
      [
        'date_finish',
        'date_start',
        'duration',
        'finish',
        'operating',
        'operating_reset_at',
        'processing',
        'start',
      ].sort(),
    );
    expect(a.body.time.start).toBe(NOW / 1000);
    expect(a.body.time.date_start).toBe('2026-01-15T12:00:00+03:00');
    expect(a.body.time.operating).toBeGreaterThan(0);
  });

  // docs/bitrix24/automation.md#template-writes-need-an-application
  it('app-only methods answer a webhook with 403 ACCESS_DENIED "Application context required"', async () => {
    const em = emulator();
    expect(await fail(em, 'bizproc.workflow.template.add', {})).toEqual({
      status: 403,
      error: 'ACCESS_DENIED',
      description: 'Access denied! Application context required',
    });
    expect(await ok(em, 'bizproc.workflow.template.list', {})).toEqual([]);
  });
});

// docs/bitrix24/batch.md#batch-response
describe('batch', () => {
  // docs/bitrix24/batch.md#result-references
  it('$result references are resolved before each command, including list rows $result[x][0][ID]', async () => {
    const em = emulator();
    const res = await ok(em, 'batch', {
      halt: 0,
      cmd: {
        add: 'crm.category.add?entityTypeId=2&fields%5Bname%5D=Pipeline%20X',
        get: 'crm.category.get?entityTypeId=2&id=%24result%5Badd%5D%5Bcategory%5D%5Bid%5D',
        stage:
          'crm.status.add?fields[ENTITY_ID]=DEAL_STAGE_$result[add][category][id]&fields[STATUS_ID]=DECISION&fields[NAME]=Решение&fields[SORT]=55',
        me: 'user.current',
        dep: 'department.get?ID=$result[me][UF_DEPARTMENT][0]',
        first: 'crm.status.list?filter[ENTITY_ID]=DEAL_STAGE',
        byRow: 'crm.status.get?id=$result[first][0][ID]',
      },
    });
    expect(res.result.get.category.name).toBe('Pipeline X');
    expect(em.state.statuses.find((s) => s.id === res.result.stage)?.statusId).toBe('C1:DECISION');
    expect(res.result.dep[0].ID).toBe('1');
    expect(res.result.byRow.STATUS_ID).toBe('NEW');
    expect(res.result_total).toMatchObject({ dep: 1, first: 8 });
    expect(res.result_error).toEqual([]);
    expect(res.result_next).toEqual([]);
    expect(Object.keys(res.result_time)).toContain('add');
  });

  // docs/bitrix24/batch.md#halt
  it('halt=1 stops at the first failing command; halt=0 runs on; the HTTP status is always 200', async () => {
    const em = emulator();
    const cmd = {
      a: 'crm.status.add?fields[ENTITY_ID]=SOURCE&fields[NAME]=no-code',
      b: 'crm.status.add?fields[ENTITY_ID]=SOURCE&fields[STATUS_ID]=FAIR&fields[NAME]=Ярмарка',
    };
    const halted = await call(em, 'batch', { halt: 1, cmd });
    expect(halted.status).toBe(200);
    expect(halted.body.result.result).toEqual([]);
    expect(halted.body.result.result_error).toEqual({
      a: { error: '', error_description: 'The field STATUS_ID is required.' },
    });
    const on = await call(em, 'batch', { halt: 0, cmd });
    expect(Object.keys(on.body.result.result)).toEqual(['b']);
  });

  // docs/bitrix24/batch.md#command-limit
  it('more than 50 commands give ERROR_BATCH_LENGTH_EXCEEDED (for each command past the 50th)', async () => {
    // docs/bitrix24/batch.md#command-limit methodsBatch: the first 50 run; every further command gets the
    // error.
    const em = emulator();
    const cmd = Object.fromEntries(Array.from({ length: 52 }, (_, i) => [`c${i}`, 'server.time']));
    const res = await ok(em, 'batch', { cmd });
    expect(Object.keys(res.result)).toHaveLength(50);
    expect(res.result_error).toEqual({
      c50: { error: 'ERROR_BATCH_LENGTH_EXCEEDED', error_description: 'Max batch length exceeded' },
      c51: { error: 'ERROR_BATCH_LENGTH_EXCEEDED', error_description: 'Max batch length exceeded' },
    });
  });

  // docs/bitrix24/batch.md#result-references
  it('an embedded reference is replaced together with any text after it (processBatchElement)', async () => {
    const em = emulator();
    const res = await ok(em, 'batch', {
      cmd: {
        add: 'crm.category.add?entityTypeId=2&fields[name]=X',
        // Text after the last ] is part of the replaced run, so ENTITY_ID becomes DEAL_STAGE_<id>.
        list: 'crm.status.list?filter[ENTITY_ID]=DEAL_STAGE_$result[add][category][id]&order[SORT]=ASC',
        whole: 'crm.category.get?entityTypeId=2&id=$result[add][category][id]',
      },
    });
    expect((res.result.list as unknown[]).length).toBe(8);
    expect((res.result.whole as { category: { name: string } }).category.name).toBe('X');
  });

  // docs/bitrix24/batch.md#missing-references
  it('a reference to a command that failed is no error: inside a text it stays as written', async () => {
    const em = emulator();
    const res = await ok(em, 'batch', {
      halt: 0,
      cmd: {
        bad: 'crm.status.add?fields[ENTITY_ID]=SOURCE&fields[NAME]=no-code',
        named:
          'crm.status.add?fields[ENTITY_ID]=SOURCE&fields[STATUS_ID]=FAIR&fields[NAME]=Fair_$result[bad]',
      },
    });
    expect(Object.keys(res.result_error)).toEqual(['bad']);
    expect(em.state.statuses.find((s) => s.id === res.result.named)?.name).toBe('Fair_$result[bad]');
  });

  // docs/bitrix24/batch.md#no-nesting
  it('a nested batch is refused with ERROR_BATCH_METHOD_NOT_ALLOWED', async () => {
    const em = emulator();
    const res = await ok(em, 'batch', { cmd: { inner: 'batch?cmd[x]=server.time' } });
    expect(res.result_error.inner).toEqual({
      error: 'ERROR_BATCH_METHOD_NOT_ALLOWED',
      error_description: 'Method is not allowed for batch usage',
    });
  });

  // docs/bitrix24/batch.md#batch-response
  it('scope errors inside a batch come back with an empty description (fixture batch.error-halt0.json)', async () => {
    const em = emulator({ webhook: { userId: 1, secret: 's', scopes: ['crm'] } });
    const res = await ok(em, 'batch', {
      halt: 0,
      cmd: { get_user: 'user.current', get_department: 'department.get?ID=1' },
    });
    expect(res.result_error).toEqual({
      get_user: { error: 'insufficient_scope', error_description: '' },
      get_department: { error: 'insufficient_scope', error_description: '' },
    });
  });
});

// docs/bitrix24/limits.md#leaky-bucket
describe('limits', () => {
  // docs/bitrix24/limits.md#leaky-bucket
  it('the leaky bucket allows a burst of 50 per IP, then 503 QUERY_LIMIT_EXCEEDED, and drains 2 per second', async () => {
    const em = emulator({ limits: {} });
    const hit = (ip: string) => em.handle({ method: 'server.time', params: {}, ip });
    for (let i = 0; i < 50; i++) expect((await hit('10.0.0.1')).status).toBe(200);
    expect(await hit('10.0.0.1')).toEqual({
      status: 503,
      body: { error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' },
    });
    expect((await hit('10.0.0.2')).status).toBe(200);
    em.clock.advance(1000);
    expect((await hit('10.0.0.1')).status).toBe(200);
    expect((await hit('10.0.0.1')).status).toBe(200);
    expect((await hit('10.0.0.1')).status).toBe(503);
  });

  // docs/bitrix24/limits.md#leaky-bucket
  it('an Enterprise licence gets a bucket of 250 draining 5 per second', async () => {
    const em = emulator({ limits: {}, licence: 'ru_ent250' });
    expect(em.limits).toMatchObject({ burst: 250, drainPerSec: 5 });
    for (let i = 0; i < 250; i++)
      expect((await em.handle({ method: 'server.time', params: {} })).status).toBe(200);
    expect((await em.handle({ method: 'server.time', params: {} })).status).toBe(503);
  });

  // docs/bitrix24/limits.md#leaky-bucket
  it('a batch counts as one request against the bucket', async () => {
    const em = emulator({ limits: { burst: 2, drainPerSec: 1 } });
    const cmd = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`c${i}`, 'server.time']));
    expect((await em.handle({ method: 'batch', params: { cmd } })).status).toBe(200);
    expect((await em.handle({ method: 'batch', params: { cmd } })).status).toBe(200);
    expect((await em.handle({ method: 'batch', params: { cmd } })).status).toBe(503);
  });

  // docs/bitrix24/limits.md#operating-time
  it('a method over its operating-time budget is blocked with 429 OPERATION_TIME_LIMIT until the window passes', async () => {
    const em = emulator({ limits: { operatingLimitSec: 0.2, burst: 10_000 } });
    let blocked = 0;
    for (let i = 0; i < 30; i++) {
      const r = await call(em, 'crm.status.add', {
        fields: { ENTITY_ID: 'SOURCE', STATUS_ID: `S${i}`, NAME: 'x' },
      });
      if (r.status === 429) {
        expect(r.body).toEqual({
          error: 'OPERATION_TIME_LIMIT',
          error_description: 'Method is blocked due to operation time limit.',
        });
        blocked++;
      }
    }
    expect(blocked).toBeGreaterThan(0);
    expect((await call(em, 'crm.status.list', {})).status).toBe(200);
    em.clock.advance(11 * 60_000);
    expect(
      (await call(em, 'crm.status.add', { fields: { ENTITY_ID: 'SOURCE', STATUS_ID: 'LATER', NAME: 'x' } }))
        .status,
    ).toBe(200);
  });

  // docs/bitrix24/batch.md#batch-cost
  it('inside a batch each command is charged to its own method; the outer batch is not', async () => {
    const em = emulator({ limits: { operatingLimitSec: 0.12, burst: 10_000 } });
    const cmd = Object.fromEntries(
      Array.from({ length: 5 }, (_, i) => [
        `a${i}`,
        `crm.status.add?fields[ENTITY_ID]=SOURCE&fields[STATUS_ID]=B${i}&fields[NAME]=x`,
      ]),
    );
    const res = await ok(em, 'batch', { cmd });
    expect(Object.values(res.result_error).map((e: Json) => e.error)).toContain('OPERATION_TIME_LIMIT');
    expect(Object.keys(res.result).length).toBeGreaterThan(0);
    expect((await call(em, 'server.time')).status).toBe(200);
  });

  // docs/bitrix24/limits.md#leaky-bucket
  it('limits are off by default in-process', async () => {
    const em = emulator();
    expect(em.limits).toBeUndefined();
    for (let i = 0; i < 80; i++)
      expect((await em.handle({ method: 'server.time', params: {} })).status).toBe(200);
  });
});

describe('faults', () => {
  it('injects the configured kinds deterministically for a seed: 500 is an HTML page, drop-after still applies the write', async () => {
    const run = async () => {
      const em = emulator({ faults: { rate: 0.5, seed: 42 } });
      const seen: string[] = [];
      for (let i = 0; i < 40; i++) {
        const r = await em.handle({
          method: 'crm.status.add',
          params: { fields: { ENTITY_ID: 'SOURCE', STATUS_ID: `F${i}`, NAME: 'x' } },
        });
        seen.push(r.fault ?? (r.delayMs !== undefined ? 'slow' : String(r.status)));
        if (r.status === 500) {
          expect(r.text).toContain('<html>');
          expect(r.body).toBeUndefined();
        }
      }
      return { seen, em };
    };
    const a = await run();
    const b = await run();
    expect(a.seen).toEqual(b.seen);
    expect(new Set(a.seen).size).toBeGreaterThan(4);
    const applied = (id: number) => a.em.state.statuses.some((s) => s.statusId === `F${id}`);
    a.seen.forEach((kind, i) => {
      if (kind === 'drop-after' || kind === 'timeout' || kind === 'slow' || kind === '200')
        expect(applied(i)).toBe(true);
      if (kind === 'drop-before' || kind === '503' || kind === '429' || kind === '500')
        expect(applied(i)).toBe(false);
    });
  });
});
