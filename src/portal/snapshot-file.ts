import { join } from 'node:path';
import { errorOf } from '../core/errors.js';
import { writeJsonFile } from '../core/files.js';
import { fillTexts, type Text, type TextData } from '../core/i18n.js';
import { JsonReader, JsonSyntaxError } from './snapshot-json.js';
import { JSON_SYNTAX } from './snapshot-messages.js';
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

/** The envelope read so far: what a walker of the other keys may use (the state comes before the data). */
export type SnapshotHead<S> = Partial<Snapshot<S>>;

/** The envelope, once it is what b24cfg writes: kind, version and a state. */
export function envelopeOf<S>(head: SnapshotHead<S>): Snapshot<S> | undefined {
  return head.kind === 'b24cfg-snapshot' && head.version === 1 && head.state
    ? (head as Snapshot<S>)
    : undefined;
}

const ENVELOPE = new Set(['kind', 'version', 'takenAt', 'runId', 'state']);

/**
 * Reads a snapshot file front to back without holding it (an audit snapshot may hold millions of rows,
 * issue #18): the envelope's keys are kept, any other key goes to `other`, which must take or skip its
 * value. A file that is not JSON is named by line and column.
 */
export async function walkSnapshot<S>(
  path: string,
  other: (key: string, json: JsonReader, head: SnapshotHead<S>) => Promise<void>,
  /** What the user can do instead of the snapshot folder's hint (a command's own remedy). */
  remedy?: { hint: Text; data: TextData },
): Promise<Snapshot<S>> {
  const bad = (why: Text, where = path) =>
    errorOf(STATE_ERRORS, 'SNAPSHOT_UNREADABLE', { where, texts: { why }, ...remedy });
  const json = JsonReader.open(path);
  const head: Record<string, unknown> = {};
  try {
    if (!(await json.isObjectNext())) throw bad(SNAPSHOT_WHY.notSnapshot);
    await json.object(async (key) => {
      if (ENVELOPE.has(key)) head[key] = await json.value();
      else await other(key, json, head);
    });
    await json.end();
  } catch (e) {
    // The file is opened on the first read.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw bad(SNAPSHOT_WHY.notFound);
    if (!(e instanceof JsonSyntaxError)) throw e;
    throw bad(
      fillTexts(SNAPSHOT_WHY.badJson, { detail: JSON_SYNTAX[e.reason] }),
      `${path}:${e.line}:${e.col}`,
    );
  } finally {
    await json.close();
  }
  const snap = envelopeOf(head as SnapshotHead<S>);
  if (!snap) throw bad(SNAPSHOT_WHY.notSnapshot);
  return snap;
}

/**
 * A snapshot b24cfg wrote (kind and version checked); its state is trusted as b24cfg wrote it. Other
 * parts (an audit's data) are checked as JSON and let go.
 */
export async function readSnapshot<S>(path: string): Promise<Snapshot<S>> {
  return walkSnapshot<S>(path, (_key, json) => json.skip());
}
