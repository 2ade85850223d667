import { appendFile, mkdir, readFile, readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { b24cfgCommand, type PortalArg } from '../core/command-line.js';
import { errorOf } from '../core/errors.js';
import { redact, redactDeep } from '../core/redact.js';
import { APPLY_ERRORS } from './messages.js';

/**
 * `.b24cfg/journal/<run>.jsonl`: one line per event of an apply, appended as it happens, so an
 * interrupted run (killed process, lost connection) can be finished with `apply --resume <run>`.
 */
export type JournalEvent =
  | {
      type: 'start';
      runId: string;
      at: string;
      host: string;
      spec: { file: string; hash: string };
      options: { prune: boolean; allowDataLoss: boolean; allowStructureChanges?: boolean };
      /** The portal's identity when it is not `host` (src/portal/identity.ts). */
      portal?: string;
      fingerprint: string;
      snapshot: string;
      calls: number;
      /**
       * Pipelines an interrupted run this one resumes created (their default stages are still removed).
       * Carried from run to run, so a resume of a resume still knows them.
       */
      createdPipelineIds?: number[];
    }
  | {
      type: 'request';
      index: number;
      calls: Array<{ key: string; method: string; changeIds: string[] }>;
      /**
       * The earlier requests this one waited for (docs/apply-concurrency.md); the others may have been
       * in flight with it. Absent in journals written before requests overlapped.
       */
      after?: number[];
    }
  | {
      type: 'call';
      key: string;
      method: string;
      changeIds: string[];
      status: 'ok' | 'error' | 'unknown' | 'not-run';
      result?: unknown;
      error?: { code: string; description: string };
    }
  | { type: 'end'; at: string; status: 'done' | 'partial' | 'failed' | 'not-applied' | 'interrupted' };

export function journalDir(stateDir: string): string {
  return join(stateDir, '.b24cfg', 'journal');
}

export class Journal {
  constructor(readonly path: string) {}

  async write(event: JournalEvent): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    await appendFile(this.path, `${redact(JSON.stringify(redactDeep(event)))}\n`, 'utf8');
  }
}

export async function readJournal(path: string): Promise<JournalEvent[]> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    throw errorOf(APPLY_ERRORS, 'JOURNAL_NOT_FOUND', { where: path });
  }
  // A line cut off by a crash is ignored: everything before it is still valid.
  return raw
    .split('\n')
    .filter((l) => l.trim() !== '')
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as JournalEvent];
      } catch {
        return [];
      }
    });
}

/** Finds a journal by run id (or a path); the latest run when `id` is "last". */
export async function findJournal(
  stateDir: string,
  id: string,
  hint?: { spec: string; portal: PortalArg },
): Promise<string> {
  if (id.endsWith('.jsonl')) return id;
  const dir = journalDir(stateDir);
  const files = await journalFiles(dir);
  const pick = id === 'last' ? await latest(dir, files) : files.find((f) => f === `${id}.jsonl`);
  if (pick) return join(dir, pick);
  const apply = hint ? ['apply', hint.spec, '--portal', hint.portal] : ['apply', '<spec>'];
  if (files.length === 0) {
    throw errorOf(APPLY_ERRORS, 'noJournals', {
      where: dir,
      data: { dir, command: b24cfgCommand(...apply) },
    });
  }
  throw errorOf(APPLY_ERRORS, 'noSuchJournal', {
    where: dir,
    data: {
      id,
      list: files.map((f) => f.replace(/\.jsonl$/, '')).join(', '),
      command: b24cfgCommand(...apply, '--resume', 'last'),
    },
  });
}

/** The journal of the run that started last in `stateDir`, if any. */
export async function latestJournal(stateDir: string): Promise<string | undefined> {
  const dir = journalDir(stateDir);
  const pick = await latest(dir, await journalFiles(dir));
  return pick === undefined ? undefined : join(dir, pick);
}

async function journalFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.jsonl')).sort();
  } catch {
    return [];
  }
}

/**
 * The run that started last. Run ids carry the time to the second only, so two runs in one second
 * (a quick failure and its resume) would sort by their random suffix: order by the start record's
 * time in milliseconds, then by when the file last changed, then by name.
 */
async function latest(dir: string, files: string[]): Promise<string | undefined> {
  const keyed = await Promise.all(
    files.map(async (f) => {
      const path = join(dir, f);
      let at = '';
      try {
        const first = JSON.parse((await readFile(path, 'utf8')).split('\n', 1)[0] ?? '') as Partial<{
          type: string;
          at: unknown;
        }>;
        if (first.type === 'start' && typeof first.at === 'string') at = first.at;
      } catch {
        at = '';
      }
      const mtime = await stat(path).then(
        (s) => s.mtimeMs,
        () => 0,
      );
      return { f, at, mtime };
    }),
  );
  const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  keyed.sort((a, b) => order(a.at, b.at) || a.mtime - b.mtime || order(a.f, b.f));
  return keyed[keyed.length - 1]?.f;
}
