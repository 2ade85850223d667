import type { B24Client, BatchItemResult, RestCall } from './client.js';
import { malformed } from './malformed.js';

/**
 * The portal reader: packs the read calls of every section (each resource kind brings its own,
 * src/resources/<kind>/read.ts) into one batch request, plus at most one follow-up request for the
 * further pages of paged lists and the calls a section chooses from its first answers. It knows no
 * kind: it hands each section the answers to its own calls, and the section parses them.
 */

export interface PortalInfo {
  /** The host of the URL the portal was reached by (or "sandbox"): how the user named it. */
  host: string;
  /**
   * What the portal calls itself, whatever URL reached it (src/portal/identity.ts): it keys the state
   * file and the locks. Absent when it is the host (the in-process sandbox, a webhook without the
   * imopenlines scope, a snapshot of an older b24cfg).
   */
  identity?: string;
  kind: 'http' | 'sandbox';
  /** ISO time of the read, from server.time when available. */
  readAt: string;
  /** e.g. "ru_pro100", from app.info LICENSE (docs/bitrix24/webhook-preflight.md#app-info). */
  license?: string;
  scopes?: string[];
  /** 1 classic (leads on), 2 simple (docs/bitrix24/webhook-preflight.md#crm-mode). */
  crmMode?: number;
}

/** One read call of a section. `key` names it inside the batch and must be unique across sections. */
export interface ReadCall {
  key: string;
  method: string;
  params: Record<string, unknown>;
  /** A list the portal pages (50 rows a page): page one rides in the batch, the rest in the follow-up. */
  paged?: boolean;
}

/** What the packer needs of a section. */
export interface SectionRead {
  /** The section's name: the key of its slice in the state and in `unreadable`. */
  section: string;
  calls: readonly ReadCall[];
  /** Calls chosen from the first answers (raw, by key); they ride in the follow-up request. */
  followUps?(first: (key: string) => BatchItemResult | undefined): RestCall[];
}

/** The answers to one section's calls. */
export interface SectionAnswers {
  /** A whole-list call's result; undefined when the call was not made or the section cannot be read. */
  result(key: string): unknown;
  /** A paged call's pages in order; undefined when the call was not made or the section cannot be read. */
  pages(key: string): unknown[] | undefined;
  /** The raw answer to one of the section's follow-up calls (the section judges a failure). */
  followUp(key: string): BatchItemResult | undefined;
}

export interface SectionsRead {
  info: PortalInfo;
  answers(section: string): SectionAnswers;
  /** Sections that cannot be read with this webhook (missing scope, module not installed), with the code. */
  unreadable: Record<string, string>;
}

/** The answers of a section that was not read. */
export const NO_ANSWERS: SectionAnswers = {
  result: () => undefined,
  pages: () => undefined,
  followUp: () => undefined,
};

/** Errors that mean "this part of the portal cannot be read with this webhook", not "the read failed". */
const UNREADABLE_CODES = new Set([
  'insufficient_scope',
  'ERROR_METHOD_NOT_FOUND',
  'ACCESS_DENIED',
  'DOCGEN_ACCESS_ERROR',
  'CONFIG_WRONG_USER_PERMISSION',
]);

const PAGE = 50;

/**
 * Reads the sections in one batch request (docs/bitrix24/batch.md#command-limit: 50 commands; the
 * status and user-field lists come whole, docs/bitrix24/paging.md#whole-list-methods) plus one more
 * for what the first answers ask for: further pages of paged lists (`total` is known by then,
 * docs/bitrix24/paging.md#pages-of-50) and the sections' follow-up calls.
 */
export async function readSections(
  client: B24Client,
  sections: readonly SectionRead[],
  opts: { now?: () => Date } = {},
): Promise<SectionsRead> {
  const calls: RestCall[] = [
    { key: 'time', method: 'server.time', params: {} },
    { key: 'info', method: 'app.info', params: {} },
    { key: 'mode', method: 'crm.settings.mode.get', params: {} },
    { key: 'address', method: 'imopenlines.config.path.get', params: {} },
  ];
  const all = sections.flatMap((s) => s.calls);
  for (const c of all) if (!c.paged) calls.push(callOf(c, c.params));
  for (const c of all) if (c.paged) calls.push(callOf(c, { ...c.params, start: 0 }));
  const first = byKey(await client.batch(calls));

  const followUps: RestCall[] = [];
  for (const c of all) {
    const r = first.get(c.key);
    if (!c.paged || !r?.ok || r.total === undefined) continue;
    for (let start = PAGE; start < r.total; start += PAGE)
      followUps.push({ key: `${c.key}_${start}`, method: c.method, params: { ...c.params, start } });
  }
  for (const s of sections) followUps.push(...(s.followUps?.((key) => first.get(key)) ?? []));
  const more =
    followUps.length > 0 ? byKey(await client.batch(followUps)) : new Map<string, BatchItemResult>();

  const unreadable: Record<string, string> = {};
  const answers = new Map<string, SectionAnswers>();
  // Sections answered whole by the first request come first, then paged ones, then sections of
  // several calls: the order `unreadable` has always listed them in (saved snapshots and export
  // headers keep their bytes; test/integration/portal-state-golden.test.ts).
  const rank = (s: SectionRead) => (s.calls.length > 1 ? 2 : s.calls.some((c) => c.paged) ? 1 : 0);
  for (const s of [...sections].sort((a, b) => rank(a) - rank(b))) {
    answers.set(s.section, answersOf(s, first, more, unreadable));
  }
  return {
    info: infoOf(client, first, opts.now),
    answers: (section) => answers.get(section) ?? NO_ANSWERS,
    unreadable,
  };
}

function callOf(c: ReadCall, params: Record<string, unknown>): RestCall {
  return { key: c.key, method: c.method, params };
}

function answersOf(
  s: SectionRead,
  first: Map<string, BatchItemResult>,
  more: Map<string, BatchItemResult>,
  unreadable: Record<string, string>,
): SectionAnswers {
  const results = new Map<string, unknown>();
  const pages = new Map<string, unknown[]>();
  for (const c of s.calls) {
    const r = first.get(c.key);
    if (!r) continue;
    if (!r.ok) {
      const code = r.error?.code ?? '';
      if (UNREADABLE_CODES.has(code)) {
        unreadable[s.section] = code;
        continue;
      }
      throw malformed(c.method, `${code || 'error'}: ${r.error?.description ?? ''}`.trim());
    }
    if (!c.paged) {
      results.set(c.key, r.result);
      continue;
    }
    const list: unknown[] = [r.result];
    for (let start = PAGE; r.total !== undefined && start < r.total; start += PAGE) {
      const page = more.get(`${c.key}_${start}`);
      if (!page) continue;
      if (!page.ok) throw malformed(c.method, page.error?.description ?? 'page failed');
      list.push(page.result);
    }
    pages.set(c.key, list);
  }
  return {
    result: (key) => results.get(key),
    pages: (key) => pages.get(key),
    followUp: (key) => more.get(key),
  };
}

function infoOf(
  client: B24Client,
  first: Map<string, BatchItemResult>,
  now: (() => Date) | undefined,
): PortalInfo {
  const time = first.get('time');
  const info = first.get('info');
  const mode = first.get('mode');
  const infoObj =
    info?.ok && info.result !== null && typeof info.result === 'object'
      ? (info.result as Record<string, unknown>)
      : {};
  const portalTime = time?.ok && typeof time.result === 'string' ? new Date(time.result) : undefined;
  if (portalTime && Number.isNaN(portalTime.getTime())) throw malformed('server.time', 'not a date');
  const identity = client.kind === 'http' ? identityOf(first.get('address'), client.host) : undefined;
  return {
    host: client.host,
    ...(identity !== undefined && identity !== client.host ? { identity } : {}),
    kind: client.kind,
    readAt: (portalTime ?? (now ?? (() => new Date()))()).toISOString(),
    license: typeof infoObj.LICENSE === 'string' ? infoObj.LICENSE : undefined,
    scopes: Array.isArray(infoObj.SCOPE) ? infoObj.SCOPE.map(String) : undefined,
    crmMode: mode?.ok && typeof mode.result === 'number' ? mode.result : undefined,
  };
}

/**
 * The host of the portal's own address (docs/bitrix24/portal-identity.md#server-address); the URL's host
 * when this webhook may not ask. A broken answer stops the read: a wrong identity would open another
 * state file and take another lock.
 */
function identityOf(answer: BatchItemResult | undefined, host: string): string {
  const method = 'imopenlines.config.path.get';
  if (!answer || (!answer.ok && UNREADABLE_CODES.has(answer.error?.code ?? ''))) return host;
  if (!answer.ok)
    throw malformed(method, `${answer.error?.code || 'error'}: ${answer.error?.description ?? ''}`);
  const address =
    answer.result !== null && typeof answer.result === 'object'
      ? (answer.result as Record<string, unknown>).SERVER_ADDRESS
      : undefined;
  const parsed = typeof address === 'string' ? serverHost(address) : undefined;
  if (parsed === undefined) throw malformed(method, 'SERVER_ADDRESS is not a URL');
  return parsed;
}

function serverHost(address: string): string | undefined {
  try {
    const host = new URL(address).host.toLowerCase();
    return host === '' ? undefined : host;
  } catch {
    return undefined;
  }
}

function byKey(results: BatchItemResult[]): Map<string, BatchItemResult> {
  return new Map(results.map((r) => [r.key, r]));
}

/**
 * Rows of one page of a paged list: a list, or an object keyed by id (`[]` for an empty map,
 * docs/bitrix24/batch.md#empty-maps). Anything else is a broken answer: read as "no rows", it would plan
 * every department or numerator anew.
 */
export function pageRows(v: unknown, method: string): unknown[] {
  if (Array.isArray(v)) return v;
  if (v !== null && typeof v === 'object') return Object.values(v);
  throw malformed(method, `expected a list, got ${v === null ? 'null' : typeof v}`);
}

/** Rows of one page keyed by their `id` (a list is keyed by each row's id, else its position). */
export function pageById(v: unknown, method: string, what: string): Record<string, unknown> {
  if (Array.isArray(v)) {
    return Object.fromEntries(
      v.map((r: unknown, i) => {
        const id = r !== null && typeof r === 'object' ? (r as { id?: unknown }).id : undefined;
        return [typeof id === 'string' || typeof id === 'number' ? String(id) : String(i), r];
      }),
    );
  }
  if (v !== null && typeof v === 'object') return v as Record<string, unknown>;
  throw malformed(method, `expected ${what} keyed by id, got ${v === null ? 'null' : typeof v}`);
}
