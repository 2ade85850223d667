import type { Change, KeptNote } from '../plan/types.js';
import type { PlannedCall } from '../plan/calls.js';
import type { PlanContext } from './context.js';
import { diffManual } from './manual.js';
import { diffPipelines, pipelineCalls, pipelineDeleteCalls } from './pipelines.js';
import { stageCalls } from './stage-calls.js';
import { diffStages } from './stages.js';
import { userFieldCalls } from './user-field-calls.js';
import { diffUserFields } from './user-fields.js';

/**
 * One entry per resource kind, in dependency order: a kind may read what earlier kinds resolved
 * (stages read ctx.pipelines). `calls` turns the kind's changes into REST calls (pure).
 */
export interface ResourceKind {
  name: string;
  diff(ctx: PlanContext): { changes: Change[]; kept?: KeptNote[] };
  calls(changes: readonly Change[]): PlannedCall[];
}

export const resourceKinds: ResourceKind[] = [
  { name: 'pipelines', diff: diffPipelines, calls: pipelineCalls },
  { name: 'stages', diff: diffStages, calls: stageCalls },
  { name: 'userFields', diff: diffUserFields, calls: userFieldCalls },
  { name: 'manual', diff: diffManual, calls: () => [] },
  // Pipelines are deleted last, after their stages and everything bound to them.
  { name: 'pipelineDeletes', diff: () => ({ changes: [] }), calls: pipelineDeleteCalls },
];

/** All calls of a plan, in execution order. */
export function callsFor(changes: readonly Change[]): PlannedCall[] {
  return resourceKinds.flatMap((k) => k.calls(changes));
}
