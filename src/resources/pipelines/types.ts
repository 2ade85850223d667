import type { BlockedOf, CreateOf, DeleteOf, RenameOf, UpdateOf } from '../change.js';

/** A direction of the spec, normalised. */
export interface DesiredPipeline {
  key: string;
  name: string;
  renamedFrom: string[];
  pointer: string;
}

/** What a pipeline change writes (create, update, rename) or deletes. */
export interface PipelineFields {
  name: string;
  sort: number;
}

export type PipelineChange =
  | CreateOf<'pipeline', PipelineFields>
  | UpdateOf<'pipeline', PipelineFields>
  | RenameOf<'pipeline', PipelineFields>
  | DeleteOf<'pipeline', PipelineFields>
  | BlockedOf<'pipeline'>;
