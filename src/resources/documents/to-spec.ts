import type { Spec } from '../../spec/spec.generated.js';
import type { SpecExport } from '../spec-export.js';
import type { PortalDocumentTemplate } from './read.js';

/**
 * Document templates are not exported (b24cfg does not download their .docx:
 * docs/bitrix24/document-generator.md#template-files), but each is
 * bound by name in the state file, keeping the hash of the file b24cfg last uploaded into it.
 */
export function documentsToSpec(templates: readonly PortalDocumentTemplate[], x: SpecExport): Partial<Spec> {
  for (const t of templates) {
    const prev = x.previous.documentTemplates[t.name];
    x.binding.documentTemplates[t.name] = {
      id: t.id,
      lastName: t.name,
      ...(prev?.fileHash ? { fileHash: prev.fileHash } : {}),
    };
  }
  return {};
}
