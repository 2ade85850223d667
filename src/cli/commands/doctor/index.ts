import { Command } from 'commander';
import { withExamples, type CommandFactory } from '../../app.js';
import { requireFormat } from '../../context.js';
import { addPortalOptions, type PortalOptionValues } from '../../portal-option.js';
import { DOCTOR_HELP as H } from './messages.js';

/** `b24cfg doctor --portal P`: is this webhook able to do what b24cfg needs? */
export const doctorCommand: CommandFactory = (app) => {
  const cmd = new Command('doctor').description(app.h(H.command));
  addPortalOptions(cmd, app).action(async (opts: PortalOptionValues) => {
    await app.run(cmd, async (ctx) => {
      requireFormat(ctx, ['pretty', 'json']);
      const { runDoctorCommand } = await import('./run.js');
      return runDoctorCommand(ctx, opts);
    });
  });
  return withExamples(cmd, app, [
    'b24cfg doctor --portal https://acme.bitrix24.ru/rest/1/<secret>/',
    'b24cfg doctor --portal acme --format json',
    'b24cfg doctor --portal sandbox',
  ]);
};
