/**
 * `audit --snapshot` reads the file front to back (issue #18): any JSON layout of the same content gives
 * the same report and hash; a snapshot saved before the streaming fingerprint gets the hash that
 * version printed; a damaged file is refused with its place.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditPortal,
  auditSettings,
  auditSnapshot,
  scoreAudited,
  type AuditSettings,
} from '../../src/audit/audit.js';
import { readAuditSnapshot, snapshotHash, type AuditSnapshot } from '../../src/audit/snapshot-io.js';
import { CliError } from '../../src/core/errors.js';
import { fingerprintOf } from '../../src/core/hash.js';
import { openSandboxWire } from '../../src/portal/sandbox-adapter.js';
import { readSnapshot } from '../../src/portal/snapshot-file.js';
import { createTransport } from '../../src/portal/transport.js';
import type { AuditReport } from '../../src/report/audit/types.js';
import { createEmulator, createVirtualClock, generatePortal } from '../../src/sandbox/index.js';
import { ROW_FAMILIES, type RowFamily } from '../../src/standards/audit-data.js';
import { rowFromJson } from '../../src/standards/audit-rows.js';

const NOW = Date.UTC(2026, 0, 15, 9, 0, 0);

/** The key order of rows as b24cfg wrote them before the streaming fingerprint (git show b0b07de^). */
const OLDER_KEYS: Partial<Record<RowFamily, string[]>> = {
  openDeals: ['id', 'category', 'stage', 'assigned', 'contact', 'created', 'entered', 'closed', 'nps'],
  openActivities: ['id', 'owner', 'type', 'provider', 'deadline'],
  tasks: ['id', 'title', 'status', 'deadline', 'responsible', 'created', 'deals'],
  calls: ['id', 'user', 'start', 'duration', 'recorded'],
};
const olderKeysOf = (f: RowFamily) =>
  OLDER_KEYS[f] ?? (['wonDeals', 'lostDeals', 'repeatDeals'].includes(f) ? OLDER_KEYS.openDeals : undefined);

type Json = Record<string, unknown> & { audit: Record<string, unknown> };

let dir: string;
let settings: AuditSettings;
let saved: string;
let live: AuditReport;
let whole: Json;

const write = async (name: string, text: string) => {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
};
const fromSnapshot = async (path: string) =>
  scoreAudited(settings, await auditSnapshot(settings, path, 'snap.json'), dir);
const refusal = async (path: string): Promise<CliError> => {
  const e = await auditSnapshot(settings, path, 'x').then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(CliError);
  return e as CliError;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'b24cfg-snapread-'));
  settings = await auditSettings(undefined, dir);
  const { state } = generatePortal({ seed: 6, deals: 2500, now: NOW });
  const em = createEmulator({ state, clock: createVirtualClock(NOW) });
  const client = createTransport(await openSandboxWire({ emulator: em }), {
    sleep: () => Promise.resolve(),
    now: () => NOW,
  });
  saved = join(dir, 'snap.json');
  live = scoreAudited(
    settings,
    await auditPortal(settings, client, {
      now: () => new Date(NOW),
      saveSnapshot: { path: saved, shownAs: 'snap.json' },
    }),
    dir,
  );
  whole = JSON.parse(await readFile(saved, 'utf8')) as Json;
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('audit --snapshot read front to back (issue #18)', () => {
  it('prints the hash snapshotHash gives for the file read whole, the live audit’s', async () => {
    const parsed = structuredClone(whole) as unknown as AuditSnapshot;
    const audit = parsed.audit as unknown as Record<RowFamily, unknown[]>;
    for (const f of ROW_FAMILIES) audit[f] = audit[f].map((r) => rowFromJson(f, r));
    const report = await fromSnapshot(saved);
    expect(report.source.hash).toBe(snapshotHash(parsed));
    expect(report.source.hash).toBe(live.source.hash);
    expect(report.results).toEqual(live.results);
    expect((await readAuditSnapshot(saved)).audit).toEqual(parsed.audit);
  });

  it.each([
    ['pretty-printed whole (jq .)', (j: Json) => JSON.stringify(j, null, 2)],
    ['minified', (j: Json) => JSON.stringify(j)],
    [
      'the rows before the facts and the envelope last (two passes)',
      (j: Json) => {
        const { kind, version, takenAt, state, audit } = j;
        const rows = Object.fromEntries(ROW_FAMILIES.map((f) => [f, audit[f]]));
        const facts = Object.fromEntries(Object.entries(audit).filter(([k]) => !(k in rows)));
        return JSON.stringify({ audit: { ...rows, ...facts }, state, takenAt, version, kind }, null, 1);
      },
    ],
  ])('another layout of the same content, %s, audits the same with the same hash', async (name, layout) => {
    const report = await fromSnapshot(await write(`${name.length}.json`, layout(whole)));
    expect(report).toEqual(await fromSnapshot(saved));
  });

  it('a snapshot saved before the streaming fingerprint prints the hash that version printed', async () => {
    const older = structuredClone(whole);
    for (const f of ROW_FAMILIES) {
      const keys = olderKeysOf(f);
      if (keys)
        older.audit[f] = (older.audit[f] as Array<Record<string, unknown>>).map((r) =>
          Object.fromEntries(keys.map((k) => [k, r[k]])),
        );
    }
    const path = await write('older.json', `${JSON.stringify(older, null, 2)}\n`);
    const report = await fromSnapshot(path);
    // The algorithm of that version (src/audit/snapshot-io.ts before commit b0b07de).
    const thenPrinted = fingerprintOf({ takenAt: older.takenAt, state: older.state, audit: older.audit });
    expect(report.source.hash).toBe(thenPrinted);
    expect(report.source.hash).not.toBe(live.source.hash);
    expect(report.results).toEqual(live.results);

    // With a CRM settings archive's facts kept, as that version hashed them.
    const crmSettings = {
      archive: {
        source: 'crm.zip',
        writtenAt: '2026-01-10T08:00:00.000Z',
        manifestCode: 'crm',
        manifestVersion: '1',
      },
      pipelines: [],
      roles: [],
    };
    const withArchive = await write('older-crm.json', JSON.stringify({ ...older, crmSettings }, null, 2));
    const audited = await auditSnapshot(settings, withArchive, 'x');
    expect(audited.source.hash).toBe(
      fingerprintOf({ takenAt: older.takenAt, state: older.state, audit: older.audit, crmSettings }),
    );
  });

  it('a snapshot the older b24cfg itself saved gets the hash that b24cfg printed', async () => {
    // test/audit/golden/older-snapshot.json: `audit --save-snapshot` of b24cfg built at b0b07de^ against
    // `sandbox serve --seed large --deals 150`; its live report printed this hash (and scored 42.3, before
    // the task standards read tasks by their window).
    const golden = join(import.meta.dirname, 'golden', 'older-snapshot.json');
    const report = await fromSnapshot(golden);
    expect(report.source.hash).toBe('sha256:1becb051230cc1548df6c8c0df5c4cbe');
    // The same content with its rows as b24cfg writes them now: the same report, the current hash.
    const now = JSON.parse(await readFile(golden, 'utf8')) as Json;
    for (const f of ROW_FAMILIES) now.audit[f] = (now.audit[f] as unknown[]).map((r) => rowFromJson(f, r));
    const current = await fromSnapshot(await write('golden-now.json', JSON.stringify(now)));
    expect(current.source.hash).not.toBe(report.source.hash);
    expect(current).toEqual({ ...report, source: current.source });
  });

  it.each([
    ['cut in the middle of a row', (t: string) => t.slice(0, Math.floor(t.length / 2)), /^.+:\d+:\d+$/],
    ['cut after the last row', (t: string) => t.slice(0, t.lastIndexOf('"errors"')), /^.+:\d+:\d+$/],
    ['a stray comma', (t: string) => t.replace('\n    ],\n', '\n    ,],\n'), /^.+:\d+:\d+$/],
  ])('a damaged file (%s) is refused with its line and column', async (name, damage, where) => {
    const e = await refusal(await write(`cut-${name.length}.json`, damage(await readFile(saved, 'utf8'))));
    expect(e.code).toBe('SNAPSHOT_UNREADABLE');
    expect(e.where).toMatch(where);
    expect(e.render('en').message).toContain('not JSON');
  });

  it('a row that is not what b24cfg writes is refused with its line', async () => {
    const lines = (await readFile(saved, 'utf8')).split('\n');
    const at = lines.findIndex((l) => l.includes('"stage":'));
    lines[at] = (lines[at] ?? '').replace(/"stage":"[^"]*"/, '"stage":5');
    const e = await refusal(await write('bad-row.json', lines.join('\n')));
    expect(e.code).toBe('SNAPSHOT_UNREADABLE');
    expect(e.where).toBe(`${join(dir, 'bad-row.json')}:${at + 1}`);
  });

  it.each([
    ['a family missing', (j: Json) => ({ ...j, audit: { ...j.audit, calls: undefined } })],
    ['another data version', (j: Json) => ({ ...j, audit: { ...j.audit, version: 2 } })],
    ['the data part twice', (j: Json) => j, '"audit": {"version": 1}, '],
  ])('%s is refused', async (name, change, prefix = '') => {
    const text = JSON.stringify(change(structuredClone(whole)), null, 2);
    const e = await refusal(await write(`refused-${name.length}.json`, text.replace('{', `{${prefix}`)));
    expect(e.code).toBe('SNAPSHOT_UNREADABLE');
  });

  it('restore reads the envelope and lets the data pass unkept', async () => {
    const snap = await readSnapshot(saved);
    expect(Object.keys(snap).sort()).toEqual(['kind', 'state', 'takenAt', 'version']);
    expect(snap.state).toEqual(whole.state);
  });
});
