/**
 * `audit --snapshot` of the snapshot a data audit saved (issue #18, BENCHMARKS.md "Audit from a snapshot"):
 * the file is read front to back into the same gatherers, so its peak RSS follows the evidence, not the
 * file. Reported as a note on the audit's row: its size, wall and CPU time, peak RSS, and whether the
 * report's score and snapshot hash are the live audit's.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { runCliChild } from './cli-child.js';

interface Printed {
  score?: unknown;
  source?: { hash?: unknown };
}

function printed(stdout: string): Printed | undefined {
  try {
    return JSON.parse(stdout) as Printed;
  } catch {
    return undefined;
  }
}

/** The argument the first run of a data audit adds: the snapshot goes to `file` in the run's folder. */
export const SAVE_SNAPSHOT = (file: string): string[] => ['--save-snapshot', file];

export async function snapshotReadNote(dir: string, file: string, liveStdout: string): Promise<string> {
  const size = (await stat(join(dir, file))).size;
  const run = await runCliChild(['audit', '--snapshot', file, '--format', 'json'], {
    cwd: dir,
    timeoutMs: 30 * 60_000,
  });
  const live = printed(liveStdout);
  const read = printed(run.stdout);
  const same =
    live !== undefined &&
    read !== undefined &&
    JSON.stringify(live.score) === JSON.stringify(read.score) &&
    live.source?.hash === read.source?.hash;
  const mb = (kb: number | undefined) => (kb === undefined ? '—' : `${(kb / 1024).toFixed(0)} MB`);
  return [
    `the first run saved its snapshot (${(size / 1024 / 1024).toFixed(0)} MB);`,
    `audit --snapshot of it: exit ${run.exitCode}, ${(run.wallMs / 1000).toFixed(1)} s wall,`,
    `${run.cpuMs === undefined ? '—' : `${(run.cpuMs / 1000).toFixed(1)} s`} CPU, peak RSS ${mb(run.peakRssKb)},`,
    `score and hash ${same ? 'equal to' : 'DIFFERENT from'} the live audit's`,
  ].join(' ');
}
