/**
 * `b24cfg fleet audit|plan`: the audit or the plan use case on every portal of a fleet (or of one shard of
 * it), a bounded number at a time. A portal that fails (authentication, network, not a portal, a bad
 * spec) becomes a result with its reason, and the others go on. Plain inputs, one result out: the
 * command chooses the renderer, and writes each portal's full report through a hook.
 */
import { dirname } from 'node:path';
import { auditPortal, auditSettings, scoreAudited, type AuditedSpec } from '../audit/audit.js';
import { evaluateGates, type Gates } from '../audit/gates.js';
import { errorOf } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import type { Lang } from '../core/i18n.js';
import { VERSION } from '../core/version.js';
import { planAgainstPortal } from '../plan/against-portal.js';
import type { PortalEnv } from '../portal/open-portal.js';
import type { AuditReport } from '../report/audit/types.js';
import {
  FLEET_RESULT_SCHEMA,
  FLEET_RESULT_VERSION,
  type FleetKind,
  type FleetPortalResult,
  type FleetResult,
  type StandardState,
} from '../report/fleet/types.js';
import type { Plan, PlanOptions } from '../resources/plan.js';
import { displayPath } from '../spec/file-refs.js';
import { loadSpec } from '../spec/load.js';
import type { SpecLoadResult } from '../spec/types.js';
import type { Spec } from '../spec/spec.generated.js';
import { STANDARDS_PACK } from '../standards/types.js';
import { FleetClients, resolveFleetPortal, type ResolvedPortal } from './clients.js';
import { portalErrorOf } from './failure.js';
import type { Fleet, FleetPortal } from './file.js';
import { baselines, changeOf, runIdOf, writeHistory } from './history.js';
import { FLEET_ERRORS } from './messages.js';
import { runPool } from './pool.js';
import { portalRefOf } from './refs.js';
import { inShard, type Shard } from './shard.js';
import { summarizeFleet } from './summary.js';

export interface FleetRunHooks {
  /** A portal is done: its result, and how many of the run's portals are done. */
  finished?(p: FleetPortalResult, done: number, total: number): void;
  /** Writes a portal's full audit report; returns the path results link to. */
  auditReport?(name: string, report: AuditReport): Promise<string | undefined>;
  /** Writes a portal's plan; returns the path results link to. */
  planReport?(name: string, plan: Plan): Promise<string | undefined>;
}

export interface FleetRunOptions extends PortalEnv {
  kind: FleetKind;
  lang: Lang;
  now: () => Date;
  concurrency: number;
  shard?: Shard;
  timeoutMs?: number;
  /** `--deadline`: each portal's exchange, from when its transport opens (src/portal/deadline.ts). */
  deadlineMs?: number;
  /** audit: `--min-score`, `--fail-on`, for every portal. */
  gates?: Gates;
  /** plan: `--prune`, `--allow-data-loss` … for every portal. */
  planOptions?: PlanOptions;
  /** audit: where results are kept and compared; `since` is an instant (history.ts parseSince). */
  history?: { dir: string; since?: number; write: boolean };
  hooks?: FleetRunHooks;
}

type Loaded = SpecLoadResult & { spec: Spec };

/** A spec shared by several portals is read and checked once per run. */
function specLoader(o: FleetRunOptions): (p: FleetPortal) => Promise<Loaded | undefined> {
  const cache = new Map<string, Promise<SpecLoadResult>>();
  return async (p) => {
    if (p.spec === undefined) return undefined;
    let loading = cache.get(p.spec);
    if (!loading) {
      loading = loadSpec(p.spec, { env: o.env, cwd: o.cwd });
      cache.set(p.spec, loading);
    }
    const r = await loading;
    if (r.ok && r.spec) return r as Loaded;
    const errors = r.problems.filter((x) => x.severity === 'error');
    const first = errors[0];
    const at = first?.location
      ? `${displayPath(first.location.file, o.cwd)}:${first.location.line}:${first.location.col}`
      : '';
    throw errorOf(FLEET_ERRORS, 'FLEET_SPEC_INVALID', {
      where: p.where,
      data: {
        spec: displayPath(p.spec, o.cwd),
        name: p.name,
        n: errors.length,
        first: first ? `${at ? `${at} ` : ''}${first.message[o.lang]}` : '—',
      },
    });
  };
}

function statesOf(report: AuditReport): Record<string, StandardState> {
  return Object.fromEntries(
    report.results.map((r) => [
      r.id,
      r.suppression !== undefined && !r.suppression.expired ? 'suppressed' : r.status,
    ]),
  );
}

export async function runFleet(fleet: Fleet, o: FleetRunOptions): Promise<FleetResult> {
  const started = o.now();
  const run = runIdOf(started);
  const portals = inShard(fleet.portals, o.shard);
  const env: PortalEnv = { env: o.env, homeDir: o.homeDir, cwd: fleet.dir };
  const clients = new FleetClients(env, { timeoutMs: o.timeoutMs, deadlineMs: o.deadlineMs });
  const specOf = specLoader(o);

  // References first (no portal is contacted): a missing variable or profile fails its portal alone.
  const resolved = await Promise.all(
    portals.map(async (p): Promise<ResolvedPortal | { failed: unknown }> => {
      try {
        const r = await resolveFleetPortal(portalRefOf(p, o.env, fleet.dir), p.name, env);
        clients.expect(r.key);
        return r;
      } catch (e) {
        return { failed: e };
      }
    }),
  );

  const auditOn = async (
    p: FleetPortal,
    spec: Loaded | undefined,
    client: Parameters<typeof auditPortal>[1],
  ) => {
    const audited: AuditedSpec | undefined = spec && {
      spec: spec.spec,
      locate: spec.locate,
      file: displayPath(spec.rootFile, o.cwd),
      hash: spec.specHash,
      dir: dirname(spec.rootFile),
    };
    // A portal without a spec reads the attestations kept beside the fleet file.
    const settings = await auditSettings(audited, audited ? o.cwd : fleet.dir);
    const report = scoreAudited(settings, await auditPortal(settings, client, { now: o.now }), o.cwd);
    const gateFailed = o.gates ? evaluateGates(report, o.gates).map((t) => t[o.lang]) : [];
    const shown = await o.hooks?.auditReport?.(p.name, report);
    return {
      score: report.score,
      standards: statesOf(report),
      ...(gateFailed.length > 0 ? { gateFailed } : {}),
      ...(shown !== undefined ? { report: shown } : {}),
      exitCode: gateFailed.length > 0 ? EXIT.gateFailed : EXIT.ok,
    } satisfies Partial<FleetPortalResult>;
  };

  const planOn = async (p: FleetPortal, spec: Loaded, client: Parameters<typeof auditPortal>[1]) => {
    const input = {
      spec: spec.spec,
      specFile: displayPath(spec.rootFile, o.cwd),
      specHash: spec.specHash,
      stateDir: dirname(spec.rootFile),
    };
    const { plan } = await planAgainstPortal(
      input,
      client,
      o.planOptions ?? { prune: false, allowDataLoss: false },
      o.now(),
    );
    const s = plan.summary;
    const drift = s.create + s.update + s.rename + s.delete + s.blocked > 0;
    const shown = await o.hooks?.planReport?.(p.name, plan);
    return {
      plan: { summary: s, drift },
      ...(shown !== undefined ? { report: shown } : {}),
      exitCode: drift ? EXIT.changes : EXIT.ok,
    } satisfies Partial<FleetPortalResult>;
  };

  let done = 0;
  const results = await runPool(portals, o.concurrency, async (p, i): Promise<FleetPortalResult> => {
    const startedAt = o.now().toISOString();
    const target = resolved[i];
    const base = {
      name: p.name,
      labels: p.labels,
      ...(p.tier !== undefined ? { tier: p.tier } : {}),
      ...(p.spec !== undefined ? { spec: displayPath(p.spec, o.cwd) } : {}),
      ...(target && !('failed' in target) ? { host: target.host } : {}),
    };
    let result: FleetPortalResult;
    try {
      if (!target || 'failed' in target) throw target?.failed;
      const spec = await specOf(p);
      if (o.kind === 'plan' && !spec)
        throw errorOf(FLEET_ERRORS, 'FLEET_NO_SPEC', {
          where: p.where,
          data: { name: p.name, file: fleet.shown },
        });
      result = await clients.use(target, p.tier, async (client) => {
        // Timed from here: an entry that shares its portal with another waited for it until now.
        const began = o.now().toISOString();
        const before = { http: client.stats.httpRequests, calls: client.stats.restCalls };
        const body =
          o.kind === 'audit' ? await auditOn(p, spec, client) : await planOn(p, spec as Loaded, client);
        return {
          ...base,
          startedAt: began,
          finishedAt: o.now().toISOString(),
          requests: {
            http: client.stats.httpRequests - before.http,
            calls: client.stats.restCalls - before.calls,
          },
          ...body,
        };
      });
    } catch (e) {
      const failed = portalErrorOf(e, o.lang);
      result = {
        ...base,
        startedAt,
        finishedAt: o.now().toISOString(),
        exitCode: failed.exitCode,
        error: failed.error,
      };
    }
    o.hooks?.finished?.(result, ++done, portals.length);
    return result;
  });

  if (o.kind === 'audit' && o.history) await compareWithHistory(o.history, run, results);
  return {
    schema: FLEET_RESULT_SCHEMA,
    version: FLEET_RESULT_VERSION,
    tool: `b24cfg@${VERSION}`,
    kind: o.kind,
    ...(o.kind === 'audit' ? { pack: STANDARDS_PACK } : {}),
    lang: o.lang,
    run: {
      id: run,
      startedAt: started.toISOString(),
      finishedAt: o.now().toISOString(),
      ...(o.shard ? { shard: o.shard } : {}),
    },
    fleet: { file: fleet.shown, hash: fleet.hash, names: fleet.portals.map((p) => p.name) },
    portals: results,
    summary: summarizeFleet(o.kind, results),
  };
}

/** Each scored portal's change since its baseline; then this run joins the history (when asked). */
export async function compareWithHistory(
  h: { dir: string; since?: number; write: boolean },
  run: string,
  portals: FleetPortalResult[],
): Promise<void> {
  const base = await baselines(
    h.dir,
    portals.map((p) => p.name),
    { current: run, ...(h.since !== undefined ? { since: h.since } : {}) },
  );
  for (const p of portals) {
    const b = base.get(p.name);
    const change = b ? changeOf(p, b) : undefined;
    if (change) p.change = change;
    else delete p.change;
  }
  if (h.write) await writeHistory(h.dir, run, portals);
}
