import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/core/exit-codes.js';
import { baselines, changeOf, parseSince, runIdOf, writeHistory } from '../../src/fleet/history.js';
import { defaultConcurrency, KeyedMutex, runPool } from '../../src/fleet/pool.js';
import { inShard, parseShard, shardOf } from '../../src/fleet/shard.js';
import { worstExit } from '../../src/fleet/summary.js';
import type { FleetPortalResult } from '../../src/report/fleet/types.js';

const names = Array.from({ length: 200 }, (_, i) => `portal-${i}`);

describe('shards', () => {
  it.each([
    ['1/3', { index: 1, count: 3 }],
    [' 3 / 3 ', { index: 3, count: 3 }],
    ['1/1', { index: 1, count: 1 }],
  ])('parses %j', (v, shard) => expect(parseShard(v)).toEqual(shard));

  it.each(['0/3', '4/3', '1/0', 'a/b', '2', '1/1001', ''])('refuses %j with FLEET_BAD_SHARD', (v) => {
    expect(() => parseShard(v)).toThrow(
      expect.objectContaining({ code: 'FLEET_BAD_SHARD', exitCode: EXIT.findings }),
    );
  });

  it('n shards cover the fleet once, each a fair share', () => {
    for (const count of [2, 3, 7]) {
      const parts = Array.from({ length: count }, (_, i) =>
        inShard(
          names.map((name) => ({ name })),
          { index: i + 1, count },
        ),
      );
      expect(
        parts
          .flat()
          .map((p) => p.name)
          .sort(),
      ).toEqual([...names].sort());
      for (const part of parts) expect(part.length).toBeGreaterThan((names.length / count) * 0.5);
    }
  });

  it('a portal lands on its shard by its name alone: reordering or growing the fleet never moves it', () => {
    const before = new Map(names.map((n) => [n, shardOf(n, 5)]));
    const grown = [...names.slice().reverse(), 'new-1', 'new-2'];
    for (const n of grown.filter((x) => before.has(x))) expect(shardOf(n, 5)).toBe(before.get(n));
  });
});

describe('the pool', () => {
  it('runs at most `limit` at once and returns results in the items’ order', async () => {
    let running = 0;
    let most = 0;
    const out = await runPool([50, 10, 30, 5, 20, 1], 3, async (ms, i) => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, ms));
      running--;
      return i;
    });
    expect(out).toEqual([0, 1, 2, 3, 4, 5]);
    expect(most).toBe(3);
  });

  it.each([
    [{ cpus: 2, totalMemBytes: 24 * 2 ** 30 }, 16],
    [{ cpus: 16, totalMemBytes: 64 * 2 ** 30 }, 64],
    [{ cpus: 8, totalMemBytes: 4 * 2 ** 30 }, 8],
    [{ cpus: 1, totalMemBytes: 2 ** 29 }, 2],
  ])('default concurrency for %j is %i', (machine, n) => expect(defaultConcurrency(machine)).toBe(n));

  it('one key at a time: entries of one portal never overlap', async () => {
    const m = new KeyedMutex();
    const log: string[] = [];
    const job = (key: string, name: string, ms: number) =>
      m.run(key, async () => {
        log.push(`${name}+`);
        await new Promise((r) => setTimeout(r, ms));
        log.push(`${name}-`);
      });
    await Promise.all([job('a', 'a1', 20), job('a', 'a2', 1), job('b', 'b1', 5)]);
    expect(log.indexOf('a2+')).toBeGreaterThan(log.indexOf('a1-'));
    expect(log.indexOf('b1+')).toBeLessThan(log.indexOf('a1-'));
  });
});

describe('exit codes: worst wins', () => {
  it.each([
    [[], EXIT.ok],
    [[EXIT.ok, EXIT.changes], EXIT.changes],
    [[EXIT.changes, EXIT.gateFailed], EXIT.gateFailed],
    [[EXIT.gateFailed, EXIT.findings], EXIT.findings],
    [[EXIT.findings, EXIT.budget], EXIT.budget],
    [[EXIT.budget, EXIT.auth, EXIT.findings], EXIT.auth],
    [[EXIT.auth, EXIT.internal], EXIT.internal],
  ])('%j → %i', (codes, worst) => expect(worstExit(codes)).toBe(worst));
});

describe('the history', () => {
  const portal = (name: string, value: number, failing: string[]): FleetPortalResult => ({
    name,
    labels: {},
    startedAt: '',
    finishedAt: '',
    exitCode: EXIT.ok,
    score: { value, grade: 'good', counted: 3, weightCounted: 3, byCategory: [] },
    standards: Object.fromEntries(
      ['SD-01', 'SD-02', 'SD-03'].map((id) => [id, failing.includes(id) ? 'fail' : 'pass']),
    ),
  });

  it('a run id is its start time, safe in a file name', () => {
    expect(runIdOf(new Date('2026-12-04T10:15:00.123Z'))).toBe('2026-12-04T10-15-00.123Z');
  });

  it.each([
    ['2026-12-04T10-15-00.123Z', Date.parse('2026-12-04T10:15:00.123Z')],
    ['2026-11-01', Date.parse('2026-11-01T23:59:59.999Z')],
    ['2026-11-01T08:00:00Z', Date.parse('2026-11-01T08:00:00Z')],
  ])('--since %s', (v, at) => expect(parseSince(v, '.b24cfg/fleet-history')).toBe(at));

  it('refuses a --since that is neither a run nor a date', () => {
    expect(() => parseSince('last week', 'h')).toThrow(expect.objectContaining({ code: 'FLEET_BAD_SINCE' }));
  });

  it('the baseline is the previous scored run, or the last one at or before --since', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'b24cfg-fleet-history-'));
    const r1 = '2026-10-01T09-00-00.000Z';
    const r2 = '2026-11-01T09-00-00.000Z';
    const r3 = '2026-12-01T09-00-00.000Z';
    await writeHistory(dir, r1, [portal('a', 50, ['SD-01', 'SD-02'])]);
    await writeHistory(dir, r2, [
      portal('a', 70, ['SD-01']),
      { ...portal('b', 0, []), score: undefined, error: { code: 'B24_AUTH', reason: 'auth', message: 'x' } },
    ]);
    const previous = await baselines(dir, ['a', 'b', 'c'], { current: r3 });
    expect(previous.get('a')?.run).toBe(r2);
    expect(previous.has('b')).toBe(false);
    expect(previous.has('c')).toBe(false);
    const since = await baselines(dir, ['a'], { current: r3, since: parseSince('2026-10-15', dir) });
    expect(since.get('a')?.run).toBe(r1);
    const base = since.get('a');
    if (!base) throw new Error('no baseline');
    expect(changeOf(portal('a', 65.5, ['SD-01', 'SD-03']), base)).toEqual({
      since: r1,
      previousScore: 50,
      delta: 15.5,
      newlyFailing: ['SD-03'],
      fixed: ['SD-02'],
    });
  });
});
