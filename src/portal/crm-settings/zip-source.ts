import type { Entry, ZipFile } from 'yauzl';
import { errorOf, isCliError } from '../../core/errors.js';
import {
  ByteBudget,
  entryError,
  isWanted,
  printable,
  tooManyFiles,
  unsafePathReason,
  type ArchiveLimits,
} from './entry-guard.js';
import { CRM_SETTINGS_ERRORS } from './messages.js';

/** The entries b24cfg needs, read into memory, and when the portal wrote the archive. */
export interface ArchiveFiles {
  files: Map<string, Buffer>;
  /** The newest entry time among all entries, null when none carries one. */
  newest: Date | null;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const MADE_BY_UNIX = 3;

/**
 * Reads a zip archive with yauzl, checking every entry before anything is inflated: names that could
 * escape a folder, encryption (general purpose bit 0), symlinks, the number of entries, and the
 * declared and the actually inflated sizes (a zip bomb declares small sizes). Only the entries
 * b24cfg needs are inflated. The module is loaded on first use, so commands without an archive do
 * not pay for it.
 */
export async function readZipArchive(
  bytes: Buffer,
  archive: string,
  limits: ArchiveLimits,
): Promise<ArchiveFiles> {
  const yauzl = await import('yauzl');
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, {
      lazyEntries: true,
      decodeStrings: false,
      validateEntrySizes: true,
    });
  } catch (e) {
    throw damaged(archive, e);
  }
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw tooManyFiles(archive, limits.maxEntries);
  }
  const budget = new ByteBudget(limits, archive);
  const files = new Map<string, Buffer>();
  let newest: Date | null = null;
  let declaredTotal = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      const name = yauzl.getFileNameLowLevel(
        entry.generalPurposeBitFlag,
        entry.fileNameRaw,
        entry.extraFields,
        true,
      );
      checkEntry(entry, name, archive);
      declaredTotal += entry.uncompressedSize;
      budget.declareTotal(name, declaredTotal);
      const when = entry.getLastModDate({ timezone: 'UTC' });
      if (newest === null || when > newest) newest = when;
      if (name.endsWith('/') || !isWanted(name)) continue;
      budget.declare(name, entry.uncompressedSize);
      files.set(name, await inflate(zip, entry, name, budget, archive));
    }
  } catch (e) {
    zip.close();
    if (isCliError(e)) throw e;
    throw damaged(archive, e);
  }
  return { files, newest };
}

function checkEntry(entry: Entry, name: string, archive: string): void {
  const unsafe = unsafePathReason(name);
  if (unsafe) throw entryError('CRM_SETTINGS_UNSAFE_PATH', archive, name, unsafe);
  if (entry.isEncrypted()) throw entryError('CRM_SETTINGS_ENCRYPTED', archive, name);
  const unixMode = entry.externalFileAttributes >>> 16;
  if (entry.versionMadeBy >>> 8 === MADE_BY_UNIX && (unixMode & S_IFMT) === S_IFLNK)
    throw entryError('CRM_SETTINGS_SYMLINK', archive, name);
}

async function inflate(
  zip: ZipFile,
  entry: Entry,
  name: string,
  budget: ByteBudget,
  archive: string,
): Promise<Buffer> {
  if (!entry.canDecodeFileData())
    throw errorOf(CRM_SETTINGS_ERRORS, 'CRM_SETTINGS_DAMAGED', {
      where: `${archive} ▸ ${printable(name)}`,
      data: { archive, reason: `compression method ${entry.compressionMethod}` },
    });
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      budget.add(name, chunk.length, size);
      chunks.push(chunk);
    }
  } catch (e) {
    stream.destroy();
    throw e;
  }
  return Buffer.concat(chunks, size);
}

function damaged(archive: string, cause: unknown) {
  const reason = cause instanceof Error ? printable(cause.message) : 'unreadable';
  return errorOf(CRM_SETTINGS_ERRORS, 'CRM_SETTINGS_DAMAGED', {
    where: archive,
    data: { archive, reason },
    cause,
  });
}
