import type { B24Client } from '../portal/client.js';
import { itemFieldName, planCollection, type PlanInput, type PlannedCount } from './collect-plan.js';
import { BATCH_SLOTS, pagesFor, runScans } from './scan-pack.js';
import {
  AUDIT_DATA_VERSION,
  type ActivityRow,
  type AuditFacts,
  type CallRow,
  type DealRow,
  type Family,
  type FamilyError,
  type RowFamily,
  type RowOf,
  type TaskRow,
} from '../standards/audit-data.js';
import { activityRow, callRow, dealRow, taskRow } from '../standards/audit-rows.js';
import { IdSet } from '../standards/helpers/id-set.js';

/** Where the rows go as they arrive: the standards' gatherers, the fingerprint, a snapshot file. */
export interface RowsOut {
  /** Once, before the first row: the facts known when the counts are in (the scans not read yet). */
  start(facts: AuditFacts): void | Promise<void>;
  /** Rows of one family, in the portal's order within it; the family's next page waits for a promise. */
  rows<F extends RowFamily>(family: F, rows: Array<RowOf[F]>): void | Promise<void>;
  /** A family that turned out unreadable: what it gave so far is to be forgotten (the audit lists it as an error). */
  drop(family: RowFamily): void | Promise<void>;
}

export interface CollectOptions {
  /** client.stats before the configuration read, so its requests count into the total and the floor. */
  readStart: { httpRequests: number; restCalls: number };
  onProgress?: (pagesDone: number, pagesTotal: number) => void;
  out: RowsOut;
}

type Row = Record<string, unknown>;

const num = (v: unknown): number =>
  typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const filled = (v: unknown): boolean =>
  v !== null &&
  v !== undefined &&
  v !== false &&
  v !== '' &&
  v !== 0 &&
  !(Array.isArray(v) && v.length === 0);

class MalformedRow extends Error {}

function id(v: unknown): number {
  const n = num(v);
  if (!Number.isSafeInteger(n)) throw new MalformedRow(`a row has no numeric id (${JSON.stringify(v)})`);
  return n;
}

function deal(r: Row, nps: string | null): DealRow {
  const contact = num(r.contactId);
  return dealRow({
    id: id(r.id),
    category: num(r.categoryId) || 0,
    stage: typeof r.stageId === 'string' ? r.stageId : '',
    assigned: num(r.assignedById) || 0,
    contact: Number.isSafeInteger(contact) && contact > 0 ? contact : null,
    created: str(r.createdTime),
    // movedTime is the time of the last stage change (// MOVED_TIME in crm-deal-fields.md;
    // https://apidocs.bitrix24.com/api-reference/crm/universal/object-fields.html); without it, the last
    // change is the closest bound (it is never earlier than the entry, so a deal is never called stuck too
    // early).
    entered: str(r.movedTime) ?? str(r.updatedTime),
    closed: str(r.closedate),
    nps: nps !== null && filled(r[nps]),
  });
}

function activity(r: Row): ActivityRow {
  return activityRow({
    id: id(r.ID),
    owner: num(r.OWNER_ID) || 0,
    type: num(r.TYPE_ID) || 0,
    provider: str(r.PROVIDER_ID) ?? '',
    deadline: str(r.DEADLINE),
  });
}

function task(r: Row): TaskRow {
  // UF_CRM_TASK holds bindings like "D_123" for deal 123 (docs/bitrix24/data-audit.md#task-bindings); false
  // when there are none.
  const bindings = Array.isArray(r.ufCrmTask) ? r.ufCrmTask : [];
  const deals = bindings.flatMap((b) =>
    typeof b === 'string' && /^D_\d+$/.test(b) ? [Number(b.slice(2))] : [],
  );
  return taskRow({
    id: id(r.id),
    title: typeof r.title === 'string' ? r.title : '',
    status: num(r.status) || 0,
    deadline: str(r.deadline),
    responsible: num(r.responsibleId) || 0,
    created: str(r.createdDate),
    deals: [...new Set(deals)].sort((a, b) => a - b),
  });
}

function call(r: Row): CallRow {
  // A recording shows as CALL_RECORD_URL or RECORD_FILE_ID
  // (docs/bitrix24/telephony-mail-calendar.md#call-recording).
  return callRow({
    id: id(r.ID),
    user: num(r.PORTAL_USER_ID) || 0,
    start: str(r.CALL_START_DATE),
    duration: num(r.CALL_DURATION) || 0,
    recorded: filled(r.CALL_RECORD_URL) || filled(r.RECORD_FILE_ID),
  });
}

/** How each scanned family becomes rows: its row family and the conversion of one portal row. */
function rowsOf(family: Family, nps: string | null): { to: RowFamily; convert: (r: Row) => unknown } {
  switch (family) {
    case 'openActivities':
      return { to: family, convert: activity };
    case 'emailActivities':
      return { to: 'emailDeals', convert: activity };
    case 'tasks':
      return { to: family, convert: task };
    case 'calls':
      return { to: family, convert: call };
    case 'recentDeals':
      return { to: family, convert: (r) => id(r.id) };
    case 'openDeals':
    case 'wonDeals':
    case 'lostDeals':
    case 'repeatDeals':
      return { to: family, convert: (r) => deal(r, nps) };
    default:
      throw new Error(`no rows are scanned for ${family}`);
  }
}

/** E-mail deals go out at the end, ascending and each once, as a snapshot lists them. */
const EMAIL_CHUNK = 1000;

async function countAll(client: B24Client, counts: readonly PlannedCount[]) {
  // Not scan.ts countMany: one count the webhook may not read (say, telephony) must not sink the rest.
  const results = await client.batch(
    counts.map((c, i) => ({ key: `n${i}`, method: c.method, params: { ...c.params, start: 0 } })),
    { repeatable: true },
  );
  const byKey = new Map(results.map((r) => [r.key, r]));
  const values = new Map<string, number>();
  const errors = new Map<Family, FamilyError>();
  counts.forEach((c, i) => {
    const r = byKey.get(`n${i}`);
    if (r?.ok && typeof r.total === 'number') values.set(c.id, r.total);
    else if (!errors.has(c.family))
      errors.set(c.family, {
        method: c.method,
        code: r?.error?.code || 'ERROR',
        description: r?.error?.description ?? (r?.ok ? 'no total in the answer' : 'no answer'),
      });
  });
  return { values, errors };
}

/**
 * The one data pass behind every class D standard: a batch of counts (which also sizes every scan),
 * then all scans packed 50 pages to a request, each page handed to `out` as it arrives and kept nowhere
 * here. Request count = configuration read + ceil(counts / 50) + ceil(pages / 50), the floor of
 * BENCHMARKS.md#what-is-measured. Returns the facts; the rows are wherever `out` put them.
 */
export async function collectAuditData(
  client: B24Client,
  input: PlanInput,
  opts: CollectOptions,
): Promise<AuditFacts> {
  const configRequests = client.stats.httpRequests - opts.readStart.httpRequests;
  const plan = planCollection(input);
  const { values, errors } = await countAll(client, plan.counts);
  const runnable = plan.scans.filter((s) => !errors.has(s.family));
  const counts: Record<string, number> = {};
  const unsupervisedDeals: Record<string, number> = {};
  for (const c of plan.counts) {
    const v = values.get(c.id);
    if (v === undefined || c.id.startsWith('size:')) continue;
    if (c.id.startsWith('unsupervised:')) unsupervisedDeals[c.id.slice('unsupervised:'.length)] = v;
    else counts[c.id] = v;
  }
  // Counts the plan could skip because their filter would be empty.
  counts.unsupervisedDeals ??= 0;
  counts.unsupervisedLeads ??= 0;
  counts.leadsTotal ??= 0;
  counts.lostInGenericLose ??= 0;
  counts.contactsWithType ??= 0;
  const facts: AuditFacts = {
    version: AUDIT_DATA_VERSION,
    now: input.now.toISOString(),
    since: plan.since,
    counts,
    unsupervisedDeals,
    npsField: plan.npsField,
    repeatPipelines: plan.repeatPipelines,
    errors: {},
    stats: {
      httpRequests: 0,
      restCalls: 0,
      configRequests,
      rows: 0,
      pages: 0,
      counts: plan.counts.length,
      floorRequests: 0,
    },
  };
  await opts.out.start(facts);

  const nps = plan.npsField ? itemFieldName(plan.npsField) : null;
  const ways = runnable.map((s) => rowsOf(s.family, nps));
  const dropped = new Set<Family>();
  const mailed = new IdSet();
  const drop = async (family: Family, to: RowFamily, error: FamilyError) => {
    errors.set(family, error);
    if (dropped.has(family)) return;
    dropped.add(family);
    await opts.out.drop(to);
  };
  const outcomes = await runScans(
    client,
    runnable.map((scan) => ({ scan, total: values.get(scan.sizeCount) ?? 0 })),
    async (i, page) => {
      const scan = runnable[i];
      const way = ways[i];
      if (!scan || !way || dropped.has(scan.family)) return;
      let rows: unknown[];
      try {
        rows = page.map(way.convert);
      } catch (e) {
        if (!(e instanceof MalformedRow)) throw e;
        await drop(scan.family, way.to, { method: scan.method, code: 'MALFORMED', description: e.message });
        return;
      }
      if (way.to === 'emailDeals') for (const a of rows as ActivityRow[]) mailed.add(a.owner);
      else await opts.out.rows(way.to, rows as Array<RowOf[typeof way.to]>);
    },
    opts.onProgress,
  );
  for (const [i, scan] of runnable.entries()) {
    const error = outcomes[i]?.error;
    const way = ways[i];
    // A page that failed outweighs a malformed row before it: it is what the portal said.
    if (error && way) await drop(scan.family, way.to, error);
  }
  if (runnable.some((s) => s.family === 'emailActivities') && !dropped.has('emailActivities')) {
    let chunk: number[] = [];
    for (const owner of mailed.ascending()) {
      chunk.push(owner);
      if (chunk.length === EMAIL_CHUNK) {
        await opts.out.rows('emailDeals', chunk);
        chunk = [];
      }
    }
    if (chunk.length > 0) await opts.out.rows('emailDeals', chunk);
  }
  const pages = outcomes.reduce((n, o) => n + o.pages, 0);
  const planned = runnable.reduce((n, s) => n + pagesFor(values.get(s.sizeCount) ?? 0), 0);
  return {
    ...facts,
    errors: Object.fromEntries([...errors].sort(([a], [b]) => a.localeCompare(b))),
    stats: {
      httpRequests: client.stats.httpRequests - opts.readStart.httpRequests,
      restCalls: client.stats.restCalls - opts.readStart.restCalls,
      configRequests,
      rows: outcomes.reduce((n, o) => n + o.rows, 0),
      pages,
      counts: plan.counts.length,
      floorRequests:
        configRequests + Math.ceil(plan.counts.length / BATCH_SLOTS) + Math.ceil(planned / BATCH_SLOTS),
    },
  };
}
