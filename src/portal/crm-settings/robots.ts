import type { PipelineFacts, StageFacts } from './types.js';
import { badShape, int, isObject, parseEntry, text } from './json.js';
import { robotFactOf } from './robot-kinds.js';
import { walkTemplate } from './template-walk.js';

/**
 * BIZPROC_MAIN/<step>.json: one workflow template per file, each
 * `{MODULE_ID, ENTITY, DOCUMENT_TYPE, DOCUMENT_STATUS, AUTO_EXECUTE, TEMPLATE_DATA: {TEMPLATE, …}}`.
 * Robot templates of deals are those with AUTO_EXECUTE 8 (automation) on CCrmDocumentDeal; business
 * processes share the folder and are skipped (docs/bitrix24/crm-settings-archive.md#bizproc_main).
 */
const FILE = /^BIZPROC_MAIN\/[^/]+\.json$/;
const AUTOMATION = 8;

export function stageIndex(pipelines: PipelineFacts[]): Map<string, StageFacts> {
  const byStatus = new Map<string, StageFacts>();
  for (const p of pipelines) for (const s of p.stages) byStatus.set(s.statusId, s);
  return byStatus;
}

export function readRobots(files: Map<string, Buffer>, archive: string, pipelines: PipelineFacts[]): void {
  const byStatus = stageIndex(pipelines);
  const entries = [...files.keys()].filter((k) => FILE.test(k)).sort(byStep);
  for (const entry of entries) {
    const ctx = { archive, entry };
    const json = parseEntry(files.get(entry) as Buffer, ctx);
    if (!isObject(json)) throw badShape(ctx, 'not an object');
    // 0.json may carry only CRM_DYNAMIC_TYPES_INFO when the first template was not exported.
    if (json.AUTO_EXECUTE === undefined && json.TEMPLATE_DATA === undefined) continue;
    if (int(json.AUTO_EXECUTE) !== AUTOMATION) continue;
    if (text(json.MODULE_ID) !== 'crm' || text(json.ENTITY) !== 'CCrmDocumentDeal') continue;
    const stage = byStatus.get(text(json.DOCUMENT_STATUS));
    // A template left behind by a deleted stage never runs: nothing to show.
    if (!stage) continue;
    const data = json.TEMPLATE_DATA;
    if (!isObject(data)) {
      stage.unreadable = `${entry}: TEMPLATE_DATA is not an object`;
      continue;
    }
    const walked = walkTemplate(data.TEMPLATE);
    if ('unreadable' in walked) {
      stage.unreadable = `${entry}: ${walked.unreadable}`;
      stage.robots = [];
      continue;
    }
    stage.robots.push(...walked.robots.map(robotFactOf));
  }
}

/** Steps are numbers: 2.json comes before 10.json, as the server wrote them. */
function byStep(a: string, b: string): number {
  const n = (s: string) => Number(/\/(\d+)\.json$/.exec(s)?.[1] ?? Number.MAX_SAFE_INTEGER);
  return n(a) - n(b) || a.localeCompare(b);
}
