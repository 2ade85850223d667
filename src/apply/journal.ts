import { appendFile, mkdir, readFile, readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
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
      fingerprint: string;
      snapshot: string;
      calls: number;
      /**
       * Pipelines an interrupted run this one resumes created (their default stages are still removed).
       * Carried from run to run, so a resume of a resume still knows them.
       */
      createdPipelineIds?: number[];
    }
  | { type: 'request'; index: number; calls: Array<{ key: string; method: string; changeIds: string[] }> }
  | {
      type: 'call';
      key: string;
      method: string;
      changeIds: string[];
      status: 'ok' | 'error' | 'unknown' | 'not-run';
      result?: unknown;
      error?: { code: string; description: string };
    }
  | { type: 'end'; at: string; status: 'done' | 'partial' | 'failed' | 'not-applied' };

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
export async function findJournal(stateDir: string, id: string): Promise<string> {
  if (id.endsWith('.jsonl')) return id;
  const dir = journalDir(stateDir);
  let files: string[] = [];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.jsonl')).sort();
  } catch {
    files = [];
  }
  const pick = id === 'last' ? await latest(dir, files) : files.find((f) => f === `${id}.jsonl`);
  if (!pick) {
    throw errorOf(APPLY_ERRORS, 'noSuchJournal', {
      where: dir,
      data: { id, list: files.map((f) => f.replace(/\.jsonl$/, '')).join(', ') || '—' },
    });
  }
  return join(dir, pick);
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
