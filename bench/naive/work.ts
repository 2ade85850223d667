/**
 * The naive baseline doing the same work as one b24cfg command. The work is taken from what b24cfg
 * itself sent (the server's call log), phase by phase:
 * - a configuration read becomes the typical integration's read of the same configuration, one call per
 *   object (`naiveReadConfig`);
 * - every other call (impact counts, writes, audit counts) is sent alone, one HTTP request each, with
 *   `$result[key]…` references resolved on the client from the answers so far;
 * - an ID-cursor scan (start = -1, `>ID` filter) becomes offset paging of the same query (`callListMethod`).
 */
import { stableStringify } from '../../src/core/hash.js';
import type { LoggedCall } from '../sandbox-host.js';
import type { NaiveClient } from './client.js';

export type CallClass = 'config' | 'write' | 'data';

/** What b24cfg's portal reader asks for (the kinds' readers, src/resources/<kind>/read.ts); everything else read-only is data. */
const CONFIG_METHODS = new Set([
  'server.time',
  'app.info',
  'crm.settings.mode.get',
  // The portal's identity rides the configuration read (docs/bitrix24/portal-identity.md): without it
  // here that read counted as data, and the naive client sent it call by call instead of object by object.
  'imopenlines.config.path.get',
  'crm.category.list',
  'crm.status.list',
  'crm.deal.userfield.list',
  'crm.lead.userfield.list',
  'crm.contact.userfield.list',
  'crm.company.userfield.list',
  'imopenlines.config.list.get',
  'crm.documentgenerator.template.list',
  'crm.documentgenerator.numerator.list',
  'department.get',
  'user.get',
]);

const READ_NAMES = new Set([
  'server.time',
  'app.info',
  'scope',
  'profile',
  'method.get',
  'user.admin',
  'user.current',
  'crm.settings.mode.get',
  'department.get',
  'user.get',
  'voximplant.statistic.get',
]);

export function isReadMethod(method: string): boolean {
  const m = method.toLowerCase();
  return READ_NAMES.has(m) || /\.(list|get|fields|types|getfields)$/.test(m) || m.endsWith('.list.get');
}

export function classifyCall(method: string): CallClass {
  const m = method.toLowerCase();
  if (CONFIG_METHODS.has(m)) return 'config';
  return isReadMethod(m) ? 'data' : 'write';
}

export interface Phase {
  cls: CallClass;
  /** HTTP requests b24cfg spent on it. */
  requests: number;
  calls: LoggedCall[];
}

/**
 * The class of one HTTP request: `write` when it carries any write (reads inside a write request serve
 * the writes, e.g. the default stages of a pipeline created in the same batch), `config` when it only
 * reads the configuration, `data` otherwise (counts, scans).
 */
export function requestClass(calls: readonly LoggedCall[]): CallClass {
  const classes = new Set(calls.map((c) => classifyCall(c.method)));
  if (classes.has('write')) return 'write';
  if (classes.size === 1 && classes.has('config')) return 'config';
  return 'data';
}

/**
 * Splits a call log into phases: runs of consecutive requests of the same class. Work of one class that
 * follows work of another depends on its answers (the writes on the read, the read-back on the writes,
 * the counts on the stages read), so two phases never share a request.
 */
export function phasesOf(log: readonly LoggedCall[]): Phase[] {
  const byRequest = new Map<number, LoggedCall[]>();
  for (const c of log) {
    const list = byRequest.get(c.request);
    if (list) list.push(c);
    else byRequest.set(c.request, [c]);
  }
  const phases: Phase[] = [];
  for (const request of [...byRequest.keys()].sort((a, b) => a - b)) {
    const calls = byRequest.get(request) ?? [];
    const cls = requestClass(calls);
    const last = phases[phases.length - 1];
    if (last && last.cls === cls) {
      last.requests++;
      last.calls.push(...calls);
    } else {
      phases.push({ cls, requests: 1, calls: [...calls] });
    }
  }
  return phases;
}

/**
 * An ID-cursor page: start = -1 and a `>id` condition in the filter (docs/bitrix24/paging.md#id-cursor,
 * huge-data.md).
 */
export function isCursorPage(params: Record<string, unknown>): boolean {
  if (Number(params.start) !== -1) return false;
  const filter = (params.filter ?? params.FILTER) as Record<string, unknown> | undefined;
  return filter !== undefined && Object.keys(filter).some((k) => k.toLowerCase() === '>id');
}

/** The query a cursor page belongs to: the same params without the cursor, order and start. */
export function queryOfPage(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    if (k === 'start' || k === 'order' || k === 'SORT' || k === 'ORDER') continue;
    if ((k === 'filter' || k === 'FILTER') && v !== null && typeof v === 'object') {
      const f = Object.fromEntries(Object.entries(v).filter(([fk]) => fk.toLowerCase() !== '>id'));
      if (Object.keys(f).length > 0) out[k] = f;
      continue;
    }
    out[k] = v;
  }
  return out;
}

/** Where the rows of a list method sit in `result` (crm.item.list: items, tasks.task.list: tasks). */
export function itemsKeyOf(method: string): string | undefined {
  const m = method.toLowerCase();
  if (m === 'crm.item.list') return 'items';
  if (m === 'tasks.task.list') return 'tasks';
  return undefined;
}

const REF = /\$result\[([^\]]+)\]((?:\[[^\]]*\])*)/g;

function walkPath(value: unknown, path: string): unknown {
  let v = value;
  for (const m of path.matchAll(/\[([^\]]*)\]/g)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[m[1] ?? ''];
  }
  return v;
}

/** Replaces `$result[key][a][b]` with the answer of call `key`, as the portal does inside a batch. */
export function resolveRefs(value: unknown, results: ReadonlyMap<string, unknown>): unknown {
  if (typeof value === 'string') {
    const whole = /^\$result\[([^\]]+)\]((?:\[[^\]]*\])*)$/.exec(value);
    if (whole) return walkPath(results.get(whole[1] ?? ''), whole[2] ?? '');
    return value.replace(REF, (_m, key: string, path: string) => {
      const v = walkPath(results.get(key), path);
      return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
    });
  }
  if (Array.isArray(value)) return value.map((v) => resolveRefs(v, results));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveRefs(v, results)]));
  }
  return value;
}

const UF_ENTITIES = ['deal', 'lead', 'contact', 'company'] as const;
const DICTIONARIES = ['STATUS', 'SOURCE', 'CONTACT_TYPE', 'COMPANY_TYPE'];

function idsOf(rows: unknown[], key = 'ID'): number[] {
  return rows
    .map((r) =>
      Number((r as Record<string, unknown>)[key] ?? (r as Record<string, unknown>)[key.toLowerCase()]),
    )
    .filter((n) => Number.isFinite(n));
}

/**
 * The configuration b24cfg reads in one batch, read the way a typical integration does: list the
 * pipelines, then the stages of each pipeline (`crm.status.list` by ENTITY_ID, the documented
 * `crm.dealcategory.stage.list` pattern), each dictionary, each entity's user fields and then every field
 * by id (`userfield.get` returns the labels of all languages and the list items; `list` gives labels only
 * for one LANG, docs/bitrix24/user-fields.md#list-items), the open lines and then every line
 * (`imopenlines.config.get` with its queue), and the paged lists (document templates, numerators,
 * departments, users) 50 rows per request.
 */
export async function naiveReadConfig(client: NaiveClient): Promise<void> {
  await client.call('server.time');
  await client.call('app.info');
  await client.call('crm.settings.mode.get');
  await client.call('imopenlines.config.path.get');
  const pipelines = await client.listAll('crm.category.list', { entityTypeId: 2 }, 'categories');
  for (const id of idsOf(pipelines.rows, 'id')) {
    await client.call('crm.status.list', {
      filter: { ENTITY_ID: id === 0 ? 'DEAL_STAGE' : `DEAL_STAGE_${id}` },
    });
  }
  for (const entityId of DICTIONARIES)
    await client.call('crm.status.list', { filter: { ENTITY_ID: entityId } });
  for (const e of UF_ENTITIES) {
    const list = await client.call(`crm.${e}.userfield.list`, {});
    for (const id of idsOf(Array.isArray(list.result) ? list.result : []))
      await client.call(`crm.${e}.userfield.get`, { id });
  }
  const lines = await client.call('imopenlines.config.list.get', {});
  for (const id of idsOf(Array.isArray(lines.result) ? lines.result : []))
    await client.call('imopenlines.config.get', { CONFIG_ID: id, WITH_QUEUE: 'Y' });
  await client.listAll('crm.documentgenerator.template.list', {}, 'templates');
  await client.listAll('crm.documentgenerator.numerator.list', {}, 'numerators');
  await client.listAll('department.get', {});
  await client.listAll('user.get', {});
}

export interface NaiveScan {
  method: string;
  total: number;
}

export interface NaiveRun {
  /** Cursor scans b24cfg ran, each with the total rows the naive offset paging found. */
  scans: NaiveScan[];
  /** Single calls (counts, writes) sent one per request. */
  singles: number;
}

/**
 * Does what b24cfg did (its call log), the naive way. Phases of class `config` are replaced by
 * `naiveReadConfig`; cursor scans by offset paging of the same query, once per query; every other call
 * goes alone, in b24cfg's order, with `$result` references resolved from the answers so far.
 */
export async function runNaive(client: NaiveClient, log: readonly LoggedCall[]): Promise<NaiveRun> {
  const results = new Map<string, unknown>();
  const scans: NaiveScan[] = [];
  const scanned = new Set<string>();
  let singles = 0;
  for (const phase of phasesOf(log)) {
    if (phase.cls === 'config') {
      await naiveReadConfig(client);
      continue;
    }
    for (const c of phase.calls) {
      if (isCursorPage(c.params)) {
        const query = queryOfPage(c.params);
        const id = `${c.method} ${stableStringify(query)}`;
        if (scanned.has(id)) continue;
        scanned.add(id);
        const r = await client.listAll(c.method, query, itemsKeyOf(c.method));
        scans.push({ method: c.method, total: r.total });
        continue;
      }
      const answer = await client.call(c.method, resolveRefs(c.params, results) as Record<string, unknown>);
      singles++;
      if (c.key !== undefined) results.set(c.key, answer.result);
    }
  }
  return { scans, singles };
}
