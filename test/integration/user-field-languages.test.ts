import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPlanned } from '../../src/apply/apply.js';
import { executePlan } from '../../src/apply/execute-plan.js';
import { planAgainstPortal, type SpecInput } from '../../src/plan/against-portal.js';
import type { B24Client } from '../../src/portal/client.js';
import { openSandboxWire } from '../../src/portal/sandbox-adapter.js';
import { createTransport } from '../../src/portal/transport.js';
import type { Field, Spec } from '../../src/spec/spec.generated.js';
import { freshPortalState } from '../../src/sandbox/index.js';
import { createEmulator } from '../../src/sandbox/emulator.js';
import { PORTAL_LANGUAGES } from '../../src/sandbox/userfield-model.js';

/**
 * A label or help map on update writes "" to every portal language it does not list
 * (docs/bitrix24/parity.md#uf-labels). The plan reads such a field's texts in every language with one
 * userfield.get in its follow-up request and sends them back (src/resources/user-fields/all-texts.ts),
 * so a Ukrainian or Kazakh card keeps its title.
 */
const LABEL = 'Откуда узнал';
const HELP = 'Спросите клиента';

async function portalWithField() {
  const em = createEmulator({ state: freshPortalState() });
  const call = async (method: string, params: Record<string, unknown>) => {
    const r = await em.handle({
      method,
      params: JSON.parse(JSON.stringify(params)) as Record<string, unknown>,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return (r.body as { result: unknown }).result;
  };
  // A string label and help: every one of the portal's languages holds them.
  const id = await call('crm.deal.userfield.add', {
    fields: { FIELD_NAME: 'SOURCE_NOTE', USER_TYPE_ID: 'string', LABEL, EDIT_FORM_LABEL: LABEL },
  });
  await call('crm.deal.userfield.update', { id, fields: { HELP_MESSAGE: HELP, ERROR_MESSAGE: '' } });
  const client = createTransport(await openSandboxWire({ emulator: em }), {
    sleep: () => Promise.resolve(),
    now: () => 0,
  });
  const get = async () =>
    (await call('crm.deal.userfield.get', { id })) as Record<string, Record<string, string>>;
  return { client, get };
}

const specOf = (f: Partial<Field>): Spec => ({
  version: 1,
  fields: { deal: [{ code: 'SOURCE_NOTE', type: 'string', label: LABEL, help: HELP, ...f }] },
});

const input = (spec: Spec): SpecInput => ({
  spec,
  specFile: 'spec.yaml',
  specHash: 'h',
  stateDir: mkdtempSync(join(tmpdir(), 'b24cfg-uf-langs-')),
});

async function planOn(client: B24Client, spec: Spec) {
  const before = client.stats.httpRequests;
  const planned = await planAgainstPortal(
    input(spec),
    client,
    { prune: false, allowDataLoss: false },
    new Date(),
  );
  return { planned, requests: client.stats.httpRequests - before };
}

const others = PORTAL_LANGUAGES.filter((l) => l !== 'ru' && l !== 'en');

describe('a label or help map keeps the portal languages the spec does not name', () => {
  it.each<{ name: string; change: Partial<Field>; keys: string[] }>([
    {
      name: 'label {ru, en}',
      change: { label: { ru: 'Источник', en: 'Source' } },
      keys: ['EDIT_FORM_LABEL', 'LIST_COLUMN_LABEL', 'LIST_FILTER_LABEL'],
    },
    { name: 'help {ru, en}', change: { help: { ru: 'Уточните', en: 'Ask' } }, keys: ['HELP_MESSAGE'] },
  ])('$name: ru and en new, every other language unchanged, one request more', async ({ change, keys }) => {
    const { client, get } = await portalWithField();
    const spec = specOf(change);
    const { planned, requests } = await planOn(client, spec);
    expect(requests).toBe(2);
    const c = planned.plan.changes.find((x) => x.id === 'userField:deal.SOURCE_NOTE');
    expect(c?.op).toBe('update');
    expect(c && 'note' in c ? c.note : undefined).toBeUndefined();
    const r = await executePlan(planned, input(spec), client, () => new Date());
    expect(r.verified).toBe(true);
    expect(r.notApplied).toEqual([]);
    const field = await get();
    const want = (change.label ?? change.help) as Record<string, string>;
    const old = keys[0] === 'HELP_MESSAGE' ? HELP : LABEL;
    for (const key of keys) {
      expect(field[key]?.ru, key).toBe(want.ru);
      expect(field[key]?.en, key).toBe(want.en);
      for (const lang of others) expect(field[key]?.[lang], `${key}.${lang}`).toBe(old);
    }
    // Nothing left to do, and no get asked for.
    const again = await planOn(client, spec);
    expect(again.requests).toBe(1);
    expect(again.planned.plan.changes).toEqual([]);
  });

  it.each<{ name: string; change: Partial<Field> }>([
    { name: 'nothing changes', change: {} },
    { name: 'a label map that matches', change: { label: { ru: LABEL, en: LABEL } } },
    { name: 'a string label changes: it goes to every language', change: { label: 'Источник' } },
    { name: 'a label map with another attribute changed', change: { label: { ru: LABEL }, mandatory: true } },
  ])('no get when no map is sent ($name): one request', async ({ change }) => {
    const { client } = await portalWithField();
    expect((await planOn(client, specOf(change))).requests).toBe(1);
  });

  it('a failed get refuses the update, and the portal keeps every text', async () => {
    const { client, get } = await portalWithField();
    const failing = new Proxy(client, {
      get(target, prop, receiver) {
        if (prop !== 'batch') return Reflect.get(target, prop, receiver) as unknown;
        return async (...args: Parameters<B24Client['batch']>) =>
          (await target.batch(...args)).map((r) =>
            r.key.startsWith('uf_get_')
              ? { key: r.key, ok: false, error: { code: 'ERROR_NOT_FOUND', description: 'Not found' } }
              : r,
          );
      },
    });
    const { planned, requests } = await planOn(failing, specOf({ label: { ru: 'Источник' } }));
    expect(requests).toBe(2);
    const c = planned.plan.changes.find((x) => x.id === 'userField:deal.SOURCE_NOTE');
    expect(c?.op).toBe('blocked');
    expect(planned.plan.changes.map((x) => x.op)).toEqual(['blocked']);
    expect(new Set(Object.values((await get()).EDIT_FORM_LABEL ?? {}))).toEqual(new Set([LABEL]));
  });

  it('apply asked to confirm re-reads under its lock with the same get: same fingerprint, no re-plan', async () => {
    const { client, get } = await portalWithField();
    const spec = specOf({ label: { ru: 'Источник', en: 'Source' } });
    const { planned } = await planOn(client, spec);
    const before = client.stats.httpRequests;
    const notes: unknown[] = [];
    const out = await applyPlanned(
      {
        planned,
        input: input(spec),
        client,
        skipBlocked: false,
        priorCreated: [],
        lockDir: mkdtempSync(join(tmpdir(), 'b24cfg-uf-langs-locks-')),
        rerun: ['apply', 'spec.yaml'],
        now: () => new Date(),
      },
      { showPlan: () => undefined, note: (t) => notes.push(t), confirm: () => Promise.resolve(true) },
    );
    expect(out.kind).toBe('applied');
    expect(notes).toEqual([]);
    // The re-read (list batch + get), the update, the read-back.
    expect(client.stats.httpRequests - before).toBe(4);
    expect((await get()).EDIT_FORM_LABEL?.ua).toBe(LABEL);
  });
});
