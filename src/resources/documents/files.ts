import { readFile } from 'node:fs/promises';
import { basename, isAbsolute, resolve } from 'node:path';
import { sha256 } from '../../core/hash.js';
import { checkFileAccess, projectRootAt } from '../../spec/project-root.js';
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

/**
 * Reads each template file. With `projectRoot` (the loader's, src/spec/project-root.ts) a file outside it,
 * or a link out of it, is not read: the loader refuses such a spec, and a file swapped for a link after
 * validation is refused here (test/spec/file-access.test.ts).
 */
export async function loadDocumentFiles(
  spec: Spec,
  specDir: string,
  projectRoot?: string,
): Promise<Map<string, DocumentFileEntry>> {
  const out = new Map<string, DocumentFileEntry>();
  const root = projectRoot === undefined ? undefined : await projectRootAt(projectRoot);
  for (const d of spec.documents ?? []) {
    if (out.has(d.file)) continue;
    const abs = isAbsolute(d.file) ? d.file : resolve(specDir, d.file);
    const access = root ? await checkFileAccess(root, abs) : { ok: true as const, path: abs };
    if (!access.ok) {
      out.set(d.file, { error: 'OUTSIDE_PROJECT' });
      continue;
    }
    try {
      out.set(d.file, documentFileOf(await readFile(access.path), d.file));
    } catch (e) {
      out.set(d.file, {
        error: (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e)),
      });
    }
  }
  return out;
}
