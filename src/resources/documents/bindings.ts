import type { Binding } from '../../portal/state-file.js';
import { bind, idIn, syncNamed, unbind, type KindBindings } from '../bind.js';
import { desiredDocuments, matchDocuments } from './diff.js';

declare module '../../portal/state-file.js' {
  interface BindingSections {
    documentTemplates: Record<string, Binding & { fileHash?: string }>;
  }
}

/**
 * Templates are bound by spec name with the hash of the .docx b24cfg last uploaded into them: the
 * portal gives back only download links, never the file's hash (docs/bitrix24/document-generator.md#template-files).
 */
export const documentBindings: KindBindings = {
  section: 'documentTemplates',
  record: (next, c) => {
    if (
      c.method === 'crm.documentgenerator.template.add' ||
      c.method === 'crm.documentgenerator.template.update'
    ) {
      const id = c.method.endsWith('.add') ? idIn(c.result, 'template') : Number(c.params.id);
      if (c.name === undefined || id === undefined) return;
      const fields = (c.params.fields ?? {}) as Record<string, unknown>;
      const uploaded =
        fields.file !== undefined && c.desired && 'fileHash' in c.desired
          ? (c.desired.fileHash as string)
          : undefined;
      const prev = Object.values(next.documentTemplates).find((b) => b.id === id);
      bind(next, 'documentTemplates', c.name, {
        ...prev,
        id,
        lastName: c.name,
        fileHash: uploaded ?? prev?.fileHash,
      });
    }
    if (c.method === 'crm.documentgenerator.template.delete')
      unbind(next, 'documentTemplates', Number(c.params.id));
  },
  afterApply: (next, state, spec, previous) =>
    syncNamed(
      next,
      'documentTemplates',
      state,
      'documentTemplates',
      state.documentTemplates,
      matchDocuments(state.documentTemplates, previous, desiredDocuments(spec)),
    ),
};
