import type { BatchItemResult, RestCall } from '../../portal/client.js';
import { asRows, int, malformed, optStr, reqYn, str } from '../../portal/malformed.js';
import type { SectionAnswers } from '../../portal/read.js';
import type { SectionReader } from '../reader.js';

export type QueueType = 'evenly' | 'strictly' | 'all';
export type CrmCreate = 'none' | 'lead' | 'deal';

export interface PortalOpenLine {
  id: number;
  name: string;
  active: boolean;
  crm: boolean;
  crmCreate: CrmCreate;
  crmSource: string;
  crmForward: boolean;
  queueType: QueueType;
  /** User ids in queue order. */
  queue: number[];
  /** Seconds (docs/bitrix24/open-lines.md#kpi). */
  queueTime: number;
  noAnswerTime: number;
  checkAvailable: boolean;
  /** Seconds; 0 = off. */
  kpiFirstAnswerTime: number;
  kpiFurtherAnswerTime: number;
  kpiFirstAnswerAlert: boolean;
  kpiFurtherAnswerAlert: boolean;
  kpiCheckOperatorActivity: boolean;
  /** WELCOME_MESSAGE: whether the greeting is sent at all; absent from a snapshot written before b24cfg read it. */
  welcomeOn?: boolean;
  welcomeMessage: string;
}

/** Fields of an open line b24cfg manages; list.get accepts the config.add field names as select (docs: imopenlines.config.list.get). */
export const OPEN_LINE_SELECT = [
  'ID',
  'LINE_NAME',
  'ACTIVE',
  'CRM',
  'CRM_CREATE',
  'CRM_SOURCE',
  'CRM_FORWARD',
  'QUEUE_TYPE',
  'QUEUE_TIME',
  'NO_ANSWER_TIME',
  'CHECK_AVAILABLE',
  'KPI_FIRST_ANSWER_TIME',
  'KPI_FIRST_ANSWER_ALERT',
  'KPI_FURTHER_ANSWER_TIME',
  'KPI_FURTHER_ANSWER_ALERT',
  'KPI_CHECK_OPERATOR_ACTIVITY',
  'WELCOME_MESSAGE',
  'WELCOME_MESSAGE_TEXT',
];

const LIST = 'imopenlines.config.list.get';
const GET = 'imopenlines.config.get';
const lineKey = (id: number) => `openLine_${id}`;

/**
 * Open lines: one list call with the fields b24cfg manages. A line whose list row lacks any of them
 * (the documented list.get example shows a short row; a portal may ignore `select`) is read whole
 * with imopenlines.config.get in the follow-up request (fixture imopenlines.config.get.json).
 */
export const openLineReader: SectionReader<'openLines', PortalOpenLine[]> = {
  section: 'openLines',
  calls: () => [
    {
      key: 'openLines',
      method: LIST,
      params: { PARAMS: { select: OPEN_LINE_SELECT, order: { ID: 'ASC' } }, OPTIONS: { QUEUE: 'Y' } },
    },
  ],
  followUps: (first): RestCall[] =>
    linesNeedingGet(first('openLines')).map((id) => ({
      key: lineKey(id),
      method: GET,
      params: { CONFIG_ID: id, WITH_QUEUE: 'Y' },
    })),
  parse: (answers) => {
    const list = withFullLines(answers);
    return list === undefined ? [] : parseLines(list);
  },
};

/** Ids of open lines whose list row lacks a field the reader selected. */
function linesNeedingGet(r: BatchItemResult | undefined): number[] {
  if (!r?.ok || !Array.isArray(r.result)) return [];
  return (r.result as unknown[]).flatMap((row) => {
    if (row === null || typeof row !== 'object') return [];
    const o = row as Record<string, unknown>;
    const id = Number(o.ID);
    if (!Number.isInteger(id) || id <= 0) return [];
    return OPEN_LINE_SELECT.some((f) => f !== 'WELCOME_MESSAGE_TEXT' && o[f] === undefined) ? [id] : [];
  });
}

/** The list rows, each partial one replaced by its full config.get answer. */
function withFullLines(answers: SectionAnswers): unknown {
  const list = answers.result('openLines');
  if (!Array.isArray(list)) return list;
  const partial = new Set(linesNeedingGet({ key: 'openLines', ok: true, result: list }));
  if (partial.size === 0) return list;
  return (list as unknown[]).map((row) => {
    const id = row !== null && typeof row === 'object' ? Number((row as Record<string, unknown>).ID) : NaN;
    if (!partial.has(id)) return row;
    const full = answers.followUp(lineKey(id));
    if (!full?.ok || full.result === null || typeof full.result !== 'object') {
      throw malformed(GET, `line ${id}: ${full?.error?.description || full?.error?.code || 'no answer'}`);
    }
    return full.result;
  });
}

const QUEUE_TYPES: readonly QueueType[] = ['evenly', 'strictly', 'all'];
const CRM_CREATES: readonly CrmCreate[] = ['none', 'lead', 'deal'];

function parseLines(result: unknown): PortalOpenLine[] {
  const m = LIST;
  return asRows(result, m)
    .map((r) => {
      // Every field below is in OPEN_LINE_SELECT, so each must be there.
      const qt = str(r.QUEUE_TYPE, m, 'QUEUE_TYPE') as QueueType;
      const cc = str(r.CRM_CREATE, m, 'CRM_CREATE') as CrmCreate;
      if (!Array.isArray(r.QUEUE)) throw malformed(m, 'QUEUE is not a list');
      return {
        id: int(r.ID, m, 'ID'),
        // The name is how b24cfg matches a line without a binding: a missing one would plan a duplicate.
        name: str(r.LINE_NAME, m, 'LINE_NAME'),
        active: reqYn(r.ACTIVE, m, 'ACTIVE'),
        crm: reqYn(r.CRM, m, 'CRM'),
        // Invalid stored values read as the portal treats them (docs/bitrix24/open-lines.md#crm-integration: an invalid CRM_CREATE acts as lead).
        crmCreate: CRM_CREATES.includes(cc) ? cc : 'lead',
        crmSource: optStr(r.CRM_SOURCE, m, 'CRM_SOURCE'),
        crmForward: reqYn(r.CRM_FORWARD, m, 'CRM_FORWARD'),
        // An invalid QUEUE_TYPE is stored as `all` (docs/bitrix24/open-lines.md#queue-type).
        queueType: QUEUE_TYPES.includes(qt) ? qt : 'all',
        queue: r.QUEUE.map((u, i) => int(u, m, `QUEUE[${i}]`)),
        queueTime: int(r.QUEUE_TIME, m, 'QUEUE_TIME'),
        noAnswerTime: int(r.NO_ANSWER_TIME, m, 'NO_ANSWER_TIME'),
        checkAvailable: reqYn(r.CHECK_AVAILABLE, m, 'CHECK_AVAILABLE'),
        kpiFirstAnswerTime: int(r.KPI_FIRST_ANSWER_TIME, m, 'KPI_FIRST_ANSWER_TIME'),
        kpiFurtherAnswerTime: int(r.KPI_FURTHER_ANSWER_TIME, m, 'KPI_FURTHER_ANSWER_TIME'),
        kpiFirstAnswerAlert: reqYn(r.KPI_FIRST_ANSWER_ALERT, m, 'KPI_FIRST_ANSWER_ALERT'),
        kpiFurtherAnswerAlert: reqYn(r.KPI_FURTHER_ANSWER_ALERT, m, 'KPI_FURTHER_ANSWER_ALERT'),
        kpiCheckOperatorActivity: reqYn(r.KPI_CHECK_OPERATOR_ACTIVITY, m, 'KPI_CHECK_OPERATOR_ACTIVITY'),
        welcomeOn: reqYn(r.WELCOME_MESSAGE, m, 'WELCOME_MESSAGE'),
        welcomeMessage: optStr(r.WELCOME_MESSAGE_TEXT, m, 'WELCOME_MESSAGE_TEXT'),
      };
    })
    .sort((a, b) => a.id - b.id);
}
