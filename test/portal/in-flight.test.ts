import { describe, expect, it } from 'vitest';
import { InternalError } from '../../src/core/errors.js';
import { InFlightLimit, runInOrder } from '../../src/portal/in-flight.js';
import { VirtualScheduler } from './helpers/virtual-time.js';

describe('InFlightLimit', () => {
  it('runs at most `limit` tasks at once, the others in the order they came', async () => {
    const time = new VirtualScheduler();
    const limit = new InFlightLimit(3);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const task = (i: number) =>
      limit.run(async () => {
        started.push(i);
        running += 1;
        peak = Math.max(peak, running);
        await time.sleep(100 + ((i * 37) % 50));
        running -= 1;
        return i * 10;
      });
    const out = await time.run(() => Promise.all(Array.from({ length: 10 }, (_, i) => task(i))));
    expect(out).toEqual(Array.from({ length: 10 }, (_, i) => i * 10));
    expect(peak).toBe(3);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('gives the place back when a task throws', async () => {
    const limit = new InFlightLimit(1);
    await expect(limit.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limit.run(() => Promise.resolve('next'))).toBe('next');
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a limit of %s', (n) => {
    expect(() => new InFlightLimit(n)).toThrow(InternalError);
  });
});

describe('runInOrder', () => {
  it('starts tasks in index order, `limit` at a time, and returns outcomes by index', async () => {
    const time = new VirtualScheduler();
    const started: number[] = [];
    const out = await time.run(() =>
      runInOrder(
        6,
        2,
        async (i) => {
          started.push(i);
          await time.sleep(i % 2 === 0 ? 300 : 100);
          return `r${i}`;
        },
        () => false,
      ),
    );
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(out).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5'].map((value) => ({ state: 'done', value })));
  });

  it('after a failure starts nothing new; the tasks already running finish', async () => {
    const time = new VirtualScheduler();
    const started: number[] = [];
    const out = await time.run(() =>
      runInOrder(
        8,
        3,
        async (i) => {
          started.push(i);
          await time.sleep(i === 1 ? 50 : 200);
          if (i === 1) throw new Error('request 1 failed');
          return i;
        },
        (o) => o.state === 'failed',
      ),
    );
    expect(started).toEqual([0, 1, 2]);
    expect(out.map((o) => o.state)).toEqual(['done', 'failed', 'done', ...Array(5).fill('not-sent')]);
    expect(out[1]).toMatchObject({ state: 'failed', error: new Error('request 1 failed') });
  });

  it('nothing to run returns nothing', async () => {
    expect(
      await runInOrder(
        0,
        4,
        () => Promise.resolve(1),
        () => false,
      ),
    ).toEqual([]);
  });
});
