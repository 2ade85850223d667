import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/core/exit-codes.js';
import { B24Error } from '../../src/portal/errors.js';
import { createTransport } from '../../src/portal/transport.js';
import { WireFailure, type Wire, type WireSendOptions } from '../../src/portal/wire.js';
import { fail, ok, VirtualClock, type Reply } from './helpers/fake-wire.js';

/**
 * Issue 15 item 6, the command's side: `--deadline` bounds the whole exchange with the portal. No request
 * starts after it, no wait (pacing, backoff) runs past it, and a request in flight gets only the time left.
 * Virtual time: the clock moves only when the transport sleeps or the wire says a request took time.
 */
interface Sent {
  method: string;
  at: number;
  timeoutMs: number | undefined;
}

function wireOf(clock: VirtualClock, respond: (n: number, opts: WireSendOptions) => Reply) {
  const sent: Sent[] = [];
  const wire: Wire = {
    host: 'test.bitrix24.ru',
    kind: 'http',
    send(method, _params, opts = {}) {
      sent.push({ method, at: clock.now(), timeoutMs: opts.timeoutMs });
      const r = respond(sent.length, opts);
      return r instanceof WireFailure ? Promise.reject(r) : Promise.resolve(r);
    },
  };
  return { wire, sent };
}

async function caught(p: Promise<unknown>): Promise<B24Error> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  if (e instanceof B24Error) return e;
  throw new Error(`expected a B24Error, got ${String(e)}`);
}

describe('--deadline', () => {
  it('stops retrying a failing read when the next backoff would end past it; exit 6, says so', async () => {
    const clock = new VirtualClock();
    const start = clock.now();
    const { wire, sent } = wireOf(clock, () => fail(503, 'INTERNAL_SERVER_ERROR', 'busy'));
    const client = createTransport(wire, {
      tier: 'standard',
      deadlineMs: 2500,
      retry: { transientRetries: 10 },
      sleep: clock.sleep,
      now: clock.now,
    });
    const e = await caught(client.call('crm.status.list'));
    expect(e).toMatchObject({ code: 'B24_DEADLINE', exitCode: EXIT.budget });
    expect(e.render('en').message).toBe(
      'the command ran past --deadline 3 s: stopped at crm.status.list, nothing more was sent',
    );
    // Backoff 1 s, then 2 s would end at 3 s, past the 2.5 s deadline: two requests, no sleep past it.
    expect(sent.map((s) => s.at - start)).toEqual([0, 1000]);
    expect(clock.now() - start).toBeLessThanOrEqual(2500);
  });

  it('no request starts once it has passed, even one far down a list', async () => {
    const clock = new VirtualClock();
    const { wire, sent } = wireOf(clock, () => {
      clock.t += 400; // each answer takes 0.4 s
      return ok([]);
    });
    const client = createTransport(wire, {
      tier: 'standard',
      deadlineMs: 1000,
      sleep: clock.sleep,
      now: clock.now,
    });
    const results: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      results.push(
        await client.call('crm.status.list').then(
          () => 'ok',
          (x: unknown) => (x instanceof B24Error ? x.code : String(x)),
        ),
      );
    }
    expect(results).toEqual(['ok', 'ok', 'ok', 'B24_DEADLINE', 'B24_DEADLINE']);
    expect(sent).toHaveLength(3);
  });

  it('gives a request only the time left, and a timeout at the deadline is the deadline', async () => {
    const clock = new VirtualClock();
    const { wire, sent } = wireOf(clock, (n, opts) => {
      if (n === 1) {
        clock.t += 3000;
        return ok([]);
      }
      clock.t += opts.timeoutMs ?? 0;
      return new WireFailure('timeout', true, 'no answer within 2 s', 'ETIMEDOUT');
    });
    const client = createTransport(wire, {
      tier: 'standard',
      timeoutMs: 65_000,
      deadlineMs: 5000,
      sleep: clock.sleep,
      now: clock.now,
    });
    await client.call('crm.status.list');
    const e = await caught(client.call('crm.status.list'));
    expect(sent.map((s) => s.timeoutMs)).toEqual([5000, 2000]);
    expect(e.code).toBe('B24_DEADLINE');
  });

  it('a write cut at it is an unknown outcome that names the deadline, not "no answer within 0 s"', async () => {
    const clock = new VirtualClock();
    const { wire } = wireOf(clock, (_n, opts) => {
      clock.t += opts.timeoutMs ?? 0;
      return new WireFailure('timeout', true, 'no answer within 0 s', 'ETIMEDOUT');
    });
    const client = createTransport(wire, {
      tier: 'standard',
      deadlineMs: 3000,
      sleep: clock.sleep,
      now: clock.now,
    });
    const e = await caught(
      client.call('crm.status.add', { fields: { ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'X', NAME: 'X' } }),
    );
    expect(e).toMatchObject({ code: 'B24_UNKNOWN_OUTCOME', exitCode: EXIT.partial });
    expect(e.render('en').message).toContain('cut at --deadline 3 s');
  });

  it('a pacing wait that would end past it is not started', async () => {
    const clock = new VirtualClock();
    const { wire, sent } = wireOf(clock, () => ok([]));
    // The standard tier's bucket holds 50 requests and drains 2 a second
    // (docs/bitrix24/limits.md#leaky-bucket): the 51st waits, past a deadline of 0.2 s.
    const client = createTransport(wire, {
      tier: 'standard',
      deadlineMs: 200,
      sleep: clock.sleep,
      now: clock.now,
    });
    const codes: string[] = [];
    for (let i = 0; i < 60; i += 1) {
      codes.push(
        await client.call('crm.status.list').then(
          () => 'ok',
          (x: unknown) => (x instanceof B24Error ? x.code : String(x)),
        ),
      );
    }
    expect(sent.length).toBeLessThan(60);
    expect(codes.slice(sent.length)).toEqual(Array(60 - sent.length).fill('B24_DEADLINE'));
    expect(clock.sleeps.every((ms) => ms < 200)).toBe(true);
  });

  it('without it nothing changes: the same failing read retries as the policy says', async () => {
    const clock = new VirtualClock();
    const { wire, sent } = wireOf(clock, () => fail(503, 'INTERNAL_SERVER_ERROR', 'busy'));
    const client = createTransport(wire, {
      tier: 'standard',
      retry: { transientRetries: 3 },
      sleep: clock.sleep,
      now: clock.now,
    });
    const e = await caught(client.call('crm.status.list'));
    expect(e.exitCode).toBe(EXIT.budget);
    expect(sent).toHaveLength(4);
  });
});
