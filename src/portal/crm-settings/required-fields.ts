import type { PipelineFacts, RequiredFieldFact } from './types.js';
import { badShape, int, isObject, listOf, objectOrEmpty, parseEntry, text } from './json.js';
import { stageCodeOf } from './statuses.js';

/**
 * CRM_FIELDS/CRM_DEAL.json carries the required-by-stage configuration in ATTRIBUTE: one entry per
 * scope (`OPTION: []` for the default one, `{CATEGORY_ID}` per pipeline), each `CONFIG` keyed by field
 * name with `[{typeId, groups: [{phaseGroupTypeId, items: [{startPhaseId, finishPhaseId}]}]}]`.
 * typeId 3 is "required"; phase group 1 = all stages, 2 = a range of the pipeline, 3 = lost stages
 * (FieldAttributeType, FieldAttributePhaseGroupType: docs/bitrix24/crm-settings-archive.md#required-fields).
 * The field rows (ITEMS) are not read.
 */
const ENTRY = 'CRM_FIELDS/CRM_DEAL.json';
const REQUIRED = 3;
const GROUP_ALL = 1;
const GROUP_RANGE = 2;
const GROUP_LOST = 3;

export function readRequiredFields(
  files: Map<string, Buffer>,
  archive: string,
  pipelines: PipelineFacts[],
): void {
  const bytes = files.get(ENTRY);
  if (!bytes) return;
  const ctx = { archive, entry: ENTRY };
  const json = parseEntry(bytes, ctx);
  if (!isObject(json)) throw badShape(ctx, 'not an object');
  for (const attr of listOf(json.ATTRIBUTE)) {
    if (!isObject(attr)) throw badShape(ctx, 'an ATTRIBUTE entry is not an object');
    const option = objectOrEmpty(attr.OPTION) ?? {};
    const pipelineId = option.CATEGORY_ID === undefined ? 0 : int(option.CATEGORY_ID);
    const pipeline = pipelines.find((p) => p.archiveId === pipelineId);
    if (!pipeline) continue;
    const config = objectOrEmpty(attr.CONFIG) ?? {};
    for (const [field, configs] of Object.entries(config)) {
      for (const c of listOf(configs)) {
        if (!isObject(c) || int(c.typeId) !== REQUIRED) continue;
        for (const g of listOf(c.groups)) {
          if (!isObject(g)) continue;
          for (const fact of factsOf(field, int(g.phaseGroupTypeId), listOf(g.items), pipeline))
            addOnce(pipeline.required, fact);
        }
      }
    }
  }
}

function factsOf(
  field: string,
  group: number | null,
  items: ReturnType<typeof listOf>,
  pipeline: PipelineFacts,
): RequiredFieldFact[] {
  const codes = pipeline.stages.map((s) => s.code);
  if (group === GROUP_ALL) return [{ field, scope: 'all', from: null, to: null, stages: codes }];
  if (group === GROUP_LOST) {
    const lost = pipeline.stages.filter((s) => s.semantics === 'failure').map((s) => s.code);
    return [{ field, scope: 'lost', from: null, to: null, stages: lost }];
  }
  if (group !== GROUP_RANGE) return [];
  return items.flatMap((item) => {
    if (!isObject(item)) return [];
    const from = stageCodeOf(text(item.startPhaseId));
    const to = stageCodeOf(text(item.finishPhaseId));
    const a = codes.indexOf(from);
    const b = codes.indexOf(to);
    const stages = a >= 0 && b >= a ? codes.slice(a, b + 1) : [];
    return [{ field, scope: 'range' as const, from, to, stages }];
  });
}

function addOnce(list: RequiredFieldFact[], fact: RequiredFieldFact): void {
  const same = (x: RequiredFieldFact) =>
    x.field === fact.field && x.scope === fact.scope && x.from === fact.from && x.to === fact.to;
  if (!list.some(same)) list.push(fact);
}
