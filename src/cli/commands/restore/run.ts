import { resolve } from 'node:path';
import { planRestore, readRestoreSnapshot } from '../../../apply/restore.js';
import type { ExitCode } from '../../../core/exit-codes.js';
import type { CliContext } from '../../context.js';
import { requireFormat } from '../../context.js';
import { withPortal, type PortalOptionValues } from '../../portal-option.js';
import { applyAndReport } from '../apply/apply-and-report.js';
import { RESTORE_MESSAGES } from './messages.js';

export interface RestoreCommandOptions extends PortalOptionValues {
  yes?: boolean;
  allowDataLoss?: boolean;
}

/**
 * `b24cfg restore <snapshot>`: plans and applies the way back to a snapshot an apply took before
 * writing. Refused changes (a stage with deals, a field with values) are left and the rest applied.
 */
export async function runRestore(
  ctx: CliContext,
  snapshotFile: string,
  o: RestoreCommandOptions,
): Promise<ExitCode> {
  requireFormat(ctx, ['pretty', 'json']);
  const { snap, stateDir } = await readRestoreSnapshot(resolve(ctx.cwd, snapshotFile), ctx.cwd);
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
    return applyAndReport(
      ctx,
      { planned, input, client, savedPlan: false, priorCreated: [] },
      { yes: o.yes, skipBlocked: true },
    );
  });
}
