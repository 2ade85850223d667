import { readFile } from 'node:fs/promises';
import { basename, isAbsolute, resolve } from 'node:path';
import { sha256 } from '../../core/hash.js';
import type { Spec } from '../../spec/spec.generated.js';

/**
 * The .docx files of `documents:`, read once before planning (I/O at the edge, the planner stays
 * pure). Paths are relative to the root spec's folder: the loader rebases them there
 * (src/spec/file-refs.ts). Uploads go as `[name, base64]` (docs/bitrix24/document-generator.md#template-files).
 */
export interface DocumentFile {
  fileName: string;
  sha256: string;
  base64: string;
  size: number;
}

export type DocumentFileEntry = DocumentFile | { error: string };

export type DocumentFiles = ReadonlyMap<string, DocumentFileEntry>;

export function documentFileOf(bytes: Buffer, path: string): DocumentFile {
  return {
    fileName: basename(path),
    sha256: sha256(bytes),
    base64: bytes.toString('base64'),
    size: bytes.length,
  };
}

export async function loadDocumentFiles(
  spec: Spec,
  specDir: string,
): Promise<Map<string, DocumentFileEntry>> {
  const out = new Map<string, DocumentFileEntry>();
  for (const d of spec.documents ?? []) {
    if (out.has(d.file)) continue;
    const abs = isAbsolute(d.file) ? d.file : resolve(specDir, d.file);
    try {
      out.set(d.file, documentFileOf(await readFile(abs), d.file));
    } catch (e) {
      out.set(d.file, {
        error: (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e)),
      });
    }
  }
  return out;
}
