/**
 * The fleet's history folder: one small file per portal per run, `<dir>/<portal>/<run>.json`, holding the
 * score and every standard's status (the full reports are what `--reports` writes). From it each portal's
 * change is computed: since its previous scored run, or since a run or date given with `--since`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { errorOf } from '../core/errors.js';
import { writeJsonFile } from '../core/files.js';
import type {
  AuditScore,
  FleetPortalResult,
  PortalChange,
  PortalError,
  StandardState,
} from '../report/fleet/types.js';
import { FLEET_ERRORS } from './messages.js';

export const HISTORY_SCHEMA = 'b24cfg-fleet-history';

export interface HistoryRecord {
  schema: typeof HISTORY_SCHEMA;
  version: 1;
  run: string;
  name: string;
  host?: string;
  score?: Pick<AuditScore, 'value' | 'grade'>;
  standards?: Record<string, StandardState>;
  error?: Pick<PortalError, 'code' | 'reason'>;
}

const RUN_ID = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(\.\d{3})?Z$/;

/** A run's id: its start time, safe in a file name on every system, sorting as time does. */
export function runIdOf(startedAt: Date): string {
  return startedAt.toISOString().replace(/:/g, '-');
}

function instantOfRun(id: string): number | undefined {
  const m = RUN_ID.exec(id);
  return m ? Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4]}${m[5] ?? ''}Z`) : undefined;
}

/**
 * `--since <run|date>` as an instant: a run id of the history, a date (its whole day counts, in UTC) or a
 * date and time. The baseline of each portal is then its last stored result at or before it.
 */
export function parseSince(value: string, historyDir: string): number {
  const run = instantOfRun(value.trim());
  if (run !== undefined) return run;
  const v = value.trim();
  const day = /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T23:59:59.999Z`) : Number.NaN;
  const at = Number.isFinite(day) ? day : /^\d{4}-\d{2}-\d{2}T/.test(v) ? Date.parse(v) : Number.NaN;
  if (!Number.isFinite(at))
    throw errorOf(FLEET_ERRORS, 'FLEET_BAD_SINCE', { data: { value, dir: historyDir } });
  return at;
}

/** What the history keeps of one portal's result. */
export function historyRecordOf(run: string, p: FleetPortalResult): HistoryRecord {
  return {
    schema: HISTORY_SCHEMA,
    version: 1,
    run,
    name: p.name,
    ...(p.host !== undefined ? { host: p.host } : {}),
    ...(p.score ? { score: { value: p.score.value, grade: p.score.grade } } : {}),
    ...(p.standards ? { standards: p.standards } : {}),
    ...(p.error ? { error: { code: p.error.code, reason: p.error.reason } } : {}),
  };
}

export async function writeHistory(
  dir: string,
  run: string,
  portals: readonly FleetPortalResult[],
): Promise<void> {
  for (const p of portals) await writeJsonFile(join(dir, p.name, `${run}.json`), historyRecordOf(run, p));
}

async function runsOf(dir: string, name: string): Promise<string[]> {
  try {
    return (await readdir(join(dir, name)))
      .flatMap((f) =>
        f.endsWith('.json') && instantOfRun(f.slice(0, -5)) !== undefined ? [f.slice(0, -5)] : [],
      )
      .sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

async function readRecord(file: string): Promise<HistoryRecord | undefined> {
  try {
    const v = JSON.parse(await readFile(file, 'utf8')) as Partial<HistoryRecord>;
    // A damaged or foreign file is no baseline; the run goes on without it.
    return v.schema === HISTORY_SCHEMA && typeof v.score?.value === 'number'
      ? (v as HistoryRecord)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Each portal's baseline: its latest scored record before run `current`, or, with `since`, at or before
 * that instant. Portals without one are left out.
 */
export async function baselines(
  dir: string,
  names: readonly string[],
  o: { current: string; since?: number },
): Promise<Map<string, HistoryRecord>> {
  const out = new Map<string, HistoryRecord>();
  for (const name of names) {
    const runs = (await runsOf(dir, name)).filter((r) =>
      o.since !== undefined ? (instantOfRun(r) ?? Infinity) <= o.since : r < o.current,
    );
    for (const r of runs.reverse()) {
      const rec = await readRecord(join(dir, name, `${r}.json`));
      if (rec) {
        out.set(name, rec);
        break;
      }
    }
  }
  return out;
}

const NOT_FAILING: ReadonlySet<StandardState> = new Set([
  'pass',
  'manual-attested',
  'not-applicable',
  'suppressed',
]);

function failing(standards: Record<string, StandardState> | undefined): Set<string> {
  return new Set(Object.entries(standards ?? {}).flatMap(([id, s]) => (NOT_FAILING.has(s) ? [] : [id])));
}

/** The change of a scored portal since its baseline. */
export function changeOf(p: FleetPortalResult, base: HistoryRecord): PortalChange | undefined {
  if (!p.score || !base.score) return undefined;
  const now = failing(p.standards);
  const then = failing(base.standards);
  return {
    since: base.run,
    previousScore: base.score.value,
    delta: Math.round((p.score.value - base.score.value) * 10) / 10,
    newlyFailing: [...now].filter((id) => !then.has(id)).sort(),
    fixed: [...then].filter((id) => !now.has(id)).sort(),
  };
}
