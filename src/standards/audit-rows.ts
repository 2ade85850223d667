import type { ActivityRow, CallRow, DealRow, RowFamily, RowOf, TaskRow } from './audit-data.js';

/*
 * Rows are built with their keys in alphabetical order, so that JSON.stringify of a row is its canonical
 * form (the one stableStringify gives, src/core/hash.ts): the snapshot fingerprint hashes rows as they
 * stream without sorting anything (test/standards/audit-rows.test.ts checks the two agree).
 */

export function dealRow(d: DealRow): DealRow {
  return {
    assigned: d.assigned,
    category: d.category,
    closed: d.closed,
    contact: d.contact,
    created: d.created,
    entered: d.entered,
    id: d.id,
    nps: d.nps,
    stage: d.stage,
  };
}

export function activityRow(a: ActivityRow): ActivityRow {
  return { deadline: a.deadline, id: a.id, owner: a.owner, provider: a.provider, type: a.type };
}

export function taskRow(t: TaskRow): TaskRow {
  return {
    created: t.created,
    deadline: t.deadline,
    deals: t.deals,
    id: t.id,
    responsible: t.responsible,
    status: t.status,
    title: t.title,
  };
}

export function callRow(c: CallRow): CallRow {
  return { duration: c.duration, id: c.id, recorded: c.recorded, start: c.start, user: c.user };
}

/** A snapshot row that is not what b24cfg writes. */
export class BadRow extends Error {}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);
const isText = (v: unknown): v is string | null => v === null || typeof v === 'string';

function need(ok: boolean, family: RowFamily, v: unknown): void {
  if (!ok) throw new BadRow(`${family}: ${JSON.stringify(v)?.slice(0, 120) ?? String(v)}`);
}

/**
 * A row read back from a snapshot file, checked and rebuilt in canonical form: a file edited by hand
 * either audits like the original or is refused, never half-read.
 */
export function rowFromJson<F extends RowFamily>(family: F, v: unknown): RowOf[F] {
  switch (family) {
    case 'recentDeals':
    case 'emailDeals':
      need(isId(v), family, v);
      return v as RowOf[F];
    case 'openActivities': {
      const a = v as Obj;
      need(
        isObj(v) &&
          isId(a.id) &&
          isNum(a.owner) &&
          isNum(a.type) &&
          typeof a.provider === 'string' &&
          isText(a.deadline),
        family,
        v,
      );
      return activityRow(a as unknown as ActivityRow) as RowOf[F];
    }
    case 'tasks': {
      const t = v as Obj;
      need(
        isObj(v) &&
          isId(t.id) &&
          typeof t.title === 'string' &&
          isNum(t.status) &&
          isText(t.deadline) &&
          isNum(t.responsible) &&
          isText(t.created) &&
          Array.isArray(t.deals) &&
          t.deals.every(isId),
        family,
        v,
      );
      return taskRow(t as unknown as TaskRow) as RowOf[F];
    }
    case 'calls': {
      const c = v as Obj;
      need(
        isObj(v) &&
          isId(c.id) &&
          isNum(c.user) &&
          isText(c.start) &&
          isNum(c.duration) &&
          typeof c.recorded === 'boolean',
        family,
        v,
      );
      return callRow(c as unknown as CallRow) as RowOf[F];
    }
    default: {
      const d = v as Obj;
      need(
        isObj(v) &&
          isId(d.id) &&
          isNum(d.category) &&
          typeof d.stage === 'string' &&
          isNum(d.assigned) &&
          (d.contact === null || isId(d.contact)) &&
          isText(d.created) &&
          isText(d.entered) &&
          isText(d.closed) &&
          typeof d.nps === 'boolean',
        family,
        v,
      );
      return dealRow(d as unknown as DealRow) as RowOf[F];
    }
  }
}
