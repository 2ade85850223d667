import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ZipFile } from 'yazl';

/** Builds test archives with yazl, and damages them byte by byte where yazl refuses to. */
export interface ZipEntryInput {
  name: string;
  data: Buffer | string;
  mode?: number;
  mtime?: Date;
}

export async function zipOf(entries: ZipEntryInput[]): Promise<Buffer> {
  const zip = new ZipFile();
  for (const e of entries)
    zip.addBuffer(Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data), e.name, {
      mtime: e.mtime ?? new Date(Date.UTC(2026, 11, 1, 10, 0, 0)),
      ...(e.mode !== undefined ? { mode: e.mode } : {}),
    });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream as AsyncIterable<Buffer>) chunks.push(c);
  return Buffer.concat(chunks);
}

/** Every file under a folder as entries named by their path inside it. */
export function folderEntries(root: string, prefix = ''): ZipEntryInput[] {
  return readdirSync(root)
    .sort()
    .flatMap((name) => {
      const full = join(root, name);
      return statSync(full).isDirectory()
        ? folderEntries(full, `${prefix}${name}/`)
        : [{ name: `${prefix}${name}`, data: readFileSync(full) }];
    });
}

/** Replaces bytes of the same length everywhere (both the local and the central header hold the name). */
export function patch(zip: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error('patch must keep the length');
  const out = Buffer.from(zip);
  const needle = Buffer.from(from);
  let at = out.indexOf(needle);
  while (at >= 0) {
    Buffer.from(to).copy(out, at);
    at = out.indexOf(needle, at + 1);
  }
  return out;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;

/** Sets general purpose bit 0 (encrypted) on every entry, in local and central headers. */
export function markEncrypted(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === LOCAL) out.writeUInt16LE(out.readUInt16LE(i + 6) | 1, i + 6);
    if (sig === CENTRAL) out.writeUInt16LE(out.readUInt16LE(i + 8) | 1, i + 8);
  }
  return out;
}

/** Makes every central header declare `size` uncompressed bytes: an entry that inflates to more than it says. */
export function understateSizes(zip: Buffer, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i + 4 <= out.length; i++)
    if (out.readUInt32LE(i) === CENTRAL) out.writeUInt32LE(size, i + 24);
  return out;
}
