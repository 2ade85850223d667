import type { ChalkInstance } from 'chalk';
import { CliError } from '../../core/errors.js';
import { EXIT } from '../../core/exit-codes.js';
import { fmt, type Lang, type Text, type TextData } from '../../core/i18n.js';
import { terminalSafe } from '../../core/terminal-text.js';
import { ANSWERED_FALSE } from '../../resources/calls.js';
import { isWrite } from '../../resources/plan.js';
import { changeHeadline, notAppliedDetails } from '../plan/describe-change.js';
import { APPLY_REPORT_MESSAGES as M } from './messages.js';
import type { ApplyReport } from './types.js';
import { wroteChange } from './wrote.js';

function reason(e: unknown, lang: Lang): string {
  if (e instanceof CliError) return e.render(lang).message;
  return e instanceof Error ? e.message : 'unknown error';
}

/** The lines after an apply: what was applied and verified, what was not and why, what to run next. */
export function formatApplyPretty(r: ApplyReport, o: { lang: Lang; chalk: ChalkInstance }): string {
  const { plan, run } = r;
  const c = o.chalk;
  const t = (text: Text, data?: TextData) => fmt(text, o.lang, data);
  const writes = plan.changes.filter(isWrite);
  const failed = new Set(run.notApplied.map((ch) => ch.id));
  const applied = writes.filter((ch) => !failed.has(ch.id));
  const manual = plan.changes.filter((ch) => ch.op === 'manual');
  const resume = { spec: plan.spec.file, run: run.runId };
  const lines: string[] = [];
  if (r.exitCode === EXIT.ok) {
    lines.push(c.green(t(M.applied, { n: applied.length })));
  } else if (run.verifyError !== undefined && !run.execute.stopped) {
    // Every write ran; only the read-back failed. Nothing is known to be missing, nothing is claimed.
    lines.push(
      c.yellow(t(M.notVerified, { n: writes.length, why: reason(run.verifyError, o.lang) })),
      c.cyan(t(M.verifyAndFinish, resume)),
    );
  } else {
    lines.push(c.yellow(t(M.partly, { ok: applied.length, all: writes.length })));
    for (const ch of run.notApplied) {
      lines.push(`  ${c.red('✗')} ${changeHeadline(ch, o.lang)} ${c.dim(t(M.notApplied))}`);
      // What the verification re-plan still sees, with the reason when the portal coerced a value.
      const again = run.remaining.find((x) => x.id === ch.id);
      const planned = wroteChange(run, ch.id) ? ch : undefined;
      if (again) for (const l of notAppliedDetails(planned, again, o.lang)) lines.push(`      ${c.dim(l)}`);
    }
    const stop = run.execute.stopped?.error;
    if (stop instanceof CliError) lines.push(`  ${c.red(stop.render(o.lang).message)}`);
    else if (run.execute.stopped?.reason === 'call-failed') {
      const f = run.execute.outcomes.find((x) => x.status === 'error');
      const why =
        f?.error?.code === ANSWERED_FALSE
          ? t(M.answeredFalse)
          : f?.error?.description || f?.error?.code || '?';
      if (f) lines.push(`  ${c.red(`${f.call.method}: ${why}`)}`);
    }
    // Stopped early: the rest can be finished. Every call ran: what remains is what the portal did
    // not keep, and running again changes nothing.
    lines.push(c.cyan(run.execute.stopped ? t(M.resume, resume) : t(M.notKept)));
  }
  if (manual.length > 0) lines.push(t(M.manual, { n: manual.length, spec: plan.spec.file }));
  lines.push(c.dim(t(M.files, { j: run.journalPath, s: run.snapshotPath })));
  return terminalSafe(`${lines.join('\n')}\n`, { keepColor: c.level > 0 });
}
