import { join } from 'node:path';
import { CliError } from '../core/errors.js';
import { readTextFileIfExists, writeJsonFile } from '../core/files.js';
import type { PortalState } from '../resources/state.js';

/** `.b24cfg/snapshots/<run>.json`: the portal configuration as read before an apply wrote anything. */
export interface Snapshot {
  kind: 'b24cfg-snapshot';
  version: 1;
  takenAt: string;
  runId?: string;
  state: PortalState;
}

export function snapshotPath(stateDir: string, runId: string): string {
  return join(stateDir, '.b24cfg', 'snapshots', `${runId}.json`);
}

export async function writeSnapshot(
  path: string,
  state: PortalState,
  takenAt: Date,
  runId?: string,
): Promise<void> {
  const snap: Snapshot = {
    kind: 'b24cfg-snapshot',
    version: 1,
    takenAt: takenAt.toISOString(),
    runId,
    state,
  };
  await writeJsonFile(path, snap);
}

export async function readSnapshot(path: string): Promise<Snapshot> {
  const raw = await readTextFileIfExists(path);
  const bad = (why: string) =>
    new CliError({
      code: 'SNAPSHOT_UNREADABLE',
      where: path,
      message: { ru: 'снимок портала не читается: {why}', en: 'the portal snapshot cannot be read: {why}' },
      hint: { ru: 'Снимки лежат в .b24cfg/snapshots/.', en: 'Snapshots live in .b24cfg/snapshots/.' },
      data: { why },
    });
  if (raw === undefined) throw bad('file not found');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    throw bad(e instanceof Error ? e.message : String(e));
  }
  const s = parsed as Partial<Snapshot>;
  if (s.kind !== 'b24cfg-snapshot' || s.version !== 1 || !s.state) throw bad('not a b24cfg snapshot');
  return s as Snapshot;
}
