import { dataJson } from './data-text.js';
import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { redact } from './redact.js';

/**
 * Every file b24cfg writes (plans, journals, snapshots, reports, state, checklists) goes through here,
 * so the webhook secret is stripped in one place. Writes are atomic (temp file + rename) so an
 * interrupted run never leaves half a state file.
 */
export async function writeTextFile(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, redact(content), 'utf8');
  try {
    await rename(tmp, path);
  } catch (e) {
    // A folder where the file should go, say: leave no temp file behind.
    await rm(tmp, { force: true });
    throw e;
  }
}

export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  await writeTextFile(path, dataJson(value));
}

export async function readTextFileIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * A binary file (the sandbox's CRM settings archive), written atomically like the rest. Compressed
 * bytes cannot be redacted: only content that never holds a webhook URL may come here.
 */
export async function writeBinaryFile(path: string, content: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, content);
  await rename(tmp, path);
}

/** Whether something exists at `path` (any kind; a broken link does not). */
export async function pathExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
