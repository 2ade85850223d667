import type { ConditionFact, PipelineFacts, TriggerFact } from './types.js';
import { badShape, flag, int, isObject, listOf, objectOrEmpty, parseEntry, text, type Json } from './json.js';
import { stageIndex } from './robots.js';

/**
 * BIZPROC_CRM_TRIGGER/<step>.json: raw trigger rows `{ID, NAME, CODE, ENTITY_TYPE_ID, ENTITY_STATUS,
 * APPLY_RULES}`. The spec's trigger types by the trigger classes' getCode()
 * (docs/bitrix24/crm-settings-archive.md#triggers); any other code is kept with `type: null`.
 */
const FILE = /^BIZPROC_CRM_TRIGGER\/[^/]+\.json$/;
const DEAL = 2;

export const TRIGGER_TYPE_BY_CODE: Readonly<Record<string, string>> = {
  EMAIL_READ: 'email_opened',
  EMAIL_LINK: 'link_clicked',
  EMAIL: 'email_received',
  MISSED_CALL: 'call_missed',
  CALL: 'call_incoming',
  WEBFORM: 'webform_filled',
  OPENLINE_MSG: 'openline_message',
  PAYMENT: 'payment_received',
  DOCUMENT_VIEW: 'document_viewed',
  WEBHOOK: 'webhook',
  FIELD_CHANGED: 'field_changed',
};

export function readTriggers(files: Map<string, Buffer>, archive: string, pipelines: PipelineFacts[]): void {
  const byStatus = stageIndex(pipelines);
  for (const entry of [...files.keys()].filter((k) => FILE.test(k)).sort()) {
    const ctx = { archive, entry };
    const json = parseEntry(files.get(entry) as Buffer, ctx);
    if (!isObject(json)) throw badShape(ctx, 'not an object');
    if (json.CODE === undefined && json.ENTITY_STATUS === undefined) continue;
    if (int(json.ENTITY_TYPE_ID) !== DEAL) continue;
    const stage = byStatus.get(text(json.ENTITY_STATUS));
    if (!stage) continue;
    const rules = objectOrEmpty(json.APPLY_RULES) ?? {};
    const code = text(json.CODE);
    stage.triggers.push({
      code,
      type: TRIGGER_TYPE_BY_CODE[code] ?? null,
      title: text(json.NAME),
      allowBackwards: flag(rules.ALLOW_BACKWARDS, false),
      condition: conditionOf(rules.Condition),
    } satisfies TriggerFact);
  }
}

/** ConditionGroup::toArray: `{type, items: [[{object, field, operator, value}, joiner], …]}`. */
function conditionOf(v: Json | undefined): ConditionFact | null {
  if (!isObject(v)) return null;
  const items = listOf(v.items).flatMap((pair) => {
    const [cond, joiner] = listOf(pair);
    if (!isObject(cond)) return [];
    return [
      {
        field: text(cond.field),
        operator: text(cond.operator),
        value: Array.isArray(cond.value) ? cond.value.map((x) => text(x)).join(', ') : text(cond.value),
        joiner: text(joiner) === 'OR' ? ('or' as const) : ('and' as const),
      },
    ];
  });
  return items.length ? { items } : null;
}
