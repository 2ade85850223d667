import { spawn } from 'node:child_process';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/core/exit-codes.js';
import { B24Error } from '../../src/portal/errors.js';
import { createHttpWire } from '../../src/portal/http-wire.js';
import { createTransport } from '../../src/portal/transport.js';
import { WireFailure } from '../../src/portal/wire.js';
import { ensureBuilt } from '../helpers/ensure-built.js';
import { tmpTree } from '../spec/helpers.js';

/**
 * Issue 15 item 6: a server that sends 200 and then one byte a second kept `plan --timeout 5` running
 * past 120 s and `doctor` past 200 s, because the timeout fired only on silence. `--timeout` now covers
 * the whole answer: such a server is cut within --timeout + 1 s, by a real slow HTTP server here.
 */
let server: Server;
let base = '';
const open = new Set<ServerResponse>();
let requests = 0;
/** When each request reached the server (performance.now()), so a CLI run is timed from its first request. */
const arrivals: number[] = [];
const BIN = fileURLToPath(new URL('../../bin/b24cfg.js', import.meta.url));

beforeAll(async () => {
  ensureBuilt();
  server = createServer((req, res) => {
    requests += 1;
    arrivals.push(performance.now());
    req.resume();
    open.add(res);
    res.on('close', () => open.delete(res));
    if (req.url?.startsWith('/rest/1/silent/')) return; // accepts, never answers
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.write('{"result":"');
    const drip = setInterval(() => res.write('x'), 1000);
    res.on('close', () => clearInterval(drip));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const res of open) res.destroy();
  await new Promise<void>((r) => server.close(() => r()));
});

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

describe('--timeout covers the whole answer', () => {
  it('the wire cuts an answer that drips one byte a second, and says it had started', async () => {
    const wire = createHttpWire(`${base}/rest/1/dripSecret0001/`, { timeoutMs: 1500 });
    const { value: e, ms } = await timed(() => wire.send('server.time', {}).catch((x: unknown) => x));
    expect(e).toBeInstanceOf(WireFailure);
    expect(e).toMatchObject({ failure: 'timeout', answerStarted: true, maybeDelivered: true });
    expect((e as Error).message).toBe('the answer did not finish within 2 s');
    expect(ms).toBeGreaterThanOrEqual(1400);
    expect(ms).toBeLessThan(2500);
  });

  it('a read cut mid-answer is not sent again (it would only drip again); exit 6, resumable', async () => {
    const before = requests;
    const client = createTransport(createHttpWire(`${base}/rest/1/dripSecret0001/`), {
      timeoutMs: 1000,
      tier: 'standard',
    });
    const { value: e, ms } = await timed(() => client.call('crm.status.list').catch((x: unknown) => x));
    expect(e).toBeInstanceOf(B24Error);
    expect(e).toMatchObject({ code: 'B24_TIMEOUT', exitCode: EXIT.budget });
    expect(requests - before).toBe(1);
    expect(ms).toBeLessThan(2000);
  });

  it('silence is still retried for a read, each attempt bounded', async () => {
    const before = requests;
    const slept: number[] = [];
    const client = createTransport(createHttpWire(`${base}/rest/1/silent/`), {
      timeoutMs: 300,
      tier: 'standard',
      retry: { transientRetries: 2 },
      sleep: (ms) => {
        slept.push(ms);
        return Promise.resolve();
      },
    });
    const e = await client.call('crm.status.list').catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'B24_TIMEOUT', exitCode: EXIT.budget });
    expect(requests - before).toBe(3);
    expect(slept).toEqual([1000, 2000]);
  });

  it.each([
    ['plan', ['plan', 'spec.yaml']],
    ['doctor', ['doctor']],
  ])(
    'b24cfg %s --timeout 2 against the dripping server ends within 3 s of its first request',
    async (_name, args) => {
      const dir = await tmpTree({ 'spec.yaml': 'version: 1\nclient: Медленный портал\n' });
      const argv = [...args, '--portal', `${base}/rest/1/dripSecret0001/`, '--timeout', '2', '--lang', 'en'];
      const seen = arrivals.length;
      const r = await runBin(argv, dir);
      const ended = performance.now();
      // Node's own start-up on a busy machine is not the portal's doing: the clock starts at the first request.
      expect(arrivals.length).toBeGreaterThan(seen);
      expect(ended - (arrivals[seen] ?? ended)).toBeLessThan(3000);
      expect(r.code, r.out).not.toBe(0);
      expect(r.out).toContain('the answer did not finish within 2 s');
    },
  );
});

describe('--deadline bounds the whole command', () => {
  it('b24cfg plan --deadline 2 against a portal that never answers stops at it, exit 6', async () => {
    const dir = await tmpTree({ 'spec.yaml': 'version: 1\nclient: Молчащий портал\n' });
    const argv = [
      'plan',
      'spec.yaml',
      '--portal',
      `${base}/rest/1/silent/`,
      '--deadline',
      '2',
      '--lang',
      'en',
    ];
    const seen = arrivals.length;
    const r = await runBin(argv, dir);
    const ended = performance.now();
    expect(arrivals.length).toBeGreaterThan(seen);
    expect(ended - (arrivals[seen] ?? ended)).toBeLessThan(3000);
    expect(r.code, r.out).toBe(EXIT.budget);
    expect(r.out).toContain('[B24_DEADLINE] the command ran past --deadline 2 s');
  });
});

/** The real binary in a child process: its whole run is what a user waits for. */
function runBin(argv: string[], cwd: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...argv], { cwd, env: { PATH: process.env.PATH ?? '' } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.on('close', (code) => resolve({ code, out }));
  });
}
