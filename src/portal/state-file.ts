import { join } from 'node:path';
import { writeJsonFile, readTextFileIfExists } from '../core/files.js';
import { errorOf } from '../core/errors.js';
import { STATE_ERRORS } from './state-messages.js';

/**
 * `.b24cfg/<host>.state.json`: which portal object each spec key is bound to. Deal pipelines, open
 * lines and document templates have no writable stable key on the portal
 * (docs/bitrix24/pipelines.md#no-writable-key, docs/bitrix24/open-lines.md#natural-key,
 * docs/bitrix24/document-generator.md#template-key), so without this file a rename could only be guessed from
 * names. `lastName` guards against a stale binding: an id whose object no longer carries any of the known
 * names is not trusted.
 */
export interface Binding {
  id: number;
  lastName: string;
}

export interface StateFile {
  version: 1;
  host: string;
  updatedAt: string;
  pipelines: Record<string, Binding>;
  openLines: Record<string, Binding>;
  documentTemplates: Record<string, Binding & { fileHash?: string }>;
  /**
   * viaRest: b24cfg created it with numerator.add, so REST may change it
   * (docs/bitrix24/document-generator.md#rest-made-numerators).
   */
  numerators: Record<string, Binding & { viaRest?: boolean }>;
}

export function emptyStateFile(host: string): StateFile {
  return {
    version: 1,
    host,
    updatedAt: '',
    pipelines: {},
    openLines: {},
    documentTemplates: {},
    numerators: {},
  };
}

export function stateFilePath(dir: string, host: string): string {
  const safe = host.replace(/[^A-Za-z0-9._-]+/g, '_');
  return join(dir, '.b24cfg', `${safe}.state.json`);
}

export async function loadStateFile(dir: string, host: string): Promise<StateFile> {
  const path = stateFilePath(dir, host);
  const raw = await readTextFileIfExists(path);
  if (raw === undefined) return emptyStateFile(host);
  try {
    const parsed = JSON.parse(raw) as Partial<StateFile>;
    if (parsed.version !== 1) throw new Error(`unsupported version ${String(parsed.version)}`);
    return { ...emptyStateFile(host), ...parsed, host };
  } catch (e) {
    throw errorOf(STATE_ERRORS, 'STATE_FILE_UNREADABLE', {
      where: path,
      data: { why: e instanceof Error ? e.message : String(e) },
    });
  }
}

export async function saveStateFile(dir: string, state: StateFile, now: Date): Promise<string> {
  const path = stateFilePath(dir, state.host);
  const sorted = (r: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)));
  await writeJsonFile(path, {
    ...state,
    updatedAt: now.toISOString(),
    pipelines: sorted(state.pipelines),
    openLines: sorted(state.openLines),
    documentTemplates: sorted(state.documentTemplates),
    numerators: sorted(state.numerators),
  });
  return path;
}
