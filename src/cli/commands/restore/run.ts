import { resolve } from 'node:path';
import type { ApplyOutcome } from '../../../apply/apply.js';
import { restoreGaps } from '../../../apply/restore-gaps.js';
import { planRestore, readRestoreSnapshot, snapshotFileOf } from '../../../apply/restore.js';
import { b24cfgCommand } from '../../../core/command-line.js';
import type { ExitCode } from '../../../core/exit-codes.js';
import type { Snapshot } from '../../../portal/snapshot-file.js';
import { formatRestoreGapsPretty } from '../../../report/apply/restore.js';
import type { RestoreGap } from '../../../report/apply/types.js';
import type { PortalState } from '../../../resources/state.js';
import type { CliContext } from '../../context.js';
import { requireFormat } from '../../context.js';
import { portalArgOf } from '../../portal-arg.js';
import { withPortal, type PortalOptionValues } from '../../portal-option.js';
import { applyAndReport } from '../apply/apply-and-report.js';
import { RESTORE_MESSAGES } from './messages.js';

export interface RestoreCommandOptions extends PortalOptionValues {
  yes?: boolean;
  allowDataLoss?: boolean;
}

/** What still differs from the snapshot after the run; undefined when the portal was not read back. */
function gapsAfter(snap: Snapshot<PortalState>, outcome: ApplyOutcome): RestoreGap[] | undefined {
  if (outcome.kind === 'applied') {
    const after = outcome.result.stateAfter;
    return after ? restoreGaps(snap.state, after) : undefined;
  }
  return restoreGaps(snap.state, outcome.planned.state);
}

/**
 * `b24cfg restore <snapshot | last>`: plans and applies the way back to a snapshot an apply took before
 * writing. Refused changes (a stage with deals, a field with values) are left and the rest applied;
 * then it says what still differs from the snapshot, or that nothing does.
 */
export async function runRestore(
  ctx: CliContext,
  given: string,
  o: RestoreCommandOptions,
): Promise<ExitCode> {
  requireFormat(ctx, ['pretty', 'json']);
  const portal = portalArgOf(o.portal);
  const snapshotFile = await snapshotFileOf(given, ctx.cwd, portal);
  const { snap, stateDir } = await readRestoreSnapshot(resolve(ctx.cwd, snapshotFile), ctx.cwd);
  const again = [
    'restore',
    snapshotFile,
    '--portal',
    portal,
    ...(o.allowDataLoss === true ? ['--allow-data-loss'] : []),
  ];
  return withPortal(ctx, o, async (client) => {
    const { planned, input } = await planRestore({
      snap,
      snapshotFile,
      stateDir,
      client,
      allowDataLoss: o.allowDataLoss === true,
      now: ctx.now(),
      onPlanning: () => ctx.note(ctx.t(RESTORE_MESSAGES.scope)),
    });
    let gaps: RestoreGap[] | undefined;
    const run = await applyAndReport(
      ctx,
      { planned, input, client, priorCreated: [], rerun: again },
      { yes: o.yes, skipBlocked: true },
      {
        // A restore plans from the portal as it is: running it again finishes an interrupted one.
        next: () => b24cfgCommand(...again),
        showEmptyPlan: false,
        extraJson: (outcome) => {
          gaps =
            outcome.kind === 'cancelled' || outcome.kind === 'interrupted'
              ? undefined
              : gapsAfter(snap, outcome);
          return gaps === undefined ? {} : { differences: gaps };
        },
      },
    );
    if (ctx.format === 'pretty' && run.outcome.kind !== 'cancelled' && run.outcome.kind !== 'interrupted')
      ctx.out.write(formatRestoreGapsPretty(gaps, { lang: ctx.lang, chalk: ctx.chalk }));
    return run.exitCode;
  });
}
