import type { ChalkInstance } from 'chalk';
import { CliError } from '../../core/errors.js';
import { EXIT } from '../../core/exit-codes.js';
import { fmt, plural, type Lang, type Text, type TextData } from '../../core/i18n.js';
import { terminalSafe } from '../../core/terminal-text.js';
import { ANSWERED_FALSE } from '../../resources/calls.js';
import type { Change } from '../../resources/plan.js';
import { changeHeadline, notAppliedDetails } from '../plan/describe-change.js';
import { APPLY_REPORT_MESSAGES as M } from './messages.js';
import type { ApplyReport } from './types.js';
import { wroteChange } from './wrote.js';

function reason(e: unknown, lang: Lang): string {
  if (e instanceof CliError) return e.render(lang).message;
  return e instanceof Error ? e.message : 'unknown error';
}

export interface ApplyPrettyOptions {
  lang: Lang;
  chalk: ChalkInstance;
  /**
   * The command that finishes the run, to paste as it is (`b24cfg apply … --portal … --resume <id>`,
   * or `b24cfg restore …` for a restore): the caller knows how the portal was named.
   */
  next: (runId: string) => string;
}

/** How many not-applied changes are named one by one; the journal lists every call. */
const LISTED = 20;

/** The lines after an apply: what was applied and verified, what was not and why, what to run next. */
export function formatApplyPretty(r: ApplyReport, o: ApplyPrettyOptions): string {
  const { plan, run } = r;
  const c = o.chalk;
  const t = (text: Text, data?: TextData) => fmt(text, o.lang, data);
  const byId = new Map(plan.changes.map((ch) => [ch.id, ch]));
  const { applied, notApplied, notVerified } = run.tally;
  const all = applied.length + notApplied.length + notVerified.length;
  const manual = plan.changes.filter((ch) => ch.op === 'manual');
  const next = o.next(run.runId);
  const lines: string[] = [];
  if (r.exitCode === EXIT.ok) {
    lines.push(c.green(t(M.applied, { n: applied.length })));
  } else if (run.execute.stopped?.reason === 'interrupted') {
    lines.push(
      c.yellow(t(M.interrupted, { ok: applied.length, all })),
      c.cyan(t(M.continueWith, { command: next })),
    );
  } else if (run.verifyError !== undefined && !run.execute.stopped) {
    // Every write ran; only the read-back failed. Nothing is known to be missing, nothing is claimed.
    lines.push(
      c.yellow(t(M.notVerified, { n: all, why: reason(run.verifyError, o.lang) })),
      c.cyan(t(M.verifyAndFinish, { command: next })),
    );
  } else {
    lines.push(c.yellow(t(M.partly, { ok: applied.length, all })));
    if (notApplied.length > 0) lines.push(t(M.notAppliedCount, { n: notApplied.length }));
    if (notVerified.length > 0) lines.push(t(M.notVerifiedCount, { n: notVerified.length }));
    if (!run.verified && run.verifyError !== undefined)
      lines.push(c.dim(t(M.notReadBack, { why: reason(run.verifyError, o.lang) })));
    for (const id of notApplied.slice(0, LISTED)) {
      const ch = byId.get(id) as Change;
      lines.push(`  ${c.red('✗')} ${changeHeadline(ch, o.lang)} ${c.dim(t(M.notApplied))}`);
      // What the verification re-plan still sees, with the reason when the portal coerced a value.
      const again = run.remaining.find((x) => x.id === id);
      const planned = wroteChange(run, id) ? ch : undefined;
      if (again) for (const l of notAppliedDetails(planned, again, o.lang)) lines.push(`      ${c.dim(l)}`);
    }
    if (notApplied.length > LISTED) lines.push(c.dim(t(M.andMore, { n: notApplied.length - LISTED })));
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
    lines.push(c.cyan(run.execute.stopped ? t(M.continueWith, { command: next }) : t(M.notKept)));
  }
  if (manual.length > 0)
    lines.push(
      t(M.manual, {
        items: `${manual.length} ${plural(o.lang, manual.length, ['пункт', 'пункта', 'пунктов'], ['item', 'items'])}`,
        spec: plan.spec.file,
      }),
    );
  lines.push(c.dim(t(M.files, { j: run.journalPath, s: run.snapshotPath })));
  return terminalSafe(`${lines.join('\n')}\n`, { keepColor: c.level > 0 });
}
