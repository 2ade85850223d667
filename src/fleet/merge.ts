/**
 * `b24cfg fleet merge <results…>`: the shard results of one fleet run (`--shard i/n --format json`) become
 * one result, the same as one unsharded run would have given (up to its timestamps): portals in the fleet
 * file's order, the summary counted again from them.
 */
import { readFile } from 'node:fs/promises';
import { errorOf } from '../core/errors.js';
import { fill } from '../core/i18n.js';
import {
  FLEET_RESULT_SCHEMA,
  FLEET_RESULT_VERSION,
  type FleetPortalResult,
  type FleetResult,
} from '../report/fleet/types.js';
import { FLEET_ERRORS, RESULT_DAMAGE } from './messages.js';
import { summarizeFleet } from './summary.js';

export interface ShardInput {
  /** As the user named it. */
  file: string;
  result: FleetResult;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function invalid(file: string, why: keyof typeof RESULT_DAMAGE, data: Record<string, string> = {}) {
  return errorOf(FLEET_ERRORS, 'FLEET_RESULT_INVALID', {
    where: file,
    data: { file },
    texts: { why: fill(RESULT_DAMAGE[why], data) },
  });
}

/** Reads one result file and checks the parts a merge relies on. */
export async function readFleetResult(abs: string, file: string): Promise<ShardInput> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(abs, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw invalid(file, code === 'ENOENT' ? 'notFound' : 'notJson');
  }
  if (!isRecord(value) || value.schema !== FLEET_RESULT_SCHEMA) throw invalid(file, 'notAResult');
  if (value.version !== FLEET_RESULT_VERSION)
    throw invalid(file, 'version', { found: JSON.stringify(value.version) });
  const fleet = value.fleet;
  const run = value.run;
  if (!isRecord(fleet) || typeof fleet.hash !== 'string' || !Array.isArray(fleet.names))
    throw invalid(file, 'field', { field: 'fleet' });
  if (!isRecord(run) || typeof run.id !== 'string') throw invalid(file, 'field', { field: 'run' });
  if (value.kind !== 'audit' && value.kind !== 'plan') throw invalid(file, 'field', { field: 'kind' });
  if (!Array.isArray(value.portals)) throw invalid(file, 'field', { field: 'portals' });
  for (const [i, p] of value.portals.entries()) {
    if (!isRecord(p) || typeof p.name !== 'string' || typeof p.exitCode !== 'number')
      throw invalid(file, 'field', { field: `portals[${i}]` });
  }
  return { file, result: value as unknown as FleetResult };
}

function mismatch(file: string, why: keyof typeof RESULT_DAMAGE) {
  return errorOf(FLEET_ERRORS, 'FLEET_MERGE_MISMATCH', {
    where: file,
    data: { file },
    texts: { why: RESULT_DAMAGE[why] },
  });
}

/** Several shard results of one fleet and one command → one result. */
export function mergeFleetResults(inputs: readonly ShardInput[]): FleetResult {
  const first = inputs[0];
  if (!first) throw invalid('—', 'notAResult');
  const head = first.result;
  const from = new Map<string, string>();
  const portals = new Map<string, FleetPortalResult>();
  for (const { file, result } of inputs) {
    if (result.fleet.hash !== head.fleet.hash) throw mismatch(file, 'otherFleet');
    if (result.kind !== head.kind) throw mismatch(file, 'otherKind');
    if (result.pack !== head.pack) throw mismatch(file, 'otherPack');
    for (const p of result.portals) {
      const seen = from.get(p.name);
      if (seen !== undefined)
        throw errorOf(FLEET_ERRORS, 'FLEET_MERGE_DUPLICATE', {
          where: file,
          data: { name: p.name, first: seen, second: file },
        });
      from.set(p.name, file);
      portals.set(p.name, p);
    }
  }
  const names = head.fleet.names;
  const missing = names.filter((n) => !portals.has(n));
  if (missing.length > 0) {
    const count = head.run.shard?.count ?? 1;
    const given = new Set(inputs.flatMap((i) => (i.result.run.shard ? [i.result.run.shard.index] : [])));
    const shards = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !given.has(i));
    throw errorOf(FLEET_ERRORS, 'FLEET_MERGE_MISSING', {
      data: {
        names:
          missing.length > 5 ? `${missing.slice(0, 5).join(', ')} … (${missing.length})` : missing.join(', '),
        shards: shards.join(', ') || '—',
        count,
        first: shards[0] ?? 1,
        file: head.fleet.file,
      },
    });
  }
  const ordered = names.flatMap((n) => {
    const p = portals.get(n);
    return p ? [p] : [];
  });
  const runs = inputs.map((i) => i.result.run);
  const min = (xs: string[]) => xs.reduce((a, b) => (b < a ? b : a));
  const max = (xs: string[]) => xs.reduce((a, b) => (b > a ? b : a));
  return {
    schema: FLEET_RESULT_SCHEMA,
    version: FLEET_RESULT_VERSION,
    tool: head.tool,
    kind: head.kind,
    ...(head.pack !== undefined ? { pack: head.pack } : {}),
    lang: head.lang,
    run: {
      // The shards ran as one job: the merged run takes the first one's id, under which its history is kept.
      id: min(runs.map((r) => r.id)),
      startedAt: min(runs.map((r) => r.startedAt)),
      finishedAt: max(runs.map((r) => r.finishedAt)),
      merged: runs.map((r) => r.id),
    },
    fleet: head.fleet,
    portals: ordered,
    summary: summarizeFleet(head.kind, ordered),
  };
}
