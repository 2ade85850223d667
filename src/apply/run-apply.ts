import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { CliContext } from '../cli/context.js';
import { requireFormat } from '../cli/context.js';
import { withPortal, type PortalOptionValues } from '../cli/portal-option.js';
import { startProgress } from '../cli/progress.js';
import { loadSpecInput } from '../cli/spec-input.js';
import { CliError } from '../core/errors.js';
import { EXIT, type ExitCode } from '../core/exit-codes.js';
import type { B24Client } from '../portal/client.js';
import { readPortalState } from '../resources/read-state.js';
import { loadStateFile, saveStateFile, type StateFile } from '../portal/state-file.js';
import { stableStringify } from '../core/hash.js';
import { planFileError } from '../plan/run-plan.js';
import { isWrite, PLAN_FORMAT_VERSION, summarize, type Plan } from '../resources/plan.js';
import { formatPlanPretty } from '../report/plan/pretty.js';
import { changeHeadline, notAppliedDetails } from '../report/plan/describe-change.js';
import { unknownPeopleError, unknownPersonWarning, userProblems } from '../resources/users/problems.js';
import { matchPipelines, desiredPipelines } from '../resources/pipelines/index.js';
import { findJournal, readJournal } from './journal.js';
import { acquireLock, acquireMachineLock, type MachineLock } from './lock.js';
import { labelLanguages, planAgainstPortal, type Planned, type SpecInput } from '../plan/against-portal.js';
import { bindingsFrom, executePlan, type ApplyResult } from './run.js';

export interface ApplyCommandOptions extends PortalOptionValues {
  yes?: boolean;
  prune?: boolean;
  allowDataLoss?: boolean;
  skipBlocked?: boolean;
  resume?: string;
  allowStructureChanges?: boolean;
  /** --checklist FILE (repeatable): the handover checklist, .md or .html by extension. */
  checklist?: string[];
}

/** `b24cfg apply <spec | plan.json>`: the same plan as `plan`, executed, then verified. */
export async function runApply(
  ctx: CliContext,
  target: string | undefined,
  o: ApplyCommandOptions,
): Promise<ExitCode> {
  requireFormat(ctx, ['pretty', 'json']);
  if (o.resume !== undefined) return resumeApply(ctx, target, o);
  if (target === undefined) throw missingTarget();
  if (target.endsWith('.json')) return applySavedPlan(ctx, target, o);
  const input = await loadSpecInput(ctx, target);
  return withPortal(ctx, o, async (client) => {
    const planned = await planAgainstPortal(
      input,
      client,
      {
        prune: o.prune === true,
        allowDataLoss: o.allowDataLoss === true,
        ...(o.allowStructureChanges === true ? { allowStructureChanges: true } : {}),
      },
      ctx.now(),
    );
    return confirmAndExecute(ctx, planned, input, client, o, []);
  });
}

async function applySavedPlan(ctx: CliContext, planPath: string, o: ApplyCommandOptions): Promise<ExitCode> {
  const abs = resolve(ctx.cwd, planPath);
  let plan: Plan;
  try {
    plan = JSON.parse(await readFile(abs, 'utf8')) as Plan;
  } catch (e) {
    throw planFileError(planPath, e instanceof Error ? e.message : String(e));
  }
  if (
    plan.formatVersion !== PLAN_FORMAT_VERSION ||
    !Array.isArray(plan.changes) ||
    !plan.spec ||
    !plan.portal
  ) {
    throw planFileError(planPath, 'not a b24cfg plan');
  }
  // The plan names its spec relative to where `plan` ran; also try next to the plan file.
  const candidates = isAbsolute(plan.spec.file)
    ? [plan.spec.file]
    : [resolve(ctx.cwd, plan.spec.file), resolve(dirname(abs), plan.spec.file)];
  const input = await loadSpecInput(ctx, candidates.find((c) => existsSync(c)) ?? (candidates[0] as string));
  if (input.specHash !== plan.spec.hash) throw stale('spec', planPath);
  return withPortal(ctx, o, async (client) => {
    if (client.host !== plan.portal.host) {
      throw new CliError({
        code: 'PLAN_OTHER_PORTAL',
        exit: EXIT.stalePlan,
        where: planPath,
        message: {
          ru: 'план составлен для портала {planned}, а не для {actual}',
          en: 'the plan was made for {planned}, not for {actual}',
        },
        hint: {
          ru: 'Составьте план для этого портала: b24cfg plan.',
          en: 'Make a plan for this portal: b24cfg plan.',
        },
        data: { planned: plan.portal.host, actual: client.host },
      });
    }
    const binding = await loadStateFile(input.stateDir, client.host);
    const state = await readPortalState(client, { languages: labelLanguages(input.spec), now: ctx.now });
    // The portal changed since the plan was made: applying it could undo someone's work (DESIGN.md §1, exit 7).
    if (state.fingerprint !== plan.portal.fingerprint) throw stale('portal', planPath);
    const planned: Planned = {
      plan,
      state,
      binding,
      inputs: {
        spec: input.spec,
        specFile: input.specFile,
        specHash: input.specHash,
        state,
        binding,
        options: {
          prune: plan.options.prune,
          allowDataLoss: plan.options.allowDataLoss,
          allowStructureChanges: plan.options.allowStructureChanges,
        },
      },
    };
    return confirmAndExecute(
      ctx,
      planned,
      input,
      client,
      { ...o, prune: plan.options.prune, allowDataLoss: plan.options.allowDataLoss },
      [],
      { savedPlan: true },
    );
  });
}

async function resumeApply(
  ctx: CliContext,
  target: string | undefined,
  o: ApplyCommandOptions,
): Promise<ExitCode> {
  const stateDir = target ? dirname(resolve(ctx.cwd, target)) : ctx.cwd;
  const path = await findJournal(stateDir, o.resume ?? 'last');
  const events = await readJournal(path);
  const start = events.find((e) => e.type === 'start');
  if (!start)
    throw new CliError({
      code: 'JOURNAL_EMPTY',
      where: path,
      message: { ru: 'в журнале нет записи о начале', en: 'the journal has no start record' },
    });
  if (events.some((e) => e.type === 'end' && e.status === 'done')) {
    ctx.note(
      ctx.t({
        ru: 'Этот запуск уже завершён; проверяем портал заново.',
        en: 'That run already finished; checking the portal again.',
      }),
    );
  }
  const input = await loadSpecInput(ctx, target ?? start.spec.file);
  if (input.specHash !== start.spec.hash) {
    throw new CliError({
      code: 'RESUME_SPEC_CHANGED',
      exit: EXIT.findings,
      where: path,
      message: {
        ru: 'спецификация изменилась после прерванного запуска',
        en: 'the spec changed after the interrupted run',
      },
      hint: {
        ru: 'Запустите обычный apply: он учтёт уже сделанное, потому что сравнивает с порталом.',
        en: 'Run a plain apply: it accounts for what was done, since it compares with the portal.',
      },
    });
  }
  // Pipelines the interrupted run created (or may have created: unknown outcome) still carry their
  // default stages; the planner removes those (they are not the client's data).
  // A call sent in a request whose outcome never reached the journal (the process died) counts as
  // unknown, like a call whose answer was lost.
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
            .flatMap((c) => c.changeIds.map((id) => id.replace(/^pipeline:/, '')))
        : [],
    ),
  );
  // Pipelines that run itself inherited from the run it resumed: without them, a resume of a resume
  // would keep the default stages of a pipeline created two runs ago.
  const inherited = new Set(start.createdPipelineIds ?? []);
  return withPortal(ctx, { ...o }, async (client) => {
    // The journal's pipelines are "created by the run" only on its own portal; on another one they may
    // be a client's long-standing pipelines whose default stages must not be removed.
    if (start.host !== client.host) {
      throw new CliError({
        code: 'RESUME_OTHER_PORTAL',
        exit: EXIT.findings,
        where: path,
        message: {
          ru: 'запуск {run} шёл на портале {journal}, а не на {portal}',
          en: 'run {run} was on portal {journal}, not on {portal}',
        },
        hint: {
          ru: 'Укажите тот же портал или запуск этого портала: --resume <id из .b24cfg/journal>.',
          en: 'Give the same portal, or a run of this portal: --resume <id from .b24cfg/journal>.',
        },
        data: { run: start.runId, journal: start.host, portal: client.host },
      });
    }
    const first = await planAgainstPortal(input, client, start.options, ctx.now());
    const created = new Set([
      ...matchPipelines(first.state, first.binding, desiredPipelines(input.spec)).flatMap((m) =>
        m.portal && createdKeys.has(m.desired.key) ? [m.portal.id] : [],
      ),
      ...first.state.pipelines.filter((p) => inherited.has(p.id)).map((p) => p.id),
    ]);
    const planned =
      created.size > 0 ? await planAgainstPortal(input, client, start.options, ctx.now(), created) : first;
    ctx.note(ctx.t({ ru: 'Продолжаем запуск {run}.', en: 'Resuming run {run}.' }, { run: start.runId }));
    return confirmAndExecute(ctx, planned, input, client, { ...o, ...start.options }, [...created]);
  });
}

export async function confirmAndExecute(
  ctx: CliContext,
  planned: Planned,
  input: SpecInput,
  client: B24Client,
  o: ApplyCommandOptions,
  priorCreated: number[],
  how: { savedPlan: boolean; replanned?: boolean } = { savedPlan: false },
): Promise<ExitCode> {
  const plan = planned.plan;
  const savedPlan = how.savedPlan;
  if (ctx.format === 'pretty' && !ctx.quiet)
    ctx.out.write(formatPlanPretty(plan, { lang: ctx.lang, chalk: ctx.chalk }));
  const writes = plan.changes.filter(isWrite);
  // People a write needs (an open line's queue, a department head) must be on the portal before
  // anything is written; people only named in manual items are a warning (src/resources/users/problems.ts).
  const people = userProblems(planned.inputs.spec, planned.state, plan.options);
  for (const w of people.warnings) ctx.note(ctx.t(unknownPersonWarning(w, client.host)));
  if (people.errors.length > 0)
    throw unknownPeopleError(people.errors, client.host, planned.state.unreadable.users);
  const blocked = plan.changes.filter((c) => c.op === 'blocked');
  if (blocked.length > 0 && !o.skipBlocked) {
    throw new CliError({
      code: 'PLAN_HAS_REFUSED_CHANGES',
      exit: EXIT.findings,
      message: {
        ru: 'в плане {n} отклонённых изменений (✗) — применять не начинаю',
        en: 'the plan has {n} refused change(s) (✗); not starting',
      },
      hint: {
        ru: 'Исправьте спецификацию или портал, как подсказано у каждого ✗, либо примените остальное с --skip-blocked.',
        en: 'Fix the spec or the portal as each ✗ line says, or apply the rest with --skip-blocked.',
      },
      data: { n: blocked.length },
    });
  }
  if (writes.length === 0) {
    await saveBindingsIfChanged(planned, input, ctx.now());
    await writeChecklist(ctx, planned, input, o);
    if (ctx.format === 'json')
      ctx.out.write(`${JSON.stringify({ ok: true, applied: 0, plan: plan.summary }, null, 2)}\n`);
    return EXIT.ok;
  }
  if (!o.yes) {
    if (!ctx.interactive) {
      throw new CliError({
        code: 'APPLY_NEEDS_YES',
        exit: EXIT.findings,
        message: {
          ru: 'нет терминала для подтверждения — портал не изменён',
          en: 'no terminal to confirm on; the portal was not changed',
        },
        hint: {
          ru: 'В CI и скриптах добавьте --yes, посмотрев план (b24cfg plan).',
          en: 'In CI and scripts add --yes after reviewing the plan (b24cfg plan).',
        },
      });
    }
    const ok = await ctx.confirm(
      ctx.t(
        { ru: 'Применить {n} изменений к {host}? [y/N]', en: 'Apply {n} change(s) to {host}? [y/N]' },
        { n: writes.length, host: client.host },
      ),
    );
    if (!ok) {
      ctx.note(ctx.t({ ru: 'Отменено, портал не изменён.', en: 'Cancelled; the portal was not changed.' }));
      return EXIT.ok;
    }
  }
  const lock = await acquireLock(input.stateDir, client.host, ctx.now());
  let machine: MachineLock | undefined;
  try {
    // A real portal may be applied from another project folder on this machine at the same time.
    if (client.kind === 'http') {
      machine = await acquireMachineLock(client.host, ctx.now, {
        onWait: (holder) =>
          ctx.note(
            ctx.t(
              {
                ru: 'На этом портале идёт другое применение ({holder}), ждём его окончания…',
                en: 'Another apply is running on this portal ({holder}); waiting for it to finish…',
              },
              { holder },
            ),
          ),
      });
    }
  } catch (e) {
    await lock.release();
    throw e;
  }
  const progress = await startProgress(ctx, ctx.t({ ru: 'Применяем…', en: 'Applying…' }));
  let result: ApplyResult;
  try {
    // Time passed while the user read the plan, another apply finished between our read and the lock
    // (its save of the state file tells), or we waited for another apply of this portal: make sure
    // nobody changed the portal meanwhile.
    const finishedMeanwhile =
      stableStringify(await loadStateFile(input.stateDir, client.host)) !== stableStringify(planned.binding);
    if (!o.yes || finishedMeanwhile || machine?.waited === true) {
      const again = await readPortalState(client, { languages: labelLanguages(input.spec), now: ctx.now });
      if (again.fingerprint !== plan.portal.fingerprint) {
        // A saved plan was approved as it is: it is stale now. A fresh one is simply made again.
        if (savedPlan) throw stale('portal', plan.spec.file);
        ctx.note(
          ctx.t({
            ru: 'Портал изменился, пока мы ждали: составляем план заново.',
            en: 'The portal changed while we waited: planning again.',
          }),
        );
        progress.stop();
        await machine?.release();
        await lock.release();
        const again2 = await planAgainstPortal(input, client, plan.options, ctx.now(), new Set(priorCreated));
        return await confirmAndExecute(ctx, again2, input, client, o, priorCreated, {
          savedPlan: false,
          replanned: true,
        });
      }
    }
    result = await executePlan(planned, input, client, ctx.now, {
      priorCreatedPipelineIds: priorCreated,
      onProgress: (done, total) =>
        progress.update(
          ctx.t(
            { ru: 'Применяем: {done} из {total} вызовов', en: 'Applying: {done} of {total} calls' },
            { done, total },
          ),
        ),
    });
  } catch (e) {
    progress.fail(ctx.t({ ru: 'Применение прервано', en: 'Apply interrupted' }));
    throw e;
  } finally {
    await machine?.release();
    await lock.release();
  }
  progress.stop();
  const exit = report(ctx, plan, result);
  await writeChecklist(ctx, planned, input, o);
  return exit;
}

/**
 * Nothing to write, yet the state file may lack bindings: a run whose verification read failed after its
 * writes landed never saved them, and its resume has nothing left to do. Without them the next rename
 * would be matched by name only (DESIGN.md §2), and export would invent keys.
 */
async function saveBindingsIfChanged(planned: Planned, input: SpecInput, now: Date): Promise<void> {
  const next = bindingsFrom(planned, planned.binding);
  const same = (s: StateFile) => stableStringify({ ...s, updatedAt: '' });
  if (same(next) !== same(planned.binding)) await saveStateFile(input.stateDir, next, now);
}

/** apply --checklist: what is left for a human, written after the portal part is done. */
async function writeChecklist(ctx: CliContext, planned: Planned, input: SpecInput, o: ApplyCommandOptions) {
  if (!o.checklist?.length) return;
  const { writeApplyChecklists } = await import('../checklist/for-apply.js');
  const written = await writeApplyChecklists({
    plan: planned.plan,
    spec: input.spec,
    state: planned.state,
    specDir: input.stateDir,
    paths: o.checklist,
    cwd: ctx.cwd,
    lang: ctx.lang,
    now: ctx.now(),
  });
  ctx.note(
    ctx.t(
      { ru: 'Чек-лист ручной настройки: {files}', en: 'Hand-setup checklist: {files}' },
      { files: written.join(', ') },
    ),
  );
}

function report(ctx: CliContext, plan: Plan, r: ApplyResult): ExitCode {
  const writes = plan.changes.filter(isWrite);
  const failed = new Set(r.notApplied.map((c) => c.id));
  const applied = writes.filter((c) => !failed.has(c.id));
  const manual = plan.changes.filter((c) => c.op === 'manual');
  const stoppedCode = (r.execute.stopped?.error as { exitCode?: number } | undefined)?.exitCode;
  const exit: ExitCode =
    stoppedCode === EXIT.auth || stoppedCode === EXIT.budget
      ? stoppedCode
      : r.execute.stopped || r.notApplied.length > 0 || r.verifyError !== undefined
        ? EXIT.partial
        : EXIT.ok;
  if (ctx.format === 'json') {
    ctx.out.write(
      `${JSON.stringify(
        {
          ok: exit === EXIT.ok,
          exitCode: exit,
          runId: r.runId,
          applied: applied.map((c) => c.id),
          notApplied: r.notApplied.map((c) => c.id),
          verified: r.verifyError === undefined,
          manual: manual.map((c) => c.id),
          journal: r.journalPath,
          snapshot: r.snapshotPath,
          summary: summarize(plan.changes),
        },
        null,
        2,
      )}\n`,
    );
    return exit;
  }
  const c = ctx.chalk;
  const lines: string[] = [];
  if (exit === EXIT.ok) {
    lines.push(
      c.green(
        ctx.t(
          {
            ru: '✓ Применено изменений: {n}. Проверено повторным чтением портала.',
            en: '✓ Applied {n} change(s), verified by reading the portal back.',
          },
          { n: applied.length },
        ),
      ),
    );
  } else if (r.verifyError !== undefined && !r.execute.stopped) {
    // Every write ran; only the read-back failed. Nothing is known to be missing, nothing is claimed.
    const why =
      r.verifyError instanceof CliError
        ? r.verifyError.render(ctx.lang).message
        : r.verifyError instanceof Error
          ? r.verifyError.message
          : 'unknown error';
    lines.push(
      c.yellow(
        ctx.t(
          {
            ru: 'Все {n} изменений отправлены, но проверить их чтением портала не удалось: {why}',
            en: 'All {n} changes were sent, but reading the portal back to verify them failed: {why}',
          },
          { n: writes.length, why },
        ),
      ),
      c.cyan(
        ctx.t(
          {
            ru: 'Проверить и доделать: b24cfg apply {spec} --resume {run}',
            en: 'Verify and finish: b24cfg apply {spec} --resume {run}',
          },
          { spec: plan.spec.file, run: r.runId },
        ),
      ),
    );
  } else {
    lines.push(
      c.yellow(
        ctx.t(
          { ru: 'Применено {ok} из {all} изменений.', en: 'Applied {ok} of {all} changes.' },
          { ok: applied.length, all: writes.length },
        ),
      ),
    );
    for (const ch of r.notApplied) {
      lines.push(
        `  ${c.red('✗')} ${changeHeadline(ch, ctx.lang)} ${c.dim(ctx.t({ ru: '— не применено', en: '— not applied' }))}`,
      );
      // What the verification re-plan still sees, with the reason when the portal coerced a value.
      const again = r.remaining.find((x) => x.id === ch.id);
      if (again) for (const l of notAppliedDetails(again, ctx.lang)) lines.push(`      ${c.dim(l)}`);
    }
    const stop = r.execute.stopped?.error;
    if (stop instanceof CliError) lines.push(`  ${c.red(stop.render(ctx.lang).message)}`);
    else if (r.execute.stopped?.reason === 'call-failed') {
      const f = r.execute.outcomes.find((o) => o.status === 'error');
      if (f) lines.push(`  ${c.red(`${f.call.method}: ${f.error?.description || f.error?.code || '?'}`)}`);
    }
    if (r.execute.stopped) {
      lines.push(
        c.cyan(
          ctx.t(
            {
              ru: 'Продолжить: b24cfg apply {spec} --resume {run}',
              en: 'Continue: b24cfg apply {spec} --resume {run}',
            },
            { spec: plan.spec.file, run: r.runId },
          ),
        ),
      );
    } else {
      // Every call ran: what remains is what the portal did not keep. Running again changes nothing.
      lines.push(
        c.cyan(
          ctx.t({
            ru: 'Портал не сохранил эти значения (причины выше): поправьте спецификацию или настройки портала и запустите apply снова.',
            en: 'The portal did not keep these values (reasons above): adjust the spec or the portal settings and run apply again.',
          }),
        ),
      );
    }
  }
  if (manual.length > 0) {
    lines.push(
      ctx.t(
        {
          ru: 'Вручную (REST этого не умеет): {n} пунктов — b24cfg checklist {spec}',
          en: 'By hand (REST cannot do these): {n} items — b24cfg checklist {spec}',
        },
        { n: manual.length, spec: plan.spec.file },
      ),
    );
  }
  lines.push(
    c.dim(
      ctx.t(
        { ru: 'Журнал: {j} · снимок для отката: {s}', en: 'Journal: {j} · snapshot to roll back: {s}' },
        { j: r.journalPath, s: r.snapshotPath },
      ),
    ),
  );
  ctx.out.write(`${lines.join('\n')}\n`);
  return exit;
}

function stale(what: 'spec' | 'portal', planPath: string): CliError {
  return new CliError({
    code: 'PLAN_STALE',
    exit: EXIT.stalePlan,
    where: planPath,
    message:
      what === 'portal'
        ? {
            ru: 'портал изменился после того, как план был составлен — план устарел',
            en: 'the portal changed after the plan was made: the plan is stale',
          }
        : {
            ru: 'спецификация изменилась после того, как план был составлен',
            en: 'the spec changed after the plan was made',
          },
    hint: {
      ru: 'Составьте план заново (b24cfg plan … --out plan.json) и посмотрите его.',
      en: 'Make the plan again (b24cfg plan … --out plan.json) and review it.',
    },
  });
}

function missingTarget(): CliError {
  return new CliError({
    code: 'USAGE',
    message: { ru: 'укажите спецификацию или файл плана', en: 'give a spec or a plan file' },
    hint: {
      ru: 'b24cfg apply b24cfg.yaml --portal … или b24cfg apply plan.json',
      en: 'b24cfg apply b24cfg.yaml --portal … or b24cfg apply plan.json',
    },
  });
}
