import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeJsonFile, readTextFileIfExists } from '../core/files.js';
import { errorOf } from '../core/errors.js';
import { fileNameOf, portalIdentity } from './identity.js';
import type { PortalInfo } from './read.js';
import { STATE_ERRORS } from './state-messages.js';

/**
 * `.b24cfg/<portal>.state.json`, named by the portal's identity (src/portal/identity.ts): which portal object each spec key is bound to. Deal pipelines, open
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

/**
 * The sections of the state file, one per resource kind that binds spec keys to portal objects. Each
 * kind declares its own section where it keeps it (`declare module` in src/resources/<kind>/bindings.ts)
 * and names it in its `bindings.section`, so a new kind does not edit this file.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface BindingSections {}

export type StateFile = {
  version: 1;
  /** The portal's identity (the file's name), whatever URL reached it. */
  host: string;
  updatedAt: string;
} & BindingSections;

/** A state file with nothing bound: every section the kinds keep (`sections`), empty. */
export function emptyStateFile(host: string, sections: readonly string[]): StateFile {
  const empty: Record<string, unknown> = { version: 1, host, updatedAt: '' };
  for (const s of sections) empty[s] = {};
  return empty as unknown as StateFile;
}

export function stateFilePath(dir: string, identity: string): string {
  return join(dir, '.b24cfg', `${fileNameOf(identity)}.state.json`);
}

/** The portal a state file belongs to: its identity, and the URL host a file of an older b24cfg is named by. */
export type StatePortal = Pick<PortalInfo, 'host' | 'identity'>;

/**
 * The portal's state file; a file named by the URL's host, as b24cfg named them before it knew
 * identities, when there is none by identity yet (it is saved under the identity next time).
 */
export async function loadStateFile(
  dir: string,
  portal: StatePortal,
  sections: readonly string[],
): Promise<StateFile> {
  const identity = portalIdentity(portal);
  const path = stateFilePath(dir, identity);
  let raw = await readTextFileIfExists(path);
  let from = path;
  if (raw === undefined && identity !== portal.host) {
    from = stateFilePath(dir, portal.host);
    raw = await readTextFileIfExists(from);
  }
  return parseStateFile(raw, identity, from, sections);
}

function parseStateFile(
  raw: string | undefined,
  identity: string,
  path: string,
  sections: readonly string[],
): StateFile {
  if (raw === undefined) return emptyStateFile(identity, sections);
  try {
    const parsed = JSON.parse(raw) as Partial<StateFile>;
    if (parsed.version !== 1) throw new Error(`unsupported version ${String(parsed.version)}`);
    return { ...emptyStateFile(identity, sections), ...parsed, host: identity };
  } catch (e) {
    throw errorOf(STATE_ERRORS, 'STATE_FILE_UNREADABLE', {
      where: path,
      data: { why: e instanceof Error ? e.message : String(e) },
    });
  }
}

/**
 * The state files of a project as they are now. The portal's identity is known only once it has been
 * read, so its state file is loaded after the read; these texts, taken before it, tell whether another
 * apply saved the file (and so changed the portal) while we were reading (`savedSince`).
 */
export async function stateFilesNow(dir: string): Promise<ReadonlyMap<string, string>> {
  const folder = join(dir, '.b24cfg');
  let names: string[];
  try {
    names = (await readdir(folder)).filter((n) => n.endsWith('.state.json'));
  } catch {
    return new Map();
  }
  const texts = await Promise.all(names.map((n) => readTextFileIfExists(join(folder, n))));
  return new Map(names.flatMap((n, i) => (texts[i] === undefined ? [] : [[join(folder, n), texts[i]]])));
}

/** Whether the portal's state file changed (or appeared) since `before` was taken. */
export async function savedSince(
  dir: string,
  portal: StatePortal,
  before: ReadonlyMap<string, string>,
): Promise<boolean> {
  const path = stateFilePath(dir, portalIdentity(portal));
  return (await readTextFileIfExists(path)) !== before.get(path);
}

export async function saveStateFile(dir: string, state: StateFile, now: Date): Promise<string> {
  const path = stateFilePath(dir, state.host);
  // Sections sorted by key, so that the file changes only when a binding does.
  const sorted = Object.fromEntries(
    Object.entries(state as unknown as Record<string, unknown>).map(([k, v]) => [
      k,
      v !== null && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
        : v,
    ]),
  );
  await writeJsonFile(path, { ...sorted, updatedAt: now.toISOString() });
  return path;
}
