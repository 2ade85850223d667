import type { Direction } from '../../spec/spec.generated.js';
import type { PortalStatus } from '../crm-status/read.js';
import { dealStageEntityId, stripStagePrefix } from '../crm-status/stage-ids.js';

/**
 * A pipeline's stages as the spec writes them inside its direction: process stages in order, the won
 * stage, the generic LOSE stage and the loss reasons (the other failure stages). The pipeline kind
 * puts them into each exported direction.
 */
export function directionStages(
  statuses: readonly PortalStatus[],
  pipelineId: number,
): Pick<Direction, 'stages' | 'won' | 'lost'> {
  const stages = statuses
    .filter((s) => s.entityId === dealStageEntityId(pipelineId))
    .sort((a, b) => a.sort - b.sort || a.id - b.id);
  const dir: Pick<Direction, 'stages' | 'won' | 'lost'> = {};
  const process = stages.filter((s) => s.semantics === null);
  if (process.length > 0) {
    dir.stages = process.map((s) => withColor({ code: stripStagePrefix(s.statusId), name: s.name }, s.color));
  }
  const won = stages.find((s) => s.semantics === 'S');
  if (won) dir.won = withColor({ name: won.name }, won.color);
  const lose = stages.find((s) => s.semantics === 'F' && stripStagePrefix(s.statusId) === 'LOSE');
  const reasons = stages.filter((s) => s.semantics === 'F' && stripStagePrefix(s.statusId) !== 'LOSE');
  if (lose || reasons.length > 0) {
    dir.lost = {};
    if (lose) Object.assign(dir.lost, withColor({ name: lose.name }, lose.color));
    if (reasons.length > 0)
      dir.lost.reasons = reasons.map((s) =>
        withColor({ code: stripStagePrefix(s.statusId), name: s.name }, s.color),
      );
  }
  return dir;
}

export function withColor<T extends object>(o: T, color: string | null): T & { color?: string } {
  return color ? { ...o, color } : o;
}
