import { b24cfgCommand, type PortalArg } from '../core/command-line.js';
import { errorOf } from '../core/errors.js';
import type { B24Client } from '../portal/client.js';
import { portalIdentity, samePortal } from '../portal/identity.js';
import {
  planAgainstPortal,
  replanWithCreated,
  type Planned,
  type SpecInput,
} from '../plan/against-portal.js';
import { desiredPipelines, matchPipelines } from '../resources/pipelines/index.js';
import { findJournal, latestJournal, readJournal, type JournalEvent } from './journal.js';
import { APPLY_ERRORS } from './messages.js';

type StartEvent = Extract<JournalEvent, { type: 'start' }>;

export interface Interrupted {
  /** The journal file. */
  path: string;
  start: StartEvent;
  /** The run ended as done: the resume only checks the portal again. */
  finished: boolean;
  /**
   * Spec keys of pipelines the run created, or may have created: a call whose outcome is unknown, or
   * one sent in a request whose outcome never reached the journal (the process died).
   */
  createdKeys: Set<string>;
  /** Ids of the pipelines the run's own calls reported created. */
  createdIds: Set<number>;
}

/** How a hint names the spec and the portal of this command. */
export interface ResumeHint {
  spec: string;
  portal: PortalArg;
}

function interruptedOf(path: string, events: readonly JournalEvent[]): Interrupted {
  const start = events.find((e): e is StartEvent => e.type === 'start');
  if (!start) throw errorOf(APPLY_ERRORS, 'JOURNAL_EMPTY', { where: path });
  const outcome = new Map<string, string>();
  const createdIds = new Set<number>();
  for (const e of events) {
    if (e.type !== 'call') continue;
    outcome.set(e.key, e.status);
    const id = (e.result as { category?: { id?: unknown } } | undefined)?.category?.id;
    if (
      e.method === 'crm.category.add' &&
      e.status === 'ok' &&
      (typeof id === 'number' || typeof id === 'string')
    )
      createdIds.add(Number(id));
  }
  const createdKeys = new Set(
    events.flatMap((e) =>
      e.type === 'request'
        ? e.calls
            .filter(
              (c) =>
                c.method === 'crm.category.add' && ['ok', 'unknown', undefined].includes(outcome.get(c.key)),
            )
            .flatMap((c) => c.changeIds.map((cid) => cid.replace(/^pipeline:/, '')))
        : [],
    ),
  );
  return {
    path,
    start,
    finished: events.some((e) => e.type === 'end' && e.status === 'done'),
    createdKeys,
    createdIds,
  };
}

/** `--resume <run|last>`: the interrupted run's journal in `stateDir` (the spec's folder, else the working one). */
export async function findInterrupted(stateDir: string, id: string, hint: ResumeHint): Promise<Interrupted> {
  const path = await findJournal(stateDir, id, hint);
  return interruptedOf(path, await readJournal(path));
}

/**
 * The spec must be the interrupted run's: a changed spec is a plain apply's job, and a plain apply
 * finishes what the run left (`inheritInterrupted`).
 */
export function checkResumeSpec(run: Interrupted, input: SpecInput, hint: ResumeHint): void {
  if (input.specHash !== run.start.spec.hash) {
    throw errorOf(APPLY_ERRORS, 'RESUME_SPEC_CHANGED', {
      where: run.path,
      data: { run: run.start.runId, command: b24cfgCommand('apply', hint.spec, '--portal', hint.portal) },
    });
  }
}

/**
 * Pipelines on the portal the run created (or may have created): by the ids its calls reported, by the
 * spec keys of calls whose answer never came, and the ones it inherited from the run it resumed —
 * without those, a resume of a resume would keep the default stages of a pipeline created two runs ago.
 */
function createdBy(run: Interrupted, first: Planned): Set<number> {
  const inherited = new Set([...(run.start.createdPipelineIds ?? []), ...run.createdIds]);
  return new Set([
    ...matchPipelines(first.state, first.binding, desiredPipelines(first.inputs.spec)).flatMap((m) =>
      m.portal && run.createdKeys.has(m.desired.key) ? [m.portal.id] : [],
    ),
    ...first.state.pipelines.filter((p) => inherited.has(p.id)).map((p) => p.id),
  ]);
}

/**
 * The run's portal must be this one (src/portal/identity.ts): elsewhere its pipelines are a client's.
 * The hint's command is a plain apply of this portal, which is what finishing a run here means.
 */
function checkSamePortal(run: Interrupted, first: Planned, hint: ResumeHint): void {
  const journal = { host: run.start.host, identity: run.start.portal };
  if (!samePortal(journal, first.state.info)) {
    throw errorOf(APPLY_ERRORS, 'RESUME_OTHER_PORTAL', {
      where: run.path,
      data: {
        run: run.start.runId,
        journal: portalIdentity(journal),
        portal: portalIdentity(first.state.info),
        command: b24cfgCommand('apply', hint.spec, '--portal', hint.portal),
      },
    });
  }
}

/**
 * The plan that finishes an interrupted run. Pipelines it created (or may have created) still carry
 * their default stages; the planner removes those (they are not the client's data), so they are
 * planned with the run's created pipelines known.
 */
export async function planResume(
  run: Interrupted,
  input: SpecInput,
  client: B24Client,
  now: Date,
  hint: ResumeHint,
): Promise<{ planned: Planned; created: number[] }> {
  const first = await planAgainstPortal(input, client, run.start.options, now);
  checkSamePortal(run, first, hint);
  const created = createdBy(run, first);
  const planned = created.size > 0 ? await replanWithCreated(first, client, created, now) : first;
  return { planned, created: [...created] };
}

/**
 * A plain apply after an interrupted run (the spec changed since, so `--resume` refuses): the last run
 * from this folder on this portal, when it did not finish, hands over the pipelines it created, whose
 * default stages are then removed as a resume would (issue 15, item 9). A finished last run hands over
 * nothing: pipelines older than that are the client's.
 */
export async function inheritInterrupted(
  stateDir: string,
  planned: Planned,
  client: B24Client,
  now: Date,
): Promise<{ planned: Planned; created: number[]; run?: string }> {
  const path = await latestJournal(stateDir);
  if (path === undefined) return { planned, created: [] };
  let run: Interrupted;
  try {
    run = interruptedOf(path, await readJournal(path));
  } catch {
    // A journal cut before its start record names no run to finish.
    return { planned, created: [] };
  }
  if (run.finished || !samePortal({ host: run.start.host, identity: run.start.portal }, planned.state.info))
    return { planned, created: [] };
  const created = createdBy(run, planned);
  if (created.size === 0) return { planned, created: [] };
  return {
    planned: await replanWithCreated(planned, client, created, now),
    created: [...created],
    run: run.start.runId,
  };
}
