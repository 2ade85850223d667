import { join } from 'node:path';
import { errorOf } from '../core/errors.js';
import { readTextFileIfExists, writeJsonFile } from '../core/files.js';
import { fill, type Text } from '../core/i18n.js';
import { SNAPSHOT_WHY, STATE_ERRORS } from './state-messages.js';

/**
 * `.b24cfg/snapshots/<run>.json`: the portal configuration as read before an apply wrote anything. The
 * state's shape (PortalState) belongs to the resource kinds; this file only keeps and checks the envelope.
 */
export interface Snapshot<S = unknown> {
  kind: 'b24cfg-snapshot';
  version: 1;
  takenAt: string;
  runId?: string;
  state: S;
}

export function snapshotPath(stateDir: string, runId: string): string {
  return join(stateDir, '.b24cfg', 'snapshots', `${runId}.json`);
}

export async function writeSnapshot<S>(path: string, state: S, takenAt: Date, runId?: string): Promise<void> {
  const snap: Snapshot<S> = {
    kind: 'b24cfg-snapshot',
    version: 1,
    takenAt: takenAt.toISOString(),
    runId,
    state,
  };
  await writeJsonFile(path, snap);
}

/** A snapshot b24cfg wrote (kind and version checked); its state is trusted as b24cfg wrote it. */
export async function readSnapshot<S>(path: string): Promise<Snapshot<S>> {
  const raw = await readTextFileIfExists(path);
  const bad = (why: Text) => errorOf(STATE_ERRORS, 'SNAPSHOT_UNREADABLE', { where: path, texts: { why } });
  if (raw === undefined) throw bad(SNAPSHOT_WHY.notFound);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    throw bad(fill(SNAPSHOT_WHY.badJson, { detail: e instanceof Error ? e.message : String(e) }));
  }
  const s = parsed as Partial<Snapshot<S>>;
  if (s.kind !== 'b24cfg-snapshot' || s.version !== 1 || !s.state) throw bad(SNAPSHOT_WHY.notSnapshot);
  return s as Snapshot<S>;
}
