import { statusReader, type PortalStatus } from '../crm-status/read.js';
import { describeStages } from './describe.js';
import type { ResourceKind } from '../kind.js';
import { stageCalls } from './calls.js';
import { desiredDirections, diffStages } from './diff.js';
import type { DesiredDirectionStages, StageChange } from './types.js';

export { DEFAULT_DEAL_STAGES, type DefaultStage } from './default-stages.js';
export { desiredStages } from './diff.js';
export type { StageChange, StageTarget } from './types.js';

/** Deal stages, won/lost stages and loss reasons of the managed directions. */
export const stageKind: ResourceKind<
  'stages',
  StageChange,
  DesiredDirectionStages[],
  PortalStatus[],
  'statuses'
> = {
  name: 'stages',
  dependsOn: ['pipelines'],
  changeKinds: ['stage'],
  read: statusReader,
  desired: desiredDirections,
  current: (state) => state.statuses,
  diff: diffStages,
  toCalls: stageCalls,
  describe: describeStages,
};
