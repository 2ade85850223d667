/** ENTITY_ID of a pipeline's stages: DEAL_STAGE for 0, DEAL_STAGE_<id> otherwise (docs/bitrix24/stages.md#status-lists). */
export function dealStageEntityId(pipelineId: number): string {
  return pipelineId === 0 ? 'DEAL_STAGE' : `DEAL_STAGE_${pipelineId}`;
}

/** The C{id}: prefix Bitrix24 adds to stage codes of non-default pipelines (docs/bitrix24/stages.md#code-prefix). */
export function stagePrefix(pipelineId: number): string {
  return pipelineId === 0 ? '' : `C${pipelineId}:`;
}

export function stripStagePrefix(statusId: string): string {
  const m = /^C\d+:(.*)$/.exec(statusId);
  return m ? (m[1] ?? statusId) : statusId;
}
