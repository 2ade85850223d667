/**
 * What one HTTP request shares on a portal: a batch runs its commands in one PHP process, so a static
 * cache filled by one command and $APPLICATION's exception are seen by the later ones
 * (docs/bitrix24/parity.md#batch-process-exception, #status-entity-types-cache, #batch-halt).
 */
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/sandbox/emulator.js';
import { call, emulator, ok, type Json } from './helpers.js';

async function batch(em: Emulator, params: Record<string, unknown>) {
  const a = await call(em, 'batch', params);
  expect(a.status).toBe(200);
  return a.body.result as { result: Json; result_error: Json };
}

describe('processException (parity.md#batch-process-exception)', () => {
  it('after a failed check of the main module every later error of the batch carries its code and text', async () => {
    const em = emulator();
    const out = await batch(em, {
      cmd: {
        bad: 'crm.deal.userfield.add?fields[FIELD_NAME]=ОЦЕНКА&fields[USER_TYPE_ID]=string',
        missing: 'crm.status.get?id=99999',
        fine: 'crm.status.list?filter[ENTITY_ID]=SOURCE',
        scope: 'no.such.method',
      },
    });
    const first = out.result_error.bad;
    expect(first.error).toBe('ERROR_CORE');
    expect(first.error_description).toMatch(/^Field name contains invalid characters.*<br>$/);
    expect(out.result_error.missing).toEqual(first);
    expect(out.result_error.scope).toEqual(first);
    expect(Array.isArray(out.result.fine)).toBe(true);
  });

  it('an error before it keeps its own text, and the next request starts clean', async () => {
    const em = emulator();
    const out = await batch(em, {
      cmd: {
        missing: 'crm.status.get?id=99999',
        bad: 'crm.deal.userfield.add?fields[FIELD_NAME]=ОЦЕНКА&fields[USER_TYPE_ID]=string',
      },
    });
    expect(out.result_error.missing).toEqual({ error: '', error_description: 'CRM Status is not found.' });
    const again = await call(em, 'crm.status.get', { id: 99999 });
    expect(again.body).toEqual({ error: '', error_description: 'CRM Status is not found.' });
  });

  it('a legacy crm error in a batch has an empty code (result_error {"error": ""})', async () => {
    const em = emulator();
    const out = await batch(em, { cmd: { s: 'crm.status.add?fields[ENTITY_ID]=SOURCE&fields[NAME]=X' } });
    expect(out.result_error.s).toEqual({ error: '', error_description: 'The field STATUS_ID is required.' });
  });
});

describe('CCrmStatusRestProxy::$ENTITY_TYPES (parity.md#status-entity-types-cache)', () => {
  const newPipelineStage = (after: string[]) => {
    const cmd: Record<string, string> = {};
    for (const c of after)
      cmd[c] = 'crm.status.add?fields[ENTITY_ID]=SOURCE&fields[STATUS_ID]=' + c + '&fields[NAME]=' + c;
    cmd.p = 'crm.category.add?entityTypeId=2&fields[name]=Новая';
    cmd.s =
      'crm.status.add?fields[ENTITY_ID]=DEAL_STAGE_$result[p][category][id]&fields[STATUS_ID]=X&fields[NAME]=X&fields[SORT]=15';
    return cmd;
  };

  it('a stage of a pipeline created earlier in the same batch is refused once crm.status.add ran before it', async () => {
    const em = emulator();
    const out = await batch(em, { cmd: newPipelineStage(['FAIR']) });
    expect(out.result.FAIR).toBeGreaterThan(0);
    expect(out.result.p.category.id).toBeGreaterThan(0);
    expect(out.result_error.s).toEqual({
      error: '',
      error_description: 'Specified entity type is not supported.',
    });
  });

  it('without an earlier crm.status.add in the request the new pipeline is known', async () => {
    const em = emulator();
    const out = await batch(em, { cmd: newPipelineStage([]) });
    expect(out.result_error).toEqual([]);
    expect(out.result.s).toBeGreaterThan(0);
  });

  it('crm.status.entity.types fills the cache as well; the next request sees the pipeline', async () => {
    const em = emulator();
    const out = await batch(em, {
      cmd: {
        t: 'crm.status.entity.types',
        p: 'crm.category.add?entityTypeId=2&fields[name]=Новая',
        s: 'crm.status.add?fields[ENTITY_ID]=DEAL_STAGE_$result[p][category][id]&fields[STATUS_ID]=X&fields[NAME]=X&fields[SORT]=15',
      },
    });
    expect(out.result_error.s.error_description).toBe('Specified entity type is not supported.');
    const id = out.result.p.category.id as number;
    expect(
      await ok(em, 'crm.status.add', {
        fields: { ENTITY_ID: `DEAL_STAGE_${id}`, STATUS_ID: 'X', NAME: 'X', SORT: 15 },
      }),
    ).toBeGreaterThan(0);
  });
});

describe('halt and the form of a batch (parity.md#batch-halt)', () => {
  const cmd = { a: 'crm.status.get?id=99999', b: 'crm.status.get?id=1' };

  it.each([
    ['N', true],
    ['false', true],
    ['Y', true],
    [1, true],
    ['0', false],
    [0, false],
    ['', false],
  ])('halt=%j stops after the first error: %s', async (halt, stops) => {
    const em = emulator();
    const out = await batch(em, { halt, cmd });
    expect(out.result_error.a).toBeDefined();
    expect(out.result.b === undefined).toBe(stops);
  });

  it('reads HALT and CMD in any case and skips a command that is not a string', async () => {
    const em = emulator();
    const out = await batch(em, { HALT: 1, CMD: { x: ['crm.status.get?id=1'], ...cmd } });
    expect(Object.keys(out.result_error)).toEqual(['a']);
    expect(out.result).toEqual([]);
  });
});
