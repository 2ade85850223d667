import { dirname, resolve } from 'node:path';
import { errorOf } from '../core/errors.js';
import type { B24Client } from '../portal/client.js';
import { planAgainstPortal, type Planned, type SpecInput } from '../plan/against-portal.js';
import { desiredPipelines, matchPipelines } from '../resources/pipelines/index.js';
import { findJournal, readJournal, type JournalEvent } from './journal.js';
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
}

/** `--resume <run|last>`: the interrupted run's journal, next to the spec (`target`) or in `cwd`. */
export async function findInterrupted(
  target: string | undefined,
  id: string,
  cwd: string,
): Promise<Interrupted> {
  const stateDir = target ? dirname(resolve(cwd, target)) : cwd;
  const path = await findJournal(stateDir, id);
  const events = await readJournal(path);
  const start = events.find((e): e is StartEvent => e.type === 'start');
  if (!start) throw errorOf(APPLY_ERRORS, 'JOURNAL_EMPTY', { where: path });
  const outcome = new Map<string, string>();
  for (const e of events) if (e.type === 'call') outcome.set(e.key, e.status);
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
  };
}

/** The spec must be the interrupted run's: a changed spec is a plain apply's job. */
export function checkResumeSpec(run: Interrupted, input: SpecInput): void {
  if (input.specHash !== run.start.spec.hash)
    throw errorOf(APPLY_ERRORS, 'RESUME_SPEC_CHANGED', { where: run.path });
}

/**
 * The plan that finishes an interrupted run. Pipelines it created (or may have created) still carry
 * their default stages; the planner removes those (they are not the client's data), so they are
 * planned with the run's created pipelines known — including those the run inherited from the run it
 * resumed: without them, a resume of a resume would keep the default stages of a pipeline created two
 * runs ago.
 */
export async function planResume(
  run: Interrupted,
  input: SpecInput,
  client: B24Client,
  now: Date,
): Promise<{ planned: Planned; created: number[] }> {
  // The journal's pipelines are "created by the run" only on its own portal; on another one they may
  // be a client's long-standing pipelines whose default stages must not be removed.
  if (run.start.host !== client.host) {
    throw errorOf(APPLY_ERRORS, 'RESUME_OTHER_PORTAL', {
      where: run.path,
      data: { run: run.start.runId, journal: run.start.host, portal: client.host },
    });
  }
  const inherited = new Set(run.start.createdPipelineIds ?? []);
  const first = await planAgainstPortal(input, client, run.start.options, now);
  const created = new Set([
    ...matchPipelines(first.state, first.binding, desiredPipelines(input.spec)).flatMap((m) =>
      m.portal && run.createdKeys.has(m.desired.key) ? [m.portal.id] : [],
    ),
    ...first.state.pipelines.filter((p) => inherited.has(p.id)).map((p) => p.id),
  ]);
  const planned =
    created.size > 0 ? await planAgainstPortal(input, client, run.start.options, now, created) : first;
  return { planned, created: [...created] };
}
