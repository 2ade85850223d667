import type { SandboxState } from '../state.js';
import { archiveContent } from './archive-entities.js';

/**
 * The emulated portal's CRM settings export archive, written the way the server writes it
 * (docs/bitrix24/crm-settings-archive.md): each file encoded by Main\Web\Json::encode, entries in a
 * zip without directory entries, each entry stamped with the download time (UTC, in the Info-ZIP
 * extended timestamp, as nginx mod_zip writes it).
 */
export interface WriteArchiveOptions {
  /** The download time; the emulator's clock in tests. */
  now?: Date;
}

/**
 * JSON as PHP's json_encode with Bitrix's default flags writes it: `/` escaped, `<`, `>`, `&`, `'`
 * and `"` inside strings as \u00XX (JSON_HEX_*), other characters unescaped (JSON_UNESCAPED_UNICODE).
 */
export function phpJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return phpString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(phpJson).join(',')}]`;
  if (typeof value === 'object')
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${phpString(k)}:${phpJson(v)}`)
      .join(',')}}`;
  return 'null';
}

const HEX: Readonly<Record<string, string>> = {
  '"': '\\u0022',
  '<': '\\u003C',
  '>': '\\u003E',
  '&': '\\u0026',
  "'": '\\u0027',
  '/': '\\/',
};

function phpString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const hex = HEX[ch];
    if (hex) out += hex;
    else if (ch === '\\' || ch < ' ') out += JSON.stringify(ch).slice(1, -1);
    else out += ch;
  }
  return `${out}"`;
}

export async function writeCrmSettingsArchive(
  state: SandboxState,
  opts: WriteArchiveOptions = {},
): Promise<Buffer> {
  const { ZipFile } = await import('yazl');
  const zip = new ZipFile();
  const mtime = opts.now ?? new Date();
  for (const [name, content] of archiveContent(state))
    zip.addBuffer(Buffer.from(phpJson(content), 'utf8'), name, { mtime, compress: true });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}
