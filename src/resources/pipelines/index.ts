import type { ResourceKind } from '../kind.js';
import { pipelineBindings } from './bindings.js';
import { describePipelines } from './describe.js';
import { pipelineCalls, pipelineDeleteCalls } from './calls.js';
import { desiredPipelines, diffPipelines } from './diff.js';
import type { DesiredPipeline, PipelineChange } from './types.js';
import { pipelineReader, type PortalPipeline } from './read.js';
import { pipelinesToSpec } from './to-spec.js';

export { desiredPipelines, matchPipelines, type PipelineMatch } from './diff.js';
export { pipelineCallKey } from './calls.js';
export type { PortalPipeline } from './read.js';
export type { DesiredPipeline, PipelineChange, PipelineFields } from './types.js';

/** Deal pipelines (directions). */
export const pipelineKind: ResourceKind<
  'pipelines',
  PipelineChange,
  DesiredPipeline[] | undefined,
  PortalPipeline[],
  'pipelines'
> = {
  name: 'pipelines',
  dependsOn: [],
  changeKinds: ['pipeline'],
  read: pipelineReader,
  desired: (spec) => (spec.directions === undefined ? undefined : desiredPipelines(spec)),
  current: (state) => state.pipelines,
  diff: diffPipelines,
  toCalls: pipelineCalls,
  toLateCalls: pipelineDeleteCalls,
  describe: describePipelines,
  bindings: pipelineBindings,
  specSections: ['directions'],
  toSpec: pipelinesToSpec,
};
