import type { StatusCreate, StatusCurrent, StatusListChange } from '../crm-status/list-diff.js';
import type { DesiredStatus } from '../crm-status/types.js';

/** The stages of one direction as the spec wants them: process stages, WON, LOSE, loss reasons. */
export interface DesiredDirectionStages {
  dirKey: string;
  dirName: string;
  stages: DesiredStatus[];
}

/** What a stage change carries so that calls can be built from the change alone (saved plans). */
export interface StageTarget {
  dirKey: string;
  /** undefined: the pipeline is created by this plan. */
  pipelineId?: number;
  code: string;
  id?: number;
  defaultIndex?: number;
}

export type StageCreate = StatusCreate<StageTarget>;
export type StageCurrent = StatusCurrent<StageTarget>;
export type StageChange = StatusListChange<'stage', StageTarget>;
