import type { Change, KeptNote } from '../plan/types.js';
import type { PlannedCall } from '../plan/calls.js';
import type { PlanContext } from './context.js';
import { departmentCalls } from './department-calls.js';
import { diffDepartments } from './departments.js';
import { dictionaryCalls } from './dictionary-calls.js';
import { diffDictionaries } from './dictionaries.js';
import { documentCalls } from './document-calls.js';
import { diffDocuments } from './documents.js';
import { diffManual } from './manual.js';
import { numeratorCalls, numeratorDeleteCalls } from './numerator-calls.js';
import { diffNumerators } from './numerators.js';
import { openLineCalls } from './open-line-calls.js';
import { diffOpenLines } from './open-lines.js';
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
  // Sources before the open lines that name one as CRM_SOURCE; numerators before the templates that
  // number with them (a new one is referenced by $result).
  { name: 'dictionaries', diff: diffDictionaries, calls: dictionaryCalls },
  { name: 'numerators', diff: diffNumerators, calls: numeratorCalls },
  { name: 'documents', diff: diffDocuments, calls: documentCalls },
  { name: 'numeratorDeletes', diff: () => ({ changes: [] }), calls: numeratorDeleteCalls },
  { name: 'openLines', diff: diffOpenLines, calls: openLineCalls },
  { name: 'departments', diff: diffDepartments, calls: departmentCalls },
  { name: 'manual', diff: diffManual, calls: () => [] },
  // Pipelines are deleted last, after their stages and everything bound to them.
  { name: 'pipelineDeletes', diff: () => ({ changes: [] }), calls: pipelineDeleteCalls },
];

/** All calls of a plan, in execution order. */
export function callsFor(changes: readonly Change[]): PlannedCall[] {
  return resourceKinds.flatMap((k) => k.calls(changes));
}
