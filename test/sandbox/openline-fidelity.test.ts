/**
 * imopenlines.config.* as the open lines module stores and answers (docs/bitrix24/parity.md#openline-fields,
 * #openline-config).
 */
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/sandbox/emulator.js';
import { call, emulator, fail, ok } from './helpers.js';

async function addLine(em: Emulator, params: Record<string, unknown>): Promise<number> {
  const id: number = await ok(em, 'imopenlines.config.add', { PARAMS: params });
  return id;
}

const line = async (em: Emulator, id: number) => await ok(em, 'imopenlines.config.get', { CONFIG_ID: id });

describe('flags and values as PHP compares them (parity.md#openline-fields)', () => {
  it.each([
    ['CRM', 'N', 'N'],
    ['CRM', 'n', 'Y'],
    ['CRM', 'false', 'Y'],
    // true == "N" holds in PHP: a JSON true switches a flag that is on unless "N" off.
    ['CRM', true, 'N'],
    ['CRM', false, 'Y'],
    ['KPI_FIRST_ANSWER_ALERT', 'Y', 'Y'],
    ['KPI_FIRST_ANSWER_ALERT', 'true', 'N'],
    ['KPI_FIRST_ANSWER_ALERT', true, 'Y'],
  ])('%s = %j is stored as %s', async (key, value, stored) => {
    const em = emulator();
    const id = await addLine(em, { LINE_NAME: 'L', [key]: value });
    expect((await line(em, id))[key]).toBe(stored);
  });

  it('keys the module does not know are dropped; numbers are whole; enums fall back', async () => {
    const em = emulator();
    const id = await addLine(em, {
      LINE_NAME: 'L',
      MY_KEY: 'x',
      QUEUE_TIME: '90.7',
      CRM_CREATE: 'contact',
      CLOSE_RULE: 'bot',
      SESSION_PRIORITY: 100000,
      KPI_FIRST_ANSWER_TEXT: '<b>#OPERATOR#</b>',
    });
    const got = await line(em, id);
    expect(got).not.toHaveProperty('MY_KEY');
    expect(got).toMatchObject({
      QUEUE_TIME: '90',
      CRM_CREATE: 'lead',
      CLOSE_RULE: 'none',
      SESSION_PRIORITY: '86400',
      KPI_FIRST_ANSWER_TEXT: '&lt;b&gt;#OPERATOR#&lt;/b&gt;',
    });
  });

  it('an added line without QUEUE_TYPE is "all" whatever the plan; a sent "all" is downgraded without the feature', async () => {
    const em = emulator();
    em.state.settings.queueAllAllowed = false;
    const plain = await addLine(em, { LINE_NAME: 'A' });
    const sent = await addLine(em, { LINE_NAME: 'B', QUEUE_TYPE: 'all' });
    expect((await line(em, plain)).QUEUE_TYPE).toBe('all');
    expect((await line(em, sent)).QUEUE_TYPE).toBe('evenly');
  });

  it('the welcome bot settings count only when the same call turns the bot on', async () => {
    const em = emulator();
    const id = await addLine(em, { LINE_NAME: 'L', WELCOME_BOT_ID: 7, WELCOME_BOT_TIME: 60 });
    expect(await line(em, id)).toMatchObject({ WELCOME_BOT_ID: '0', WELCOME_BOT_TIME: '600' });
  });
});

describe('the queue and the answers (parity.md#openline-config)', () => {
  it('an update whose queue is empty or invalid answers false and changes nothing', async () => {
    const em = emulator();
    const id = await addLine(em, { LINE_NAME: 'L', QUEUE: [{ ENTITY_TYPE: 'user', ENTITY_ID: 3 }] });
    for (const queue of [[], [{ ENTITY_TYPE: 'group', ENTITY_ID: 3 }], [4]]) {
      expect(
        await ok(em, 'imopenlines.config.update', {
          CONFIG_ID: id,
          PARAMS: { LINE_NAME: 'New', QUEUE: queue },
        }),
      ).toBe(false);
    }
    expect(await line(em, id)).toMatchObject({ LINE_NAME: 'L', QUEUE: ['3'] });
  });

  it('inactive users are dropped from the queue; plain ids count as users on add', async () => {
    const em = emulator();
    em.state.users[3]!.active = false;
    const id = await addLine(em, { LINE_NAME: 'L', QUEUE: [3, 4, 5] });
    expect((await line(em, id)).QUEUE).toEqual(['3', '5']);
  });

  it('parameters are read by their exact names; WITH_QUEUE is on unless given and not "Y"', async () => {
    const em = emulator();
    const id = await addLine(em, { LINE_NAME: 'L', QUEUE: [{ ENTITY_TYPE: 'user', ENTITY_ID: 3 }] });
    expect(await fail(em, 'imopenlines.config.get', { config_id: id })).toMatchObject({
      error: 'CONFIG_ID_EMPTY',
    });
    expect((await line(em, id)).QUEUE).toEqual(['3']);
    expect((await ok(em, 'imopenlines.config.get', { CONFIG_ID: id, WITH_QUEUE: 'y' })).QUEUE).toEqual([]);
  });

  it('a line that does not exist: update and delete answer false for a user with every right', async () => {
    const em = emulator();
    expect(await ok(em, 'imopenlines.config.update', { CONFIG_ID: 99, PARAMS: { LINE_NAME: 'X' } })).toBe(
      false,
    );
    expect(await ok(em, 'imopenlines.config.delete', { CONFIG_ID: 99 })).toBe(false);
  });

  it('within one batch config.get answers from its cache: a line reads as it was first read', async () => {
    const em = emulator();
    const id = await addLine(em, { LINE_NAME: 'Old' });
    const a = await call(em, 'batch', {
      cmd: {
        before: `imopenlines.config.get?CONFIG_ID=${id}`,
        update: `imopenlines.config.update?CONFIG_ID=${id}&PARAMS[LINE_NAME]=New`,
        after: `imopenlines.config.get?CONFIG_ID=${id}`,
      },
    });
    expect(a.body.result.result.after.LINE_NAME).toBe('Old');
    expect((await line(em, id)).LINE_NAME).toBe('New');
  });
});

describe('crm.documentgenerator.numerator.list (parity.md#docgen-numerator)', () => {
  it('counts the rows of the page as the total, so a portal with more than 50 numerators has no next', async () => {
    const em = emulator();
    for (let i = 0; i < 55; i++)
      await ok(em, 'crm.documentgenerator.numerator.add', {
        fields: { name: `N${i}`, template: '{NUMBER}' },
      });
    const first = await call(em, 'crm.documentgenerator.numerator.list', {});
    expect(first.body.result.numerators).toHaveLength(50);
    expect([first.body.total, first.body.next]).toEqual([50, undefined]);
    const second = await call(em, 'crm.documentgenerator.numerator.list', { start: 50 });
    expect([second.body.result.numerators.length, second.body.total]).toEqual([5, 5]);
  });
});
