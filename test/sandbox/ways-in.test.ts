import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createVirtualClock } from '../../src/sandbox/clock.js';
import { createEmulator } from '../../src/sandbox/emulator.js';
import { sandboxMswHandlers } from '../../src/sandbox/msw.js';
import { loadSandboxState } from '../../src/sandbox/persistence.js';
import { startSandboxServer } from '../../src/sandbox/server.js';
import { createSandboxWire, SandboxWireFailure } from '../../src/sandbox/wire.js';
import { openSandboxWire } from '../../src/portal/sandbox-adapter.js';
import { WireFailure } from '../../src/portal/wire.js';
import { NOW, type Json } from './helpers.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'b24cfg-sandbox-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('in-process wire', () => {
  it('is a sandbox Wire whose params and answers go through a JSON round trip', async () => {
    const emulator = createEmulator({ clock: createVirtualClock(NOW) });
    const wire = await createSandboxWire({ emulator });
    expect([wire.kind, wire.host]).toEqual(['sandbox', 'sandbox']);
    const r = await wire.send('crm.category.add', {
      entityTypeId: 2,
      fields: { name: 'X', skipped: undefined, when: new Date(NOW) },
    });
    expect(r.status).toBe(200);
    const list = await wire.send('crm.userfield.types', {});
    (list.body as Json).result[0].ID = 'mutated by the client';
    expect(((await wire.send('crm.userfield.types', {})).body as Json).result[0].ID).toBe('string');
  });

  // The sandbox says what an HTTP wire would have met; the adapter production code uses turns that into
  // the transport's own WireFailure, so both must carry the same failure and maybeDelivered.
  const ways = [
    ['the sandbox wire', createSandboxWire, SandboxWireFailure],
    ['the portal adapter', openSandboxWire, WireFailure],
  ] as const;
  it.each(ways)(
    '%s turns injected faults into the failure an HTTP wire would raise',
    async (_n, open, type) => {
      const kinds = ['drop-before', 'drop-after', 'timeout'] as const;
      for (const kind of kinds) {
        const emulator = createEmulator({
          clock: createVirtualClock(NOW),
          faults: { rate: 1, seed: 1, kinds: [kind] },
        });
        const wire = await open({ emulator });
        const e = await wire
          .send('crm.status.add', { fields: { ENTITY_ID: 'SOURCE', STATUS_ID: 'FAIR', NAME: 'x' } })
          .catch((x: unknown) => x);
        expect(e).toBeInstanceOf(type);
        expect((e as WireFailure).maybeDelivered).toBe(kind !== 'drop-before');
        expect(emulator.state.statuses.some((s) => s.statusId === 'FAIR')).toBe(kind !== 'drop-before');
      }
      const slow = createEmulator({
        clock: createVirtualClock(NOW),
        faults: { rate: 1, seed: 1, kinds: ['slow'], slowMs: 5000 },
      });
      const wire = await open({ emulator: slow });
      const failed = await wire.send('server.time', {}, { timeoutMs: 1000 }).catch((x: unknown) => x);
      expect(failed).toBeInstanceOf(type);
      expect((failed as WireFailure).failure).toBe('timeout');
      expect(slow.clock.now()).toBe(NOW + 1000);
      expect((await wire.send('server.time', {})).status).toBe(200);
      expect(slow.clock.now()).toBe(NOW + 6000);
      const aborted = await wire
        .send('server.time', {}, { signal: AbortSignal.abort() })
        .catch((x: unknown) => x);
      expect((aborted as WireFailure).failure).toBe('aborted');
    },
  );

  it('with statePath: creates a fresh portal when missing, saves on close only when something changed', async () => {
    const path = join(dir, 'portal.json');
    const first = await createSandboxWire({ statePath: path });
    expect(first.host).toBe('sandbox:portal.json');
    await first.send('crm.category.add', { entityTypeId: 2, fields: { name: 'Сохранённая' } });
    await first.close?.();
    expect((await loadSandboxState(path)).pipelines.map((p) => p.name)).toEqual(['Сохранённая']);
    const mtime = (await stat(path)).mtimeMs;
    const second = await createSandboxWire({ statePath: path });
    const list = await second.send('crm.category.list', { entityTypeId: 2 });
    expect((list.body as Json).result.categories).toHaveLength(2);
    await second.close?.();
    expect((await stat(path)).mtimeMs).toBe(mtime);
  });
});

function post(
  url: string,
  body: string,
  contentType: string,
): Promise<{ status: number; text: string; type: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'Content-Type': contentType } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString('utf8')));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, text, type: String(res.headers['content-type']) }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('HTTP server', () => {
  it('serves the webhook URL: JSON and form bodies, .json suffix, query string ignored, credentials checked', async () => {
    const emulator = createEmulator({ clock: createVirtualClock(NOW) });
    const server = await startSandboxServer({ emulator });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}/rest/1/sandboxsecret0000/`);
      const json = await post(
        `${server.url}crm.category.add.json?bx24_sdk_ver=2.2.0`,
        JSON.stringify({ entityTypeId: 2, fields: { name: 'JSON' } }),
        'application/json',
      );
      expect(json.status).toBe(200);
      expect(json.type).toContain('application/json');
      const form = await post(
        `${server.url}crm.category.add`,
        'entityTypeId=2&fields%5Bname%5D=%D0%A4%D0%BE%D1%80%D0%BC%D0%B0',
        'application/x-www-form-urlencoded',
      );
      expect(JSON.parse(form.text).result.category.name).toBe('Форма');
      const wrong = await post(
        `http://127.0.0.1:${server.port}/rest/1/wrong/profile`,
        '{}',
        'application/json',
      );
      expect([wrong.status, JSON.parse(wrong.text).error]).toEqual([401, 'INVALID_CREDENTIALS']);
      const notRest = await post(`http://127.0.0.1:${server.port}/index.php`, '', 'text/plain');
      expect(notRest.status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('acts out faults for real: a 500 HTML page, a dropped socket, a stalled answer', async () => {
    const kinds = ['500', 'drop-after', 'timeout'] as const;
    for (const kind of kinds) {
      const emulator = createEmulator({
        clock: createVirtualClock(NOW),
        faults: { rate: 1, seed: 2, kinds: [kind] },
      });
      const server = await startSandboxServer({ emulator });
      try {
        const url = `${server.url}crm.status.add`;
        const body = JSON.stringify({ fields: { ENTITY_ID: 'SOURCE', STATUS_ID: 'FAIR', NAME: 'x' } });
        if (kind === '500') {
          const r = await post(url, body, 'application/json');
          expect([
            r.status,
            r.type.startsWith('text/html'),
            r.text.includes('500 Internal Server Error'),
          ]).toEqual([500, true, true]);
        } else if (kind === 'drop-after') {
          await expect(post(url, body, 'application/json')).rejects.toThrow(/socket hang up|ECONNRESET/);
          expect(emulator.state.statuses.some((s) => s.statusId === 'FAIR')).toBe(true);
        } else {
          const stalled = await Promise.race([
            post(url, body, 'application/json').then(
              () => 'answered',
              () => 'dropped',
            ),
            new Promise((r) => setTimeout(() => r('stalled'), 200)),
          ]);
          expect(stalled).toBe('stalled');
        }
      } finally {
        await server.close();
      }
    }
  });

  it('delays answers by --latency', async () => {
    const server = await startSandboxServer({ emulator: createEmulator(), latencyMs: 60 });
    try {
      const t0 = performance.now();
      expect((await post(`${server.url}server.time`, '', 'application/json')).status).toBe(200);
      expect(performance.now() - t0).toBeGreaterThanOrEqual(55);
    } finally {
      await server.close();
    }
  });
});

describe('msw handlers', () => {
  const emulator = createEmulator({ clock: createVirtualClock(NOW) });
  const server = setupServer(...sandboxMswHandlers(emulator));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it('answer fetch on https://sandbox.bitrix24.test/rest/1/sandboxsecret0000/<method> with the emulator', async () => {
    const res = await fetch('https://sandbox.bitrix24.test/rest/1/sandboxsecret0000/crm.category.add', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ entityTypeId: 2, fields: { name: 'MSW' } }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Json).result.category.name).toBe('MSW');
    const denied = await fetch('https://sandbox.bitrix24.test/rest/1/nope/scope', { method: 'POST' });
    expect(denied.status).toBe(401);
    expect(emulator.state.pipelines.map((p) => p.name)).toEqual(['MSW']);
  });

  it('turn connection faults into network errors', async () => {
    const faulty = createEmulator({ faults: { rate: 1, seed: 3, kinds: ['drop-before'] } });
    server.use(...sandboxMswHandlers(faulty, 'https://faulty.bitrix24.test'));
    await expect(
      fetch('https://faulty.bitrix24.test/rest/1/sandboxsecret0000/scope', { method: 'POST' }),
    ).rejects.toThrow();
  });
});

it('a saved state file is readable JSON with the state version', async () => {
  const emulator = createEmulator();
  const path = join(dir, 'saved.json');
  await emulator.save(path);
  const raw = JSON.parse(await readFile(path, 'utf8'));
  expect(raw.version).toBe(1);
  expect((await loadSandboxState(path)).statuses.length).toBe(emulator.state.statuses.length);
});
