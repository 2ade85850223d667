import { readFile, stat } from 'node:fs/promises';
import { errorOf } from '../../core/errors.js';
import { DEFAULT_ARCHIVE_LIMITS, printable, type ArchiveLimits } from './entry-guard.js';
import { readArchiveFolder } from './folder-source.js';
import { readManifest } from './manifest.js';
import { CRM_SETTINGS_ERRORS } from './messages.js';
import { readRequiredFields } from './required-fields.js';
import { readRobots } from './robots.js';
import { readRoles } from './roles.js';
import { readPipelines } from './statuses.js';
import { readTriggers } from './triggers.js';
import type { CrmSettingsFacts } from './types.js';
import { readZipArchive, type ArchiveFiles } from './zip-source.js';

export interface ReadCrmSettingsOptions {
  limits?: Partial<ArchiveLimits>;
  /** How errors and reports name the archive (the path as the user typed it); default: the path read. */
  shownAs?: string;
}

/**
 * Reads the portal's CRM settings export archive — the zip an administrator downloads, or that zip
 * unpacked into a folder — into facts about robots, triggers, required fields and roles. Offline: the
 * archive is only read, never sent anywhere, and its import (destructive on the portal) is never used.
 * Every failure is a CliError naming the archive and the entry (exit 1).
 */
export async function readCrmSettings(
  pathOrFolder: string,
  opts: ReadCrmSettingsOptions = {},
): Promise<CrmSettingsFacts> {
  const limits = { ...DEFAULT_ARCHIVE_LIMITS, ...opts.limits };
  const archive = printable(opts.shownAs ?? pathOrFolder);
  const { files, newest } = await load(pathOrFolder, archive, limits);
  return factsFromFiles(files, newest, archive);
}

/** The same reading over entries already in memory (the sandbox's own archive, tests). */
export function factsFromFiles(
  files: Map<string, Buffer>,
  newest: Date | null,
  archive: string,
): CrmSettingsFacts {
  const manifest = readManifest(files.get('manifest.json'), archive);
  const pipelines = readPipelines(files, archive);
  readRobots(files, archive, pipelines);
  readTriggers(files, archive, pipelines);
  readRequiredFields(files, archive, pipelines);
  const roles = readRoles(files, archive);
  return {
    archive: {
      source: archive,
      manifestCode: manifest.code,
      manifestVersion: manifest.version,
      writtenAt: newest,
    },
    pipelines,
    roles,
  };
}

async function load(path: string, archive: string, limits: ArchiveLimits): Promise<ArchiveFiles> {
  let kind: 'file' | 'folder';
  let size = 0;
  try {
    const st = await stat(path);
    if (!st.isFile() && !st.isDirectory()) throw new Error('not a file or folder');
    kind = st.isDirectory() ? 'folder' : 'file';
    size = st.size;
  } catch (e) {
    throw errorOf(CRM_SETTINGS_ERRORS, 'CRM_SETTINGS_NOT_FOUND', {
      where: archive,
      data: { archive },
      cause: e,
    });
  }
  if (kind === 'folder') return readArchiveFolder(path, archive, limits);
  // A compressed archive larger than everything it may unpack to is not one.
  if (size > limits.maxTotalBytes)
    throw errorOf(CRM_SETTINGS_ERRORS, 'CRM_SETTINGS_TOO_LARGE', {
      where: archive,
      data: { archive, entry: archive, limit: limits.maxTotalBytes },
    });
  const bytes = await readFile(path);
  return readZipArchive(bytes, archive, limits);
}

/** Whole days between the archive's date and `now`, for "archive of 2026-12-01, 3 days old"; null when unknown. */
export function archiveAgeDays(facts: CrmSettingsFacts, now: Date): number | null {
  const at = facts.archive.writtenAt;
  if (!at) return null;
  return Math.max(0, Math.floor((now.getTime() - at.getTime()) / 86_400_000));
}
