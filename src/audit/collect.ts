import type { B24Client } from '../portal/client.js';
import { itemFieldName, planCollection, type PlanInput, type PlannedCount } from './collect-plan.js';
import { BATCH_SLOTS, pagesFor, runScans } from './scan-pack.js';
import {
  AUDIT_DATA_VERSION,
  type ActivityRow,
  type AuditData,
  type CallRow,
  type DealRow,
  type Family,
  type FamilyError,
  type TaskRow,
} from '../standards/audit-data.js';

export interface CollectOptions {
  /** client.stats before the configuration read, so its requests count into the total and the floor. */
  readStart: { httpRequests: number; restCalls: number };
  onProgress?: (pagesDone: number, pagesTotal: number) => void;
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
  return {
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
  };
}

function activity(r: Row): ActivityRow {
  return {
    id: id(r.ID),
    owner: num(r.OWNER_ID) || 0,
    type: num(r.TYPE_ID) || 0,
    provider: str(r.PROVIDER_ID) ?? '',
    deadline: str(r.DEADLINE),
  };
}

function task(r: Row): TaskRow {
  // UF_CRM_TASK holds bindings like "D_123" for deal 123 (docs/bitrix24/data-audit.md#task-bindings); false
  // when there are none.
  const bindings = Array.isArray(r.ufCrmTask) ? r.ufCrmTask : [];
  const deals = bindings.flatMap((b) =>
    typeof b === 'string' && /^D_\d+$/.test(b) ? [Number(b.slice(2))] : [],
  );
  return {
    id: id(r.id),
    title: typeof r.title === 'string' ? r.title : '',
    status: num(r.status) || 0,
    deadline: str(r.deadline),
    responsible: num(r.responsibleId) || 0,
    created: str(r.createdDate),
    deals: [...new Set(deals)].sort((a, b) => a - b),
  };
}

function call(r: Row): CallRow {
  // A recording shows as CALL_RECORD_URL or RECORD_FILE_ID
  // (docs/bitrix24/telephony-mail-calendar.md#call-recording).
  return {
    id: id(r.ID),
    user: num(r.PORTAL_USER_ID) || 0,
    start: str(r.CALL_START_DATE),
    duration: num(r.CALL_DURATION) || 0,
    recorded: filled(r.CALL_RECORD_URL) || filled(r.RECORD_FILE_ID),
  };
}

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
 * then all scans packed 50 pages to a request. Request count = configuration read + ceil(counts / 50)
 * + ceil(pages / 50), the floor of BENCHMARKS.md#what-is-measured.
 */
export async function collectAuditData(
  client: B24Client,
  input: PlanInput,
  opts: CollectOptions,
): Promise<AuditData> {
  const configRequests = client.stats.httpRequests - opts.readStart.httpRequests;
  const plan = planCollection(input);
  const { values, errors } = await countAll(client, plan.counts);
  const runnable = plan.scans.filter((s) => !errors.has(s.family));
  const outcomes = await runScans(
    client,
    runnable.map((scan) => ({ scan, total: values.get(scan.sizeCount) ?? 0 })),
    opts.onProgress,
  );
  const rows = new Map<Family, Row[]>();
  runnable.forEach((s, i) => {
    const o = outcomes[i];
    if (o?.error) errors.set(s.family, o.error);
    else rows.set(s.family, o?.rows ?? []);
  });
  const convert = <T>(family: Family, method: string, f: (r: Row) => T): T[] => {
    try {
      return (rows.get(family) ?? []).map(f);
    } catch (e) {
      if (!(e instanceof MalformedRow)) throw e;
      errors.set(family, { method, code: 'MALFORMED', description: e.message });
      return [];
    }
  };
  const nps = plan.npsField ? itemFieldName(plan.npsField) : null;
  const dealsOf = (family: Family) => convert(family, 'crm.item.list', (r) => deal(r, nps));
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
  const pages = outcomes.reduce((n, o) => n + o.pages, 0);
  const planned = runnable.reduce((n, s) => n + pagesFor(values.get(s.sizeCount) ?? 0), 0);
  const data: AuditData = {
    version: AUDIT_DATA_VERSION,
    now: input.now.toISOString(),
    since: plan.since,
    counts,
    unsupervisedDeals,
    npsField: plan.npsField,
    repeatPipelines: plan.repeatPipelines,
    openDeals: dealsOf('openDeals'),
    openActivities: convert('openActivities', 'crm.activity.list', activity),
    tasks: convert('tasks', 'tasks.task.list', task),
    wonDeals: dealsOf('wonDeals'),
    lostDeals: dealsOf('lostDeals'),
    repeatDeals: dealsOf('repeatDeals'),
    calls: convert('calls', 'voximplant.statistic.get', call),
    recentDeals: dealsOf('recentDeals').map((d) => d.id),
    emailDeals: [
      ...new Set(convert('emailActivities', 'crm.activity.list', activity).map((a) => a.owner)),
    ].sort((a, b) => a - b),
    errors: Object.fromEntries([...errors].sort(([a], [b]) => a.localeCompare(b))),
    stats: {
      httpRequests: client.stats.httpRequests - opts.readStart.httpRequests,
      restCalls: client.stats.restCalls - opts.readStart.restCalls,
      configRequests,
      rows: outcomes.reduce((n, o) => n + o.rows.length, 0),
      pages,
      counts: plan.counts.length,
      floorRequests:
        configRequests + Math.ceil(plan.counts.length / BATCH_SLOTS) + Math.ceil(planned / BATCH_SLOTS),
    },
  };
  return data;
}
