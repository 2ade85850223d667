import { documentsToSpec } from './to-spec.js';
import { documentBindings } from './bindings.js';
import { describeDocuments } from './describe.js';
import { documentReader, type PortalDocumentTemplate } from './read.js';
import type { ResourceKind } from '../kind.js';
import { documentCalls } from './calls.js';
import { desiredDocuments, diffDocuments } from './diff.js';
import type { DesiredDocument, DocumentChange } from './types.js';

export { matchDocuments, desiredDocuments, DEFAULT_REGION } from './diff.js';
export { documentCallKey } from './calls.js';
export { documentFileOf, loadDocumentFiles, type DocumentFileEntry, type DocumentFiles } from './files.js';
export type { PortalDocumentTemplate } from './read.js';
export type { DocumentChange, EntityTypeRef, NumeratorRef } from './types.js';

/** Document-generator templates (.docx), bound to pipelines and numbered by numerators. */
export const documentKind: ResourceKind<
  'documents',
  DocumentChange,
  DesiredDocument[] | undefined,
  PortalDocumentTemplate[],
  'documentTemplates'
> = {
  name: 'documents',
  // Templates bind to pipelines and number with numerators this plan may create ($result references).
  dependsOn: ['pipelines', 'numerators'],
  changeKinds: ['documentTemplate'],
  read: documentReader,
  desired: (spec) => (spec.documents === undefined ? undefined : desiredDocuments(spec)),
  current: (state) => state.documentTemplates,
  diff: diffDocuments,
  toCalls: documentCalls,
  describe: describeDocuments,
  bindings: documentBindings,
  // Not a spec section of its own: the export only binds the templates by name.
  toSpec: documentsToSpec,
};
