import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ByteBudget, entryError, isWanted, tooManyFiles, type ArchiveLimits } from './entry-guard.js';
import type { ArchiveFiles } from './zip-source.js';

/**
 * Reads an archive a user already unpacked. The same limits hold as for the zip; a symbolic link
 * anywhere inside is refused rather than followed, so nothing outside the folder is ever read.
 */
export async function readArchiveFolder(
  root: string,
  archive: string,
  limits: ArchiveLimits,
): Promise<ArchiveFiles> {
  const budget = new ByteBudget(limits, archive);
  const files = new Map<string, Buffer>();
  let newest: Date | null = null;
  let count = 0;
  const walk = async (dir: string, prefix: string): Promise<void> => {
    const names = (await readdir(dir)).sort();
    for (const name of names) {
      const rel = `${prefix}${name}`;
      const full = join(dir, name);
      const st = await lstat(full);
      if (st.isSymbolicLink()) throw entryError('CRM_SETTINGS_SYMLINK', archive, rel);
      if (st.isDirectory()) {
        await walk(full, `${rel}/`);
        continue;
      }
      if (!st.isFile()) continue;
      count += 1;
      if (count > limits.maxEntries) throw tooManyFiles(archive, limits.maxEntries);
      if (newest === null || st.mtime > newest) newest = st.mtime;
      if (!isWanted(rel)) continue;
      budget.declare(rel, st.size);
      const bytes = await readFile(full);
      budget.add(rel, bytes.length, bytes.length);
      files.set(rel, bytes);
    }
  };
  await walk(root, '');
  return { files, newest };
}
