/**
 * The unmodified @bitrix24/b24jssdk talks to `startSandboxServer` exactly as to a cloud portal: the SDK
 * only speaks https, so an axios interceptor turns its requests back into plain http for the loopback
 * server; its own limiter is switched off with a complete rateLimit object
 * so that the sandbox's bucket is the one that answers.
 */
import { ApiVersion, B24Hook } from '@bitrix24/b24jssdk';
import { afterEach, describe, expect, it } from 'vitest';
import { createVirtualClock } from '../../src/sandbox/clock.js';
import { createEmulator } from '../../src/sandbox/emulator.js';
import { generatePortal } from '../../src/sandbox/generator.js';
import { freshPortalState } from '../../src/sandbox/seeds.js';
import { startSandboxServer } from '../../src/sandbox/server.js';
import { ALL_VARIANTS, applyVariants } from '../../src/sandbox/variants.js';
import { NOW, type Json } from './helpers.js';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

function sdkFor(url: string): B24Hook {
  const b24 = B24Hook.fromWebhookUrl(url.replace('http://', 'https://'), {
    restrictionParams: {
      maxRetries: 1,
      rateLimit: { burstLimit: 1_000_000, drainRate: 1_000_000, adaptiveEnabled: false },
    },
  });
  for (const v of [ApiVersion.v2, ApiVersion.v3]) {
    b24
      .getHttpClient(v)
      .ajaxClient.interceptors.request.use((c) => ({ ...c, url: c.url?.replace('https://', 'http://') }));
  }
  return b24;
}

describe('@bitrix24/b24jssdk against the sandbox server', () => {
  it('creates a pipeline, adds stages, reads them back, runs a batch with $result and pages through 300 deals', async () => {
    const { state } = generatePortal({ seed: 4, deals: 300, pipelines: 1, now: NOW });
    const emulator = createEmulator({ state, clock: createVirtualClock(NOW), limits: {} });
    const server = await startSandboxServer({ emulator });
    closers.push(() => server.close());
    const b24 = sdkFor(server.url);

    const added = await b24.actions.v2.call.make<{ category: { id: number } }>({
      method: 'crm.category.add',
      params: { entityTypeId: 2, fields: { name: 'Оптовые продажи', sort: 200 } },
    });
    expect(added.isSuccess).toBe(true);
    const pipelineId = added.getData()!.result.category.id;

    for (const [code, sort] of [
      ['PRESENT', 25],
      ['OFFER', 35],
    ] as const) {
      const r = await b24.actions.v2.call.make<number>({
        method: 'crm.status.add',
        params: {
          fields: { ENTITY_ID: `DEAL_STAGE_${pipelineId}`, STATUS_ID: code, NAME: code, SORT: sort },
        },
      });
      expect(r.isSuccess).toBe(true);
    }
    const stages = await b24.actions.v2.call.make<Array<{ STATUS_ID: string }>>({
      method: 'crm.status.list',
      params: { filter: { ENTITY_ID: `DEAL_STAGE_${pipelineId}` } },
    });
    expect(stages.getData()!.result.map((s) => s.STATUS_ID)).toEqual(
      expect.arrayContaining([`C${pipelineId}:PRESENT`, `C${pipelineId}:OFFER`, `C${pipelineId}:WON`]),
    );

    const batch = await b24.actions.v2.batch.make({
      calls: {
        add: { method: 'crm.category.add', params: { entityTypeId: 2, fields: { name: 'Из пакета' } } },
        get: { method: 'crm.category.get', params: { entityTypeId: 2, id: '$result[add][category][id]' } },
        stage: {
          method: 'crm.status.add',
          params: {
            fields: {
              ENTITY_ID: 'DEAL_STAGE_$result[add][category][id]',
              STATUS_ID: 'DECISION',
              NAME: 'Решение',
              SORT: 55,
            },
          },
        },
      },
      options: { isHaltOnError: true },
    });
    expect(batch.isSuccess).toBe(true);
    const data = batch.getData() as Json;
    expect(data.get.category.name).toBe('Из пакета');
    expect(emulator.state.statuses.some((s) => s.statusId === `C${data.add.category.id}:DECISION`)).toBe(
      true,
    );

    const before = emulator.requestLog.length;
    const deals = await b24.actions.v2.callList.make<{ ID: string }>({
      method: 'crm.deal.list',
      params: { select: ['ID'] },
      idKey: 'ID',
    });
    expect(deals.isSuccess).toBe(true);
    expect(deals.getData()!.map((d) => Number(d.ID))).toEqual(emulator.state.deals.map((d) => d.id));
    expect(emulator.requestLog.length - before).toBe(7);
  });

  it('reads the answers of the server code: ERROR_NOT_FOUND with 400, an Engine code "0" with its text, the real-answer variants (parity.md#error-codes, #variants)', async () => {
    const state = freshPortalState();
    applyVariants(state, ALL_VARIANTS, NOW);
    const emulator = createEmulator({ state, clock: createVirtualClock(NOW) });
    const server = await startSandboxServer({ emulator });
    closers.push(() => server.close());
    const b24 = sdkFor(server.url);
    const failure = (method: string, params: Record<string, unknown>) =>
      b24.actions.v2.call.make({ method, params }).then(
        () => undefined,
        (e: Json) => ({ code: String(e?.code), status: Number(e?.status), message: String(e?.message) }),
      );
    expect(await failure('crm.deal.userfield.get', { id: 999 })).toEqual({
      code: 'ERROR_NOT_FOUND',
      status: 400,
      message: "The entity with ID '999' is not found.",
    });
    // The string "0" keeps the text; the SDK lost it for the number 0.
    expect(await failure('crm.category.add', { entityTypeId: 2, fields: { name: '' } })).toMatchObject({
      status: 400,
      message: "Field 'NAME' is required.",
    });
    // A legacy crm error in a batch has an empty code: the SDK counts the batch a success and drops the
    // error, which is why b24cfg reads result_error itself.
    const batch = await b24.actions.v2.batch.make({
      calls: { s: { method: 'crm.status.add', params: { fields: { ENTITY_ID: 'SOURCE', NAME: 'X' } } } },
      options: { isHaltOnError: false },
    });
    expect([batch.isSuccess, batch.getErrorMessages()]).toEqual([true, []]);
    const users = await b24.actions.v2.call.make<Array<Record<string, unknown>>>({ method: 'user.get' });
    expect(users.getData()!.result.some((u) => !('NAME' in u))).toBe(true);
    await b24.actions.v2.call.make({
      method: 'crm.deal.userfield.add',
      params: { fields: { FIELD_NAME: 'X', USER_TYPE_ID: 'string' } },
    });
    const fields = await b24.actions.v2.call.make<Record<string, unknown>>({
      method: 'crm.deal.userfield.list',
    });
    expect(Object.keys(fields.getData()!.result)).toEqual(['0']);
  });

  it('reads the answers b24cfg writes against (parity.md#uf-labels, #openline-config, #docgen-numerator, #category, #status-add, #error-codes)', async () => {
    const emulator = createEmulator({ clock: createVirtualClock(NOW) });
    const server = await startSandboxServer({ emulator });
    closers.push(() => server.close());
    const b24 = sdkFor(server.url);
    const call = async <T>(method: string, params: Record<string, unknown> = {}) =>
      (await b24.actions.v2.call.make<T>({ method, params })).getData()!;

    // A field added with LABEL, its error and help texts emptied by an update in the same batch.
    const made = await b24.actions.v2.batch.make({
      calls: {
        add: {
          method: 'crm.deal.userfield.add',
          params: {
            fields: {
              FIELD_NAME: 'VIP',
              USER_TYPE_ID: 'boolean',
              LABEL: 'VIP',
              SETTINGS: { DEFAULT_VALUE: 0 },
            },
          },
        },
        clear: {
          method: 'crm.deal.userfield.update',
          params: { id: '$result[add]', fields: { ERROR_MESSAGE: '', HELP_MESSAGE: '' } },
        },
      },
    });
    expect(made.isSuccess).toBe(true);
    const id = (made.getData() as Json).add as number;
    const field = (await call<Record<string, Json>>('crm.deal.userfield.get', { id })).result;
    expect([field.HELP_MESSAGE.ru, field.ERROR_MESSAGE.en, field.EDIT_FORM_LABEL.de]).toEqual([
      '',
      '',
      'VIP',
    ]);
    expect(field.SETTINGS.DEFAULT_VALUE).toBe(0);

    // An open line that is not there: false, not an error, for the portal's administrator.
    expect(
      (await call('imopenlines.config.update', { CONFIG_ID: 99, PARAMS: { LINE_NAME: 'X' } })).result,
    ).toBe(false);
    // The numerator list counts the rows of its page: no next, though a 51st numerator follows.
    const adds = Object.fromEntries(
      Array.from({ length: 50 }, (_, i) => [
        `n${i}`,
        {
          method: 'crm.documentgenerator.numerator.add',
          params: { fields: { name: `N${i}`, template: '{NUMBER}' } },
        },
      ]),
    );
    expect((await b24.actions.v2.batch.make({ calls: adds })).isSuccess).toBe(true);
    await call('crm.documentgenerator.numerator.add', { fields: { name: 'N50', template: '{NUMBER}' } });
    const page = await b24.actions.v2.call.make<{ numerators: unknown[] }>({
      method: 'crm.documentgenerator.numerator.list',
      params: {},
    });
    expect([page.getData()!.result.numerators.length, page.getTotal(), page.isMore()]).toEqual([
      50,
      50,
      false,
    ]);
    // Pipeline 0 before a pipeline of its own sort.
    await call('crm.category.update', { entityTypeId: 2, id: 0, fields: { sort: 300 } });
    await call('crm.category.add', { entityTypeId: 2, fields: { name: 'A', sort: 300 } });
    const pipelines = await call<{ categories: Array<{ name: string; sort: number }> }>('crm.category.list', {
      entityTypeId: 2,
    });
    expect(pipelines.result.categories.map((c) => [c.name, c.sort])).toEqual([
      ['Общее', 300],
      ['A', 300],
    ]);
    // Sources end with BOOKING; a bad STATUS_ID is ERROR_CORE with the CheckFields text.
    const sources = await call<Array<{ STATUS_ID: string }>>('crm.status.list', {
      filter: { ENTITY_ID: 'SOURCE' },
    });
    expect(sources.result.at(-1)?.STATUS_ID).toBe('BOOKING');
    const refused = await b24.actions.v2.call
      .make({
        method: 'crm.status.add',
        params: { fields: { ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'Я', NAME: 'x' } },
      })
      .then(
        () => undefined,
        (e: Json) => ({ code: String(e?.code), status: Number(e?.status) }),
      );
    expect(refused).toEqual({ code: 'ERROR_CORE', status: 400 });

    // A webhook with a wrong secret: 401 INVALID_CREDENTIALS.
    const wrong = sdkFor(server.url.replace(/\/rest\/(\d+)\/[^/]+\//, '/rest/$1/wrong-secret/'));
    const denied = await wrong.actions.v2.call
      .make({ method: 'crm.category.list', params: { entityTypeId: 2 } })
      .then(
        () => undefined,
        (e: Json) => ({ code: String(e?.code), status: Number(e?.status) }),
      );
    expect(denied).toEqual({ code: 'INVALID_CREDENTIALS', status: 401 });
  });

  it('receives 503 QUERY_LIMIT_EXCEEDED when it floods the bucket', async () => {
    const emulator = createEmulator({ clock: createVirtualClock(NOW), limits: {} });
    const server = await startSandboxServer({ emulator });
    closers.push(() => server.close());
    const b24 = sdkFor(server.url);
    const outcomes = await Promise.all(
      Array.from({ length: 60 }, () =>
        b24.actions.v2.call.make({ method: 'server.time' }).then(
          () => 'ok',
          (e: Json) => `${String(e?.code)}:${String(e?.status)}`,
        ),
      ),
    );
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(50);
    expect(outcomes.filter((o) => o === 'QUERY_LIMIT_EXCEEDED:503')).toHaveLength(10);
  });
});
