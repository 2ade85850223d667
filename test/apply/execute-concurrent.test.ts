import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { executeCalls } from '../../src/apply/execute.js';
import { Journal, readJournal, type JournalEvent } from '../../src/apply/journal.js';
import type { B24Client, BatchItemResult, BatchOptions, RestCall } from '../../src/portal/client.js';
import type { PlannedCall } from '../../src/resources/calls.js';

/**
 * executeCalls with requests in flight together (docs/apply-concurrency.md): a fake portal that holds
 * every request until the test answers it, in whatever order the test likes.
 */
interface Pending {
  keys: string[];
  calls: readonly RestCall[];
  answer(items?: (c: RestCall) => BatchItemResult): void;
  fail(e: Error): void;
}

function heldPortal() {
  const pending: Pending[] = [];
  const sent: string[][] = [];
  let inFlight = 0;
  let most = 0;
  const client = {
    host: 'test',
    kind: 'sandbox',
    batch: (calls: readonly RestCall[], _opts?: BatchOptions): Promise<BatchItemResult[]> => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      const keys = calls.map((c) => c.key ?? '');
      sent.push(keys);
      return new Promise((resolve, reject) => {
        pending.push({
          keys,
          calls,
          answer: (items = (c) => ({ key: c.key ?? '', ok: true, result: { echo: c.params } })) => {
            inFlight -= 1;
            resolve(calls.map(items));
          },
          fail: (e) => {
            inFlight -= 1;
            reject(e);
          },
        });
      });
    },
  } as unknown as B24Client;
  /** The request whose first call is `key`, once it has been sent. */
  const request = (key: string): Pending => {
    const p = pending.find((x) => x.keys[0] === key);
    if (!p) throw new Error(`request ${key} not sent; sent: ${sent.map((s) => s[0]).join(', ')}`);
    return p;
  };
  /** Waits (a few seconds at most) until `n` requests have been sent. */
  const sentAtLeast = async (n: number): Promise<void> => {
    for (let i = 0; i < 250 && sent.length < n; i++) await settle();
  };
  return { client, sent: () => sent.map((s) => s[0] ?? ''), request, most: () => most, sentAtLeast };
}

/** Lets the executor go on (its sends and journal writes); before a check that nothing more was sent. */
const settle = () => new Promise((r) => setTimeout(r, 20));

/** A request of 50 calls, each touching `touches` (undefined: declares nothing). */
function request(name: string, touches: string[] | undefined, refs: (i: number) => string[] = () => []) {
  return Array.from({ length: 50 }, (_, i): PlannedCall => ({
    key: `${name}_${i}`,
    method: 'crm.status.add',
    params: { n: i, ...(refs(i).length > 0 ? { id: `$result[${refs(i)[0]}][id]` } : {}) },
    changeIds: [`stage:${name}/${i}`],
    refs: refs(i),
    ...(touches ? { touches: touches as PlannedCall['touches'] } : {}),
  }));
}

function journal(): { j: Journal; events: () => Promise<JournalEvent[]> } {
  const j = new Journal(join(mkdtempSync(join(tmpdir(), 'b24cfg-exec-')), 'run.jsonl'));
  return { j, events: () => readJournal(j.path) };
}

describe('executeCalls with requests in flight together', () => {
  it('sends independent requests at once; a dependent one waits for the request it depends on, however the answers come', async () => {
    const portal = heldPortal();
    const { j, events } = journal();
    const calls = [
      ...request('a', ['status:A']),
      ...request('b', ['status:B']),
      ...request('a2', ['status:A']),
      ...request('c', ['status:C']),
    ];
    const run = executeCalls(calls, portal.client, j);
    await portal.sentAtLeast(3);
    expect(portal.sent()).toEqual(['a_0', 'b_0', 'c_0']);
    portal.request('c_0').answer();
    portal.request('b_0').answer();
    await settle();
    // a2 touches what a touches: the answers of b and c do not let it go.
    expect(portal.sent()).toEqual(['a_0', 'b_0', 'c_0']);
    portal.request('a_0').answer();
    await portal.sentAtLeast(4);
    expect(portal.sent()).toEqual(['a_0', 'b_0', 'c_0', 'a2_0']);
    portal.request('a2_0').answer();
    const r = await run;
    expect(r.stopped).toBeUndefined();
    expect(r.outcomes.map((o) => o.call.key)).toEqual(calls.map((c) => c.key));
    expect(r.outcomes.every((o) => o.status === 'ok')).toBe(true);
    const ev = await events();
    expect(
      ev.filter((e) => e.type === 'request').map((e) => e.type === 'request' && [e.index, e.after]),
    ).toEqual([
      [0, []],
      [1, []],
      [3, []],
      [2, [0]],
    ]);
    expect(ev.filter((e) => e.type === 'call')).toHaveLength(200);
  });

  it('resolves a reference to a call of an earlier request from its answer, and waits for it', async () => {
    const portal = heldPortal();
    const calls = [
      ...request('p', ['category:DEAL:new:p']),
      ...request('s', ['status:S'], (i) => (i === 3 ? ['p_7'] : [])),
    ];
    const run = executeCalls(calls, portal.client, undefined);
    await portal.sentAtLeast(1);
    expect(portal.sent()).toEqual(['p_0']);
    portal.request('p_0').answer((c) => ({ key: c.key ?? '', ok: true, result: { id: `id-of-${c.key}` } }));
    await portal.sentAtLeast(2);
    const s = portal.request('s_0');
    expect(s.calls[3]?.params.id).toBe('id-of-p_7');
    s.answer();
    expect((await run).stopped).toBeUndefined();
  });

  it('keeps at most maxInFlight requests in flight', async () => {
    const portal = heldPortal();
    const calls = ['a', 'b', 'c', 'd', 'e'].flatMap((n) => request(n, [`status:${n}`]));
    const run = executeCalls(calls, portal.client, undefined, undefined, undefined, { maxInFlight: 2 });
    const firsts = ['a_0', 'b_0', 'c_0', 'd_0', 'e_0'];
    for (const [i, key] of firsts.entries()) {
      await portal.sentAtLeast(Math.min(i + 2, firsts.length));
      const open = portal.sent().filter((k) => !firsts.slice(0, i).includes(k));
      expect(open.length).toBeLessThanOrEqual(2);
      portal.request(key).answer();
    }
    await run;
    expect(portal.most()).toBe(2);
  });

  it('a failed call stops new sends; the requests in flight are waited for and journaled as they went', async () => {
    const portal = heldPortal();
    const { j, events } = journal();
    const calls = ['a', 'b', 'c', 'd', 'e'].flatMap((n) => request(n, [`status:${n}`]));
    const run = executeCalls(calls, portal.client, j, undefined, undefined, { maxInFlight: 3 });
    await portal.sentAtLeast(3);
    expect(portal.sent()).toEqual(['a_0', 'b_0', 'c_0']);
    // b: its call 10 fails, halt leaves the rest of b unsent.
    portal
      .request('b_0')
      .answer((c) =>
        c.key === 'b_10'
          ? { key: 'b_10', ok: false, error: { code: 'ERROR_CORE', description: 'no' } }
          : { key: c.key ?? '', ok: Number((c.key ?? '').split('_')[1]) < 10, result: 1 },
      );
    await settle();
    expect(portal.sent()).toEqual(['a_0', 'b_0', 'c_0']);
    portal.request('c_0').fail(Object.assign(new Error('answer lost'), { category: 'unknown_outcome' }));
    portal.request('a_0').answer();
    const r = await run;
    expect(r.stopped).toEqual({ reason: 'call-failed' });
    const status = (name: string) => [
      ...new Set(r.outcomes.filter((o) => o.call.key.startsWith(`${name}_`)).map((o) => o.status)),
    ];
    expect(status('a')).toEqual(['ok']);
    expect(r.outcomes.filter((o) => o.call.key.startsWith('b_')).map((o) => o.status)).toEqual([
      ...Array<string>(10).fill('ok'),
      'error',
      ...Array<string>(39).fill('not-run'),
    ]);
    expect(status('c')).toEqual(['unknown']);
    expect(status('d')).toEqual(['not-run']);
    expect(status('e')).toEqual(['not-run']);
    expect(r.outcomes.map((o) => o.call.key)).toEqual(calls.map((c) => c.key));
    const ev = await events();
    expect(ev.filter((e) => e.type === 'request').map((e) => e.type === 'request' && e.index)).toEqual([
      0, 1, 2,
    ]);
    const journaled = new Map(ev.flatMap((e) => (e.type === 'call' ? [[e.key, e.status] as const] : [])));
    expect(journaled.size).toBe(250);
    for (const o of r.outcomes) expect(journaled.get(o.call.key)).toBe(o.status);
  });

  it('a request that fails as a whole stops new sends; the one in flight still counts', async () => {
    const portal = heldPortal();
    const calls = ['a', 'b', 'c'].flatMap((n) => request(n, [`status:${n}`]));
    const run = executeCalls(calls, portal.client, undefined, undefined, undefined, { maxInFlight: 2 });
    await portal.sentAtLeast(2);
    const lost = Object.assign(new Error('ECONNREFUSED'), { category: 'network' });
    portal.request('a_0').fail(lost);
    await settle();
    expect(portal.sent()).toEqual(['a_0', 'b_0']);
    portal.request('b_0').answer();
    const r = await run;
    expect(r.stopped).toEqual({ reason: 'error', error: lost });
    expect([...new Set(r.outcomes.map((o) => `${o.call.key.split('_')[0]}:${o.status}`))]).toEqual([
      'a:not-run',
      'b:ok',
      'c:not-run',
    ]);
  });

  it('the deadline names the stop when it also cut a request in flight (exit 6, not 4)', async () => {
    const portal = heldPortal();
    const calls = ['a', 'b'].flatMap((n) => request(n, [`status:${n}`]));
    const run = executeCalls(calls, portal.client, undefined);
    await portal.sentAtLeast(2);
    portal.request('a_0').fail(Object.assign(new Error('cut'), { category: 'unknown_outcome', exitCode: 4 }));
    const deadline = Object.assign(new Error('deadline'), { category: 'deadline', exitCode: 6 });
    portal.request('b_0').fail(deadline);
    const r = await run;
    expect(r.stopped).toEqual({ reason: 'error', error: deadline });
    expect([...new Set(r.outcomes.map((o) => `${o.call.key.split('_')[0]}:${o.status}`))]).toEqual([
      'a:unknown',
      'b:not-run',
    ]);
  });

  it('a call that declares nothing goes alone: after every request before it, before every request after it', async () => {
    const portal = heldPortal();
    const calls = [...request('a', ['status:A']), ...request('x', undefined), ...request('b', ['status:B'])];
    const run = executeCalls(calls, portal.client, undefined);
    await portal.sentAtLeast(1);
    expect(portal.sent()).toEqual(['a_0']);
    portal.request('a_0').answer();
    await portal.sentAtLeast(2);
    expect(portal.sent()).toEqual(['a_0', 'x_0']);
    portal.request('x_0').answer();
    await portal.sentAtLeast(3);
    portal.request('b_0').answer();
    expect((await run).stopped).toBeUndefined();
  });

  it('Ctrl-C: no further request; those in flight are waited for and recorded', async () => {
    const portal = heldPortal();
    const ctl = new AbortController();
    const calls = ['a', 'b', 'c', 'd', 'e', 'f'].flatMap((n) => request(n, [`status:${n}`]));
    const progress: number[] = [];
    const run = executeCalls(calls, portal.client, undefined, (d) => progress.push(d), ctl.signal, {
      maxInFlight: 2,
    });
    await portal.sentAtLeast(2);
    portal.request('a_0').answer();
    await portal.sentAtLeast(3);
    expect(portal.sent()).toEqual(['a_0', 'b_0', 'c_0']);
    ctl.abort('SIGINT');
    portal.request('c_0').answer();
    await settle();
    portal.request('b_0').answer();
    const r = await run;
    expect(portal.sent()).toEqual(['a_0', 'b_0', 'c_0']);
    expect(r.stopped).toEqual({ reason: 'interrupted' });
    expect([...new Set(r.outcomes.map((o) => `${o.call.key.split('_')[0]}:${o.status}`))]).toEqual([
      'a:ok',
      'b:ok',
      'c:ok',
      'd:not-run',
      'e:not-run',
      'f:not-run',
    ]);
    expect(progress).toEqual([50, 100, 150]);
  });

  it('Ctrl-C between journaling a request and sending it: the request is not sent, its calls are journaled not run', async () => {
    const portal = heldPortal();
    const ctl = new AbortController();
    const events: JournalEvent[] = [];
    const j = {
      path: 'in-memory',
      write: (e: JournalEvent) => {
        events.push(e);
        if (e.type === 'request' && e.index === 1) ctl.abort('SIGINT');
        return Promise.resolve();
      },
    } as unknown as Journal;
    const calls = ['a', 'b'].flatMap((n) => request(n, [`status:${n}`]));
    const run = executeCalls(calls, portal.client, j, undefined, ctl.signal);
    await portal.sentAtLeast(1);
    await settle();
    expect(portal.sent()).toEqual(['a_0']);
    portal.request('a_0').answer();
    const r = await run;
    expect(r.stopped).toEqual({ reason: 'interrupted' });
    const journaled = new Map(events.flatMap((e) => (e.type === 'call' ? [[e.key, e.status] as const] : [])));
    expect(journaled.get('a_0')).toBe('ok');
    expect(journaled.get('b_0')).toBe('not-run');
    expect(journaled.size).toBe(100);
  });
});
