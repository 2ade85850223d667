import { appendFile, mkdir, readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CliError } from '../core/errors.js';
import { redact, redactDeep } from '../core/redact.js';

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
      options: { prune: boolean; allowDataLoss: boolean };
      fingerprint: string;
      snapshot: string;
      calls: number;
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
    throw new CliError({
      code: 'JOURNAL_NOT_FOUND',
      where: path,
      message: { ru: 'журнал применения не найден', en: 'the apply journal was not found' },
      hint: {
        ru: 'Журналы лежат в .b24cfg/journal/ рядом со спецификацией.',
        en: 'Journals live in .b24cfg/journal/ next to the spec.',
      },
    });
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
  const pick = id === 'last' ? files[files.length - 1] : files.find((f) => f === `${id}.jsonl`);
  if (!pick) {
    throw new CliError({
      code: 'JOURNAL_NOT_FOUND',
      where: dir,
      message: { ru: 'нет журнала применения «{id}»', en: 'no apply journal "{id}"' },
      hint: {
        ru: 'Доступные запуски: {list}. Или укажите --resume last.',
        en: 'Available runs: {list}. Or use --resume last.',
      },
      data: { id, list: files.map((f) => f.replace(/\.jsonl$/, '')).join(', ') || '—' },
    });
  }
  return join(dir, pick);
}
