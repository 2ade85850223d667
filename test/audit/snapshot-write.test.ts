import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { registerSecret } from '../../src/core/redact.js';
import { readAuditSnapshot, snapshotHash } from '../../src/audit/snapshot-io.js';
import { RowsFingerprint, snapshotFingerprint } from '../../src/audit/fingerprint.js';
import { SnapshotWriter } from '../../src/audit/snapshot-write.js';
import type { PortalState } from '../../src/resources/state.js';
import {
  AUDIT_DATA_VERSION,
  ROW_FAMILIES,
  type AuditFacts,
  type RowFamily,
} from '../../src/standards/audit-data.js';
import { dealRow, taskRow } from '../../src/standards/audit-rows.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const STATE = {
  info: { host: 'x.bitrix24.ru', kind: 'http', readAt: '2026-01-15T09:00:00.000Z' },
} as unknown as PortalState;
const FACTS: AuditFacts = {
  version: AUDIT_DATA_VERSION,
  now: '2026-01-15T09:00:00.000Z',
  since: { SD: '2025-12-16T09:00:00.000Z' } as unknown as AuditFacts['since'],
  counts: { leadsTotal: 3 },
  unsupervisedDeals: {},
  npsField: null,
  repeatPipelines: [2],
  errors: { calls: { method: 'voximplant.statistic.get', code: 'insufficient_scope', description: 'no' } },
  stats: { httpRequests: 4, restCalls: 9, configRequests: 1, rows: 5, pages: 3, counts: 9, floorRequests: 4 },
};
const deal = (id: number) =>
  dealRow({
    id,
    category: 0,
    stage: 'NEW',
    assigned: 1,
    contact: null,
    created: '2026-01-01T00:00:00Z',
    entered: null,
    closed: null,
    nps: false,
  });
// A title that carries the webhook's secret: the file must not.
registerSecret('abcdefsecret');
const task = taskRow({
  id: 3,
  title: 'см. https://x.example.bitrix24.ru/rest/1/abcdefsecret/ ',
  status: 2,
  deadline: null,
  responsible: 1,
  created: null,
  deals: [1],
});

describe('--save-snapshot written as the rows stream (issue #18)', () => {
  it('gives the file JSON.stringify would, rows one a line, redacted; its fingerprint is the streamed one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'b24cfg-snapw-'));
    dirs.push(dir);
    const path = join(dir, 'out', 'snap.json');
    const w = await SnapshotWriter.open(path);
    const fp = new RowsFingerprint();
    const feed = async (family: RowFamily, rows: unknown[]) => {
      const lines = rows.map((r) => JSON.stringify(r));
      fp.add(family, lines);
      await w.add(family, lines);
    };
    // Families interleaved, as scans run side by side; calls read a page and then failed.
    await feed('openDeals', [deal(1), deal(2)]);
    await feed('tasks', [task]);
    await feed('calls', [{ duration: 1, id: 1, recorded: false, start: null, user: 1 }]);
    await feed('openDeals', [deal(4)]);
    await feed('recentDeals', [1, 2]);
    fp.drop('calls');
    await w.drop('calls');
    await w.finish(STATE.info.readAt, STATE, FACTS);

    const raw = await readFile(path, 'utf8');
    expect(raw).not.toContain('abcdefsecret');
    expect(raw).toContain(`      ${JSON.stringify(deal(4))}\n`);
    const redactedTask = { ...task, title: 'см. https://x.example.bitrix24.ru/rest/1/***/ ' };
    const whole = {
      kind: 'b24cfg-snapshot',
      version: 1,
      takenAt: STATE.info.readAt,
      state: STATE,
      audit: {
        ...FACTS,
        ...Object.fromEntries(ROW_FAMILIES.map((f) => [f, []])),
        openDeals: [deal(1), deal(2), deal(4)],
        tasks: [redactedTask],
        recentDeals: [1, 2],
      },
    };
    expect(JSON.parse(raw)).toEqual(whole);
    // Same keys in the same order as the object written whole.
    expect(Object.keys((JSON.parse(raw) as { audit: object }).audit)).toEqual(
      Object.keys({ ...FACTS, ...Object.fromEntries(ROW_FAMILIES.map((f) => [f, []])) })
        .filter((k) => k !== 'errors' && k !== 'stats')
        .concat(['errors', 'stats']),
    );
    expect(await readdir(join(dir, 'out'))).toEqual(['snap.json']);

    const snap = await readAuditSnapshot(path);
    // The secret was in a row the fingerprint saw before redaction; the file's own hash is of the file.
    expect(snapshotHash(snap)).not.toBe(
      snapshotFingerprint(STATE.info.readAt, STATE, { facts: FACTS, rows: fp.digests() }),
    );
    const clean = new RowsFingerprint();
    clean.add(
      'openDeals',
      [deal(1), deal(2), deal(4)].map((r) => JSON.stringify(r)),
    );
    clean.add('tasks', [JSON.stringify(redactedTask)]);
    clean.add('recentDeals', ['1', '2']);
    expect(snapshotHash(snap)).toBe(
      snapshotFingerprint(STATE.info.readAt, STATE, { facts: FACTS, rows: clean.digests() }),
    );
  });

  it('an audit that stops leaves no file and no spools behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'b24cfg-snapw-'));
    dirs.push(dir);
    const w = await SnapshotWriter.open(join(dir, 'snap.json'));
    await w.add('openDeals', [JSON.stringify(deal(1))]);
    await w.abort();
    expect(await readdir(dir)).toEqual([]);
  });
});
