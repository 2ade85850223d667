import { asRows, int, malformed, optIntOrNull, optStr, optYn, str } from '../../portal/malformed.js';
import type { SectionReader } from '../reader.js';

export type StatusSemantics = 'S' | 'F' | null;

/** One row of crm.status.list (any ENTITY_ID: DEAL_STAGE, DEAL_STAGE_<id>, STATUS, SOURCE, CONTACT_TYPE …). */
export interface PortalStatus {
  id: number;
  entityId: string;
  /** As stored, with the C{id}: prefix for non-default pipelines. */
  statusId: string;
  name: string;
  sort: number;
  color: string | null;
  /** S = success, F = failure, null = process (docs/bitrix24/stages.md#semantics). */
  semantics: StatusSemantics;
  system: boolean;
  /** Pipeline id for deal stages, null otherwise. */
  categoryId: number | null;
}

const LIST = 'crm.status.list';

/**
 * Every crm.status list in one call (docs/bitrix24/stages.md#whole-list): the deal stages of every
 * pipeline and the dictionaries. The stage and dictionary kinds both read this one slice.
 */
export const statusReader: SectionReader<'statuses', PortalStatus[]> = {
  section: 'statuses',
  calls: () => [{ key: 'statuses', method: LIST, params: { order: { SORT: 'ASC' } } }],
  parse: (answers) => {
    const result = answers.result('statuses');
    return result === undefined ? [] : parseStatuses(result);
  },
};

function semanticsOf(v: unknown, m: string): StatusSemantics {
  if (v === 'S' || v === 'F') return v;
  // Process stages come back as null or "" (docs/bitrix24/stages.md#semantics: P is stored empty).
  if (v === null || v === undefined || v === '' || v === 'P') return null;
  throw malformed(m, `SEMANTICS is not S, F or empty (${JSON.stringify(v)})`);
}

function colorOf(c: string): string | null {
  return c === '' ? null : c.toUpperCase();
}

function parseStatuses(result: unknown): PortalStatus[] {
  const m = LIST;
  return asRows(result, m).map((r) => ({
    id: int(r.ID, m, 'ID'),
    entityId: str(r.ENTITY_ID, m, 'ENTITY_ID'),
    statusId: str(r.STATUS_ID, m, 'STATUS_ID'),
    name: str(r.NAME, m, 'NAME'),
    sort: int(r.SORT, m, 'SORT'),
    color: colorOf(optStr(r.COLOR, m, 'COLOR')),
    semantics: semanticsOf(r.SEMANTICS, m),
    system: optYn(r.SYSTEM, m, 'SYSTEM', false),
    categoryId: optIntOrNull(r.CATEGORY_ID, m, 'CATEGORY_ID'),
  }));
}
