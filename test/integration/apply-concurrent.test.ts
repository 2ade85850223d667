import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JournalEvent } from '../../src/apply/journal.js';
import {
  createEmulator,
  freshPortalState,
  startSandboxServer,
  type Emulator,
  type SandboxRequest,
  type SandboxResponse,
} from '../../src/sandbox/index.js';
import { generateSpecYaml, LARGE } from '../../bench/sizes.js';
import { cli } from '../helpers/run-cli.js';
import { httpRequests } from '../helpers/workspace.js';
import { isWriteRequest } from '../reliability/helpers/fault-run.js';
import { duplicates } from '../reliability/helpers/harness.js';

/**
 * Issue 18: apply sends independent requests of one run together (docs/apply-concurrency.md). The
 * bench's large spec (40 pipelines, 300 fields, open lines) against a sandbox over HTTP, each request
 * held `LATENCY_MS` at the portal so that requests really overlap.
 */
const LATENCY_MS = 25;

interface Seen {
  /** Keys of the batch's commands; empty for a single call. */
  keys: string[];
  write: boolean;
  arrived: number;
  left: number;
  status: number;
  /** One of its commands was made to fail. */
  broken?: true;
}

/** An emulator that holds each request a while, counts how many are inside at once, and logs them. */
function observedPortal(opts: { breakWrite?: number; dropWrite?: number; holdMs?: number } = {}) {
  const holdMs = opts.holdMs ?? LATENCY_MS;
  const inner = createEmulator({ state: freshPortalState() });
  const seen: Seen[] = [];
  let inside = 0;
  let most = 0;
  let writes = 0;
  const em = Object.create(inner) as Emulator;
  Object.defineProperty(em, 'handle', {
    value: async (req: SandboxRequest): Promise<SandboxResponse> => {
      const write = isWriteRequest(req.method, req.params);
      const cmd = (req.params as { cmd?: Record<string, string> }).cmd;
      const s: Seen = { keys: Object.keys(cmd ?? {}), write, arrived: performance.now(), left: 0, status: 0 };
      seen.push(s);
      inside += 1;
      most = Math.max(most, inside);
      await new Promise((r) => setTimeout(r, holdMs));
      if (write) writes += 1;
      let params = req.params;
      if (write && writes === opts.breakWrite && cmd) {
        s.broken = true;
        // One command of this request fails at the portal (halt=1 leaves the rest of it unrun).
        const key = s.keys[5] as string;
        params = { ...req.params, cmd: { ...cmd, [key]: 'crm.nosuch.method?x=1' } };
      }
      const res = await inner.handle({ ...req, params });
      inside -= 1;
      s.left = performance.now();
      s.status = res.status;
      // Run by the portal, its answer lost on the way back.
      if (write && writes === opts.dropWrite) {
        s.broken = true;
        return { ...res, fault: 'drop-after' as const };
      }
      return res;
    },
  });
  return { em, inner, seen, most: () => most };
}

function journalOf(dir: string): JournalEvent[] {
  const jdir = join(dir, '.b24cfg', 'journal');
  const last = readdirSync(jdir).sort().at(-1) as string;
  return readFileSync(join(jdir, last), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as JournalEvent);
}

function largeProject(): { dir: string; spec: string } {
  const dir = mkdtempSync(join(tmpdir(), 'b24cfg-concurrent-'));
  const spec = join(dir, 'b24cfg.yaml');
  writeFileSync(spec, generateSpecYaml(LARGE));
  return { dir, spec };
}

type RequestEvent = Extract<JournalEvent, { type: 'request' }>;

describe('apply with requests in flight together (issue 18)', () => {
  it('the large bench spec converges, with as many requests as one at a time, each sent after the requests it depends on answered', async () => {
    const portal = observedPortal();
    const server = await startSandboxServer({ emulator: portal.em });
    const { dir, spec } = largeProject();
    try {
      const r = await cli(['apply', spec, '--portal', server.url, '--yes', '--lang', 'en'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      const journal = journalOf(dir);
      const start = journal.find((e) => e.type === 'start');
      const requests = journal.filter((e): e is RequestEvent => e.type === 'request');
      const calls = start?.type === 'start' ? start.calls : 0;
      // The packing is as before: 50 calls to a request, in order.
      expect(requests).toHaveLength(Math.ceil(calls / 50));
      const writes = portal.seen.filter((s) => s.write);
      expect(writes).toHaveLength(requests.length);
      // Reads: the plan's, the re-read before writing, the read-back.
      expect(httpRequests(r.stderr)).toBe(writes.length + portal.seen.filter((s) => !s.write).length);
      expect(portal.seen.filter((s) => !s.write).length).toBeLessThanOrEqual(3);
      expect(portal.seen.every((s) => s.status === 200)).toBe(true);

      // Requests overlapped, never more than the transport's four.
      expect(portal.most()).toBeGreaterThan(1);
      expect(portal.most()).toBeLessThanOrEqual(4);
      // Every request the journal says one waited for had left the portal before it arrived.
      const byIndex = new Map(
        requests.map((q) => [q.index, writes.find((w) => w.keys[0] === q.calls[0]?.key) as Seen]),
      );
      let waited = 0;
      for (const q of requests) {
        const b = byIndex.get(q.index) as Seen;
        expect(b, `request ${q.index}`).toBeDefined();
        for (const a of q.after ?? []) {
          expect((byIndex.get(a) as Seen).left).toBeLessThanOrEqual(b.arrived);
          waited += 1;
        }
      }
      expect(waited).toBeGreaterThan(0);
      expect(journal.filter((e) => e.type === 'call' && e.status !== 'ok')).toEqual([]);

      const again = await cli(['plan', spec, '--portal', server.url, '--detailed-exitcode', '--lang', 'en'], {
        cwd: dir,
      });
      expect(again.code, again.stdout).toBe(0);
    } finally {
      await server.close();
    }
  }, 120_000);

  it('a call failing in one request stops new sends; the report counts what really ran, and a resume finishes the run', async () => {
    const portal = observedPortal({ breakWrite: 3 });
    const server = await startSandboxServer({ emulator: portal.em });
    const { dir, spec } = largeProject();
    try {
      const r = await cli(
        ['apply', spec, '--portal', server.url, '--yes', '--format', 'json', '--lang', 'en'],
        {
          cwd: dir,
        },
      );
      expect(r.code, r.stderr).toBe(4);
      const report = JSON.parse(r.stdout) as {
        counts: { planned: number; applied: number; notApplied: number; notVerified: number };
        applied: string[];
        notApplied: string[];
      };
      const journal = journalOf(dir);
      const requests = journal.filter((e): e is RequestEvent => e.type === 'request');
      const start = journal.find((e) => e.type === 'start');
      const total = start?.type === 'start' ? Math.ceil(start.calls / 50) : 0;
      // Some requests were never sent, and each journaled request was sent.
      expect(requests.length).toBeLessThan(total);
      expect(portal.seen.filter((s) => s.write)).toHaveLength(requests.length);
      // After the failed answer left the portal, only requests already on their way could arrive: at
      // most the three others in flight with it.
      const failedAt = portal.seen.find((s) => s.broken) as Seen;
      expect(failedAt).toBeDefined();
      expect(portal.seen.filter((s) => s.write && s.arrived > failedAt.left).length).toBeLessThanOrEqual(3);

      const status = new Map<string, string[]>();
      for (const e of journal)
        if (e.type === 'call')
          for (const id of e.changeIds) status.set(id, [...(status.get(id) ?? []), e.status]);
      const allOk = (id: string) => (status.get(id) ?? []).every((s) => s === 'ok');
      expect(journal.some((e) => e.type === 'call' && e.status === 'error')).toBe(true);
      expect(journal.some((e) => e.type === 'call' && e.status === 'not-run')).toBe(true);
      // Applied means every call of the change answered OK; nothing that failed or never ran is applied.
      for (const id of report.applied) expect(allOk(id), id).toBe(true);
      for (const [id, s] of status)
        if (s.some((x) => x !== 'ok')) expect(report.notApplied, id).toContain(id);
      expect(report.counts.applied + report.counts.notApplied + report.counts.notVerified).toBe(
        report.counts.planned,
      );
      expect(report.counts.applied).toBeGreaterThan(0);
      expect(report.counts.notApplied).toBeGreaterThan(0);

      const resumed = await cli(
        ['apply', spec, '--portal', server.url, '--yes', '--resume', 'last', '--lang', 'en'],
        {
          cwd: dir,
        },
      );
      expect(resumed.code, resumed.stderr).toBe(0);
      const again = await cli(['plan', spec, '--portal', server.url, '--detailed-exitcode', '--lang', 'en'], {
        cwd: dir,
      });
      expect(again.code, again.stdout).toBe(0);
    } finally {
      await server.close();
    }
  }, 120_000);

  it('--deadline in the middle of the run: what was in flight is unknown, what never went is not run; the counts say so, and a resume finishes', async () => {
    const portal = observedPortal({ holdMs: 300 });
    const server = await startSandboxServer({ emulator: portal.em });
    const { dir, spec } = largeProject();
    try {
      const r = await cli(
        [
          'apply',
          spec,
          '--portal',
          server.url,
          '--yes',
          '--deadline',
          '2',
          '--format',
          'json',
          '--lang',
          'en',
        ],
        { cwd: dir },
      );
      // 6 when the deadline refused a request; 4 when it only cut those in flight (their outcome unknown),
      // as with one request at a time.
      expect([4, 6], r.stderr).toContain(r.code);
      const report = JSON.parse(r.stdout) as {
        counts: { planned: number; applied: number; notApplied: number; notVerified: number };
        applied: string[];
        notApplied: string[];
        notVerified: string[];
      };
      const journal = journalOf(dir);
      const status = new Map<string, string[]>();
      for (const e of journal)
        if (e.type === 'call')
          for (const id of e.changeIds) status.set(id, [...(status.get(id) ?? []), e.status]);
      for (const id of report.applied)
        expect(
          (status.get(id) ?? []).every((s) => s === 'ok'),
          id,
        ).toBe(true);
      for (const [id, s] of status) {
        if (s.includes('not-run') || s.includes('error')) expect(report.notApplied, id).toContain(id);
        else if (s.includes('unknown'))
          expect([...report.notApplied, ...report.notVerified], id).toContain(id);
      }
      expect(report.counts.applied + report.counts.notApplied + report.counts.notVerified).toBe(
        report.counts.planned,
      );
      expect(report.counts.planned - report.counts.applied).toBeGreaterThan(0);

      const resumed = await cli(
        ['apply', spec, '--portal', server.url, '--yes', '--resume', 'last', '--lang', 'en'],
        {
          cwd: dir,
        },
      );
      expect(resumed.code, resumed.stderr).toBe(0);
      const again = await cli(['plan', spec, '--portal', server.url, '--detailed-exitcode', '--lang', 'en'], {
        cwd: dir,
      });
      expect(again.code, again.stdout).toBe(0);
    } finally {
      await server.close();
    }
  }, 120_000);

  it('an answer lost while other requests are in flight: unknown, the others recorded as they went; a resume finishes without duplicates', async () => {
    const portal = observedPortal({ dropWrite: 2 });
    const server = await startSandboxServer({ emulator: portal.em });
    const { dir, spec } = largeProject();
    try {
      const r = await cli(
        ['apply', spec, '--portal', server.url, '--yes', '--format', 'json', '--lang', 'en'],
        {
          cwd: dir,
        },
      );
      expect(r.code, r.stderr).toBe(4);
      const journal = journalOf(dir);
      const requests = journal.filter((e): e is RequestEvent => e.type === 'request');
      const dropped = portal.seen.find((s) => s.broken) as Seen;
      const droppedRequest = requests.find((q) => q.calls[0]?.key === dropped.keys[0]) as RequestEvent;
      const statusOf = new Map(
        journal.flatMap((e) => (e.type === 'call' ? [[e.key, e.status] as const] : [])),
      );
      expect(droppedRequest.calls.map((c) => statusOf.get(c.key))).toEqual(
        droppedRequest.calls.map(() => 'unknown'),
      );
      // The requests in flight beside it were answered and are recorded as they went.
      const beside = requests.filter((q) => q !== droppedRequest);
      expect(beside.length).toBeGreaterThan(0);
      for (const q of beside) for (const c of q.calls) expect(statusOf.get(c.key), c.key).toBe('ok');

      const resumed = await cli(
        ['apply', spec, '--portal', server.url, '--yes', '--resume', 'last', '--lang', 'en'],
        {
          cwd: dir,
        },
      );
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(duplicates(portal.inner.state)).toEqual([]);
      const again = await cli(['plan', spec, '--portal', server.url, '--detailed-exitcode', '--lang', 'en'], {
        cwd: dir,
      });
      expect(again.code, again.stdout).toBe(0);
    } finally {
      await server.close();
    }
  }, 120_000);
});
