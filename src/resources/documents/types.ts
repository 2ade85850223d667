import type { Document } from '../../spec/spec.generated.js';
import type { BlockedOf, CreateOf, DeleteOf, RenameOf, UpdateOf } from '../change.js';

export interface DesiredDocument {
  name: string;
  renamedFrom: string[];
  pointer: string;
  doc: Document;
}

/** A binding of a template to a pipeline this plan creates: its id is only known after the add. */
export interface NewPipelineRef {
  newPipeline: string;
}
export type EntityTypeRef = string | NewPipelineRef;
export type NumeratorRef = { id: number } | { newName: string };

/** The .docx to upload, with the hash the state file records after the upload. */
export interface Upload {
  fileName: string;
  fileHash: string;
  fileBase64: string;
}

export interface TemplateCreate extends Upload {
  name: string;
  numerator: NumeratorRef;
  entityTypeIds: EntityTypeRef[];
  region: string;
  active: boolean;
  withStamps: boolean;
  users: string[];
}

/** Only what changes travels: the name always, the file only when it is re-uploaded. */
export interface TemplateUpdate extends Partial<Upload> {
  name: string;
  numerator?: NumeratorRef;
  entityTypeIds?: EntityTypeRef[];
  active?: boolean;
  withStamps?: boolean;
}

export type DocumentChange =
  | CreateOf<'documentTemplate', TemplateCreate>
  | UpdateOf<'documentTemplate', TemplateUpdate>
  | RenameOf<'documentTemplate', TemplateUpdate>
  | DeleteOf<'documentTemplate', { name: string; numeratorId: number | null }>
  | BlockedOf<'documentTemplate'>;
