import type { PipelineFacts, StageFacts, StageSemantics } from './types.js';
import { badShape, int, isObject, listOf, parseEntry, text, type Json } from './json.js';

/**
 * CRM_STATUS/DEAL_STAGE.json (pipeline 0) and DEAL_STAGE_<id>.json hold each pipeline's stages, with
 * the pipeline's name in ENTITY.NAME (docs/bitrix24/crm-settings-archive.md): the only place that maps
 * the archive's pipeline ids to names and stage codes. Other status lists are not read.
 */
const DEAL_STAGE_FILE = /^CRM_STATUS\/DEAL_STAGE(?:_(\d+))?\.json$/;

/** `C3:NEW` → `NEW`; pipeline 0 has no prefix. */
export function stageCodeOf(statusId: string): string {
  const m = /^C\d+:(.*)$/.exec(statusId);
  return m ? (m[1] as string) : statusId;
}

export function readPipelines(files: Map<string, Buffer>, archive: string): PipelineFacts[] {
  const out: PipelineFacts[] = [];
  for (const [entry, bytes] of files) {
    const m = DEAL_STAGE_FILE.exec(entry);
    if (!m) continue;
    const ctx = { archive, entry };
    const json = parseEntry(bytes, ctx);
    if (!isObject(json) || !isObject(json.ENTITY)) throw badShape(ctx, 'ENTITY is missing');
    const id = m[1] === undefined ? 0 : Number(m[1]);
    const info = isObject(json.ENTITY.SEMANTIC_INFO) ? json.ENTITY.SEMANTIC_INFO : {};
    const rows = listOf(json.ITEMS).map((item) => stageOf(item, text(info.FINAL_SUCCESS_FIELD)));
    if (rows.some((r) => r === null)) throw badShape(ctx, 'an item has no STATUS_ID');
    const sorted = (rows as Row[]).sort((a, b) => a.stage.sort - b.stage.sort);
    // Rows written without SEMANTICS: process before the success stage, failure after it.
    const success = sorted.find((r) => r.stage.semantics === 'success')?.stage;
    for (const r of sorted)
      if (!r.explicit) r.stage.semantics = success && r.stage.sort > success.sort ? 'failure' : 'process';
    const stages = sorted.map((r) => r.stage);
    out.push({ archiveId: id, name: text(json.ENTITY.NAME), stages, required: [] });
  }
  return out.sort((a, b) => a.archiveId - b.archiveId);
}

interface Row {
  stage: StageFacts;
  explicit: boolean;
}

function stageOf(item: Json, successId: string): Row | null {
  if (!isObject(item) || text(item.STATUS_ID) === '') return null;
  const statusId = text(item.STATUS_ID);
  const sem = text(item.SEMANTICS);
  const semantics: StageSemantics | null =
    sem === 'S' ? 'success' : sem === 'F' ? 'failure' : statusId === successId ? 'success' : null;
  return {
    explicit: semantics !== null,
    stage: {
      code: stageCodeOf(statusId),
      statusId,
      name: text(item.NAME),
      sort: int(item.SORT) ?? 0,
      semantics: semantics ?? 'process',
      robots: [],
      triggers: [],
      unreadable: null,
    },
  };
}
