import { errorOf, type CliError } from '../../core/errors.js';
import { CRM_SETTINGS_ERRORS } from './messages.js';

/**
 * Limits and checks shared by the zip and the folder reader. The portal's own archive is a few hundred
 * small JSON files (docs/bitrix24/crm-settings-archive.md); anything far larger is not one, so the
 * limits fail closed long before memory or disk is at risk.
 */
export interface ArchiveLimits {
  /** Entries (files) in the archive, read or not. */
  maxEntries: number;
  /** Uncompressed bytes in all, counted as declared and as actually inflated. */
  maxTotalBytes: number;
  /** Uncompressed bytes of one entry. */
  maxEntryBytes: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 5000,
  maxTotalBytes: 128 * 1024 * 1024,
  maxEntryBytes: 32 * 1024 * 1024,
};

/** Entry names and paths from an archive reach a terminal only through this: no control or bidi characters. */
export function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '?');
}

/**
 * Why an entry path could escape the folder it is unpacked into (zip slip), or null when it is safe.
 * Bitrix24 writes only `FOLDER/name.json`, `manifest.json` and `files/<id>` (docs/bitrix24/crm-settings-archive.md).
 */
export function unsafePathReason(name: string): string | null {
  if (name === '') return 'empty name';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'control characters';
  if (name.includes('\\')) return 'backslash';
  if (name.startsWith('/')) return 'absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'drive letter';
  if (name.split('/').some((seg) => seg === '..')) return 'parent directory';
  return null;
}

/** The entries b24cfg reads; the rest (web forms, card layouts, files) is never inflated. */
const WANTED =
  /^(manifest\.json|(CRM_STATUS|CRM_FIELDS|CRM_ROLE|BIZPROC_MAIN|BIZPROC_CRM_TRIGGER)\/[^/]+\.json)$/;

export function isWanted(name: string): boolean {
  return WANTED.test(name);
}

/** Counts inflated bytes across entries and fails as soon as a limit is passed. */
export class ByteBudget {
  private total = 0;
  constructor(
    private readonly limits: ArchiveLimits,
    private readonly archive: string,
  ) {}

  /** Declared sizes are checked first: a lie is caught again when the bytes are counted. */
  declare(entry: string, bytes: number): void {
    if (bytes > this.limits.maxEntryBytes) throw this.tooLarge(entry, this.limits.maxEntryBytes);
  }

  /** The sum of all declared sizes, read or not: "more than a set number of uncompressed bytes". */
  declareTotal(entry: string, declaredTotal: number): void {
    if (declaredTotal > this.limits.maxTotalBytes) throw this.tooLarge(entry, this.limits.maxTotalBytes);
  }

  add(entry: string, bytes: number, entryTotal: number): void {
    this.total += bytes;
    if (entryTotal > this.limits.maxEntryBytes) throw this.tooLarge(entry, this.limits.maxEntryBytes);
    if (this.total > this.limits.maxTotalBytes) throw this.tooLarge(entry, this.limits.maxTotalBytes);
  }

  private tooLarge(entry: string, limit: number): CliError {
    return errorOf(CRM_SETTINGS_ERRORS, 'CRM_SETTINGS_TOO_LARGE', {
      where: `${this.archive} ▸ ${printable(entry)}`,
      data: { archive: this.archive, entry: printable(entry), limit },
    });
  }
}

export function entryError(
  code: 'CRM_SETTINGS_UNSAFE_PATH' | 'CRM_SETTINGS_ENCRYPTED' | 'CRM_SETTINGS_SYMLINK',
  archive: string,
  entry: string,
  reason = '',
): CliError {
  return errorOf(CRM_SETTINGS_ERRORS, code, {
    where: `${archive} ▸ ${printable(entry)}`,
    data: { archive, entry: printable(entry), reason },
  });
}

export function tooManyFiles(archive: string, limit: number): CliError {
  return errorOf(CRM_SETTINGS_ERRORS, 'CRM_SETTINGS_TOO_MANY_FILES', {
    where: archive,
    data: { archive, limit },
  });
}
