import { Command } from 'commander';
import { withExamples, type CommandFactory } from '../app.js';
import { requireFormat } from '../context.js';
import { addPortalOptions, type PortalOptionValues } from '../portal-option.js';

export const doctorCommand: CommandFactory = (app) => {
  const cmd = new Command('doctor').description(
    app.h(
      'проверить вебхук: связь, часы, права, администратор, тариф, нужные методы, режим CRM',
      'check the webhook: connection, clock, scopes, admin, plan, key methods, CRM mode',
    ),
  );
  addPortalOptions(cmd, app).action(async (opts: PortalOptionValues) => {
    await app.run(cmd, async (ctx) => {
      requireFormat(ctx, ['pretty', 'json']);
      const { doctorCommand: run } = await import('../../doctor/command.js');
      return run(ctx, opts);
    });
  });
  return withExamples(cmd, app, [
    'b24cfg doctor --portal https://acme.bitrix24.ru/rest/1/<secret>/',
    'b24cfg doctor --portal acme --format json',
    'b24cfg doctor --portal sandbox',
  ]);
};
