import { describe, expect, it } from 'vitest';
import { collectInMemory } from './in-memory.js';
import { runAudit } from '../../src/audit/engine.js';
import type { AuditReport } from '../../src/report/audit/types.js';
import { readPortalState } from '../../src/resources/read-state.js';
import { createTransport } from '../../src/portal/transport.js';
import { createEmulator, createVirtualClock, generatePortal } from '../../src/sandbox/index.js';
import type { SandboxState } from '../../src/sandbox/index.js';
import { nextId } from '../../src/sandbox/state.js';
import { taskRow } from '../../src/standards/audit-rows.js';
import { openSandboxWire } from '../../src/portal/sandbox-adapter.js';

const NOW = Date.UTC(2026, 0, 15, 9, 0, 0);
const DAY = 86_400_000;

async function audit(
  state: SandboxState,
  thresholds: Record<string, Record<string, number>>,
  scopes?: string[],
) {
  const em = createEmulator({
    state,
    clock: createVirtualClock(NOW),
    ...(scopes ? { webhook: { userId: 1, secret: 's', scopes } } : {}),
  });
  // The transport paces like a real portal (50 burst, then 2 per second): virtual time keeps the test fast.
  let waited = 0;
  const client = createTransport(await openSandboxWire({ emulator: em }), {
    sleep: (ms) => {
      waited += ms;
      return Promise.resolve();
    },
    now: () => NOW + waited,
  });
  const readStart = { httpRequests: client.stats.httpRequests, restCalls: client.stats.restCalls };
  const ps = await readPortalState(client);
  const now = new Date(ps.info.readAt);
  const data = await collectInMemory(client, { state: ps, thresholds, windowDays: 30, now }, readStart);
  const report = runAudit(
    { state: ps, data, attestations: [], suppressions: [], now, thresholds, windowDays: 30 },
    { source: { kind: 'portal', hash: 'test' }, cwd: '/' },
  );
  return { report, data, client, requests: em.requestLog.length, portal: ps, now };
}

function counts(report: AuditReport, id: string): Record<string, number> {
  const f = report.results.find((r) => r.id === id)?.findings.find((x) => x.part === 'data');
  return Object.fromEntries((f?.evidence.counts ?? []).map((c) => [c.key, c.value]));
}

const pages = (rows: number) => Math.ceil(rows / 50);

describe('data collection on a generated portal of 100 000 deals', () => {
  // Windows that cover the whole generated history, so every count can be compared with the truth.
  const all = { days: 3650 };
  const thresholds = {
    'SD-05': all,
    'SD-10': all,
    'SD-11': all,
    'SD-12': all,
    'SD-16': all,
    'SD-17': all,
  };

  it('finds the numbers the generator says, within 1.2 × the request floor', async () => {
    const { state, truth } = generatePortal({ seed: 11, deals: 100_000, now: NOW });
    // Scan sizes the truth does not list, counted from the raw portal with the scans' own filters.
    const openDealActivities = state.activities.filter((a) => a.ownerTypeId === 2 && !a.completed).length;
    const emailActivities = state.activities.filter(
      (a) => a.ownerTypeId === 2 && a.typeId === 4 && a.created >= NOW - 3650 * DAY,
    ).length;
    const repeatDeals = state.deals.filter((d) => d.categoryId === 2).length;
    // Tasks come in two scans: the unfinished ones, and the finished ones created in the window.
    const finished = (t: SandboxState['tasks'][number]) => t.status === 4 || t.status === 5;
    const unfinishedTasks = state.tasks.filter((t) => !finished(t)).length;
    const finishedTasks = state.tasks.filter((t) => finished(t) && t.createdDate >= NOW - 3650 * DAY).length;
    expect(unfinishedTasks + finishedTasks).toBe(truth.tasks);
    const sizes = [
      truth.openDeals,
      openDealActivities,
      unfinishedTasks,
      finishedTasks,
      truth.wonDeals,
      truth.lostDeals,
      repeatDeals,
      truth.calls,
      truth.deals,
      emailActivities,
    ];

    const { report, data, client, requests } = await audit(state, thresholds);

    expect(counts(report, 'SD-07')).toMatchObject({
      openDeals: truth.openDeals,
      openDealsWithoutOpenActivity: truth.openDealsWithoutOpenActivity,
      overdueTasks: truth.overdueTasks,
    });
    expect(counts(report, 'SD-05')).toMatchObject({ withoutDeadline: truth.dealTasksWithoutDeadline });
    expect(counts(report, 'SD-06')).toMatchObject({
      deals: truth.deals,
      dealsWithoutSupervisor: truth.dealsWhoseResponsibleHasNoSupervisor,
      usersWithoutSupervisor: truth.usersWithoutSupervisor,
    });
    expect(counts(report, 'SD-09')).toEqual({
      wonInPeriod: truth.wonLast30Days,
      wonWithNps: truth.wonLast30DaysWithNps,
    });
    expect(counts(report, 'SD-10')).toMatchObject({ wonFollowedByRepeatDeal: truth.wonFollowedByRepeatDeal });
    expect(counts(report, 'SD-11')).toEqual({
      lostDeals: truth.lostDeals,
      lostInGenericLose: truth.lostInGenericLose,
    });
    expect(counts(report, 'SD-16')).toMatchObject({
      calls: truth.calls,
      callsWithRecording: truth.callsWithRecording,
    });
    expect(counts(report, 'SD-30')).toEqual({
      contacts: truth.contacts,
      contactsWithType: truth.contactsWithType,
    });
    expect(data.errors).toEqual({});

    // The floor: one configuration read, one request per 50 counts, one per 50 pages of all scans together.
    const floor =
      1 + Math.ceil(data.stats.counts / 50) + Math.ceil(sizes.reduce((n, s) => n + pages(s), 0) / 50);
    expect(data.stats.floorRequests).toBe(floor);
    expect(client.stats.httpRequests).toBe(requests);
    expect(data.stats.httpRequests).toBe(requests);
    expect(requests).toBeLessThanOrEqual(Math.floor(1.2 * floor));
    expect(report.collection?.httpRequests).toBe(requests);
  }, 120_000);
});

describe('data collection on small portals', () => {
  it('a fresh portal needs the configuration read and one batch of counts', async () => {
    const { state } = generatePortal({ seed: 1, deals: 0, now: NOW });
    const { data, requests } = await audit(state, {});
    expect(requests).toBe(2);
    expect(data.stats).toMatchObject({ pages: 0, rows: 0, floorRequests: 2 });
  });

  it('several small scans share one request', async () => {
    const { state } = generatePortal({ seed: 2, deals: 300, now: NOW });
    const { data, requests } = await audit(state, {});
    expect(data.stats.pages).toBeGreaterThan(8);
    expect(data.stats.pages).toBeLessThanOrEqual(50);
    expect(requests).toBe(3);
  });

  it('reads no finished task created before the tasks window, and every unfinished one (issue #18)', async () => {
    const base = generatePortal({ seed: 4, deals: 300, now: NOW }).state;
    const withOld = structuredClone(base);
    const deal = withOld.deals[0]?.id ?? 1;
    const old = (status: number, createdDaysAgo: number) => {
      const created = NOW - createdDaysAgo * DAY;
      withOld.tasks.push({
        id: nextId(withOld, 'tasks'),
        title: 'Старая задача',
        description: '',
        status,
        deadline: created + DAY,
        createdDate: created,
        closedDate: status === 5 ? created + DAY : null,
        responsibleId: 1,
        createdBy: 1,
        priority: 1,
        groupId: 0,
        ufCrmTask: [`D_${deal}`],
        accomplices: [],
        auditors: [],
        tags: [],
      });
      return withOld.tasks.at(-1)?.id as number;
    };
    // 200 tasks finished years ago: four pages a full scan would read.
    const stale = Array.from({ length: 200 }, (_, i) => old(i % 2 === 0 ? 5 : 4, 400 + i));
    // The window is 30 days (audit.window_days): one finished a second inside it, one a day outside,
    // an old one still open and an old deferred one.
    const inside = old(5, 30 - 1 / 86_400);
    const outside = old(5, 31);
    const openOld = old(3, 900);
    const deferredOld = old(6, 900);

    const before = await audit(base, {});
    const after = await audit(withOld, {});
    const read = new Set(after.data.tasks.map((t) => t.id));
    expect(stale.filter((id) => read.has(id))).toEqual([]);
    expect(read.has(outside)).toBe(false);
    expect([inside, openOld, deferredOld].every((id) => read.has(id))).toBe(true);
    // The stale tasks cost nothing: the same pages as without them, give or take the three read.
    expect(after.data.tasks.length).toBe(before.data.tasks.length + 3);
    expect(after.data.stats.pages - before.data.stats.pages).toBeLessThanOrEqual(1);
    expect(after.requests).toBe(before.requests);
    // Two scans, the counts that size them, and each task once, in id order.
    const ids = after.data.tasks.map((t) => t.id);
    expect(ids).toEqual([...new Set(ids)].sort((a, b) => a - b));
  });

  it('a snapshot that holds every task (saved before the window) scores as the windowed read does', async () => {
    const { state } = generatePortal({ seed: 5, deals: 400, now: NOW });
    const { data, portal, now } = await audit(state, {});
    const read = new Set(data.tasks.map((t) => t.id));
    // What an older snapshot also held: the finished tasks created before the window, as the portal has them.
    const older = state.tasks
      .filter((t) => !read.has(t.id))
      .map((t) =>
        taskRow({
          id: t.id,
          title: t.title,
          status: t.status,
          deadline: t.deadline === null ? null : new Date(t.deadline).toISOString(),
          responsible: t.responsibleId,
          created: new Date(t.createdDate).toISOString(),
          deals: t.ufCrmTask.filter((b) => b.startsWith('D_')).map((b) => Number(b.slice(2))),
        }),
      );
    expect(older.length).toBeGreaterThan(0);
    expect(older.every((t) => t.status === 4 || t.status === 5)).toBe(true);
    const everything = { ...data, tasks: [...data.tasks, ...older].sort((a, b) => a.id - b.id) };
    const score = (d: typeof data) =>
      runAudit(
        { state: portal, data: d, attestations: [], suppressions: [], now, thresholds: {}, windowDays: 30 },
        { source: { kind: 'snapshot', hash: 'test' }, cwd: '/' },
      ).results;
    expect(score(everything)).toEqual(score(data));
  });

  it('a webhook without telephony loses the calls, and only the calls', async () => {
    const { state } = generatePortal({ seed: 3, deals: 200, now: NOW });
    const { report, data } = await audit(state, {}, ['crm', 'user', 'department', 'task', 'imopenlines']);
    expect(Object.keys(data.errors)).toEqual(['calls']);
    expect(data.errors.calls?.code).toBe('insufficient_scope');
    expect(report.results.find((r) => r.id === 'SD-16')?.status).toBe('error');
    expect(report.results.find((r) => r.id === 'SD-07')?.status).not.toBe('error');
  });
});
