import type { ExitCode } from '../../../core/exit-codes.js';
import { renderDoctorJson, renderDoctorPretty } from '../../../doctor/render.js';
import { doctorExitCode, runDoctor } from '../../../doctor/run.js';
import type { CliContext } from '../../context.js';
import { withPortal, type PortalOptionValues } from '../../portal-option.js';

/** `b24cfg doctor`: check the webhook, print the table (or JSON), exit 0 / 5 / 1. */
export async function runDoctorCommand(ctx: CliContext, values: PortalOptionValues): Promise<ExitCode> {
  return withPortal(ctx, values, async (client) => {
    const report = await runDoctor(client, () => ctx.now().getTime());
    const code = doctorExitCode(report);
    ctx.out.write(
      ctx.format === 'json'
        ? renderDoctorJson(report, ctx.lang, code)
        : renderDoctorPretty(report, ctx.lang, ctx.chalk, ctx.quiet),
    );
    return code;
  });
}
