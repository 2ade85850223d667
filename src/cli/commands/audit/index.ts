import { Command } from 'commander';
import { withExamples, type CommandFactory } from '../../app.js';
import { localizedHelp } from '../../help-i18n.js';
import { CLI_HELP, FORCE_HELP } from '../../messages.js';
import { addCrmSettingsOption } from '../../crm-settings-option.js';
import { addPortalOptions } from '../../portal-option.js';
import { AUDIT_HELP as H } from './messages.js';
import type { AuditCommandOptions } from './run.js';

/** `b24cfg audit [spec] [--portal P | --snapshot F]`: score against the 33 standards, with evidence. */
export const auditCommand: CommandFactory = (app) => {
  const cmd = new Command('audit')
    .configureHelp(localizedHelp(app.lang))
    .helpOption('-h, --help', app.h(CLI_HELP.help))
    .description(app.h(H.command))
    .argument('[spec]', app.h(H.spec))
    .option('--snapshot <file>', app.h(H.snapshot))
    .option('--save-snapshot <file>', app.h(H.saveSnapshot))
    .option('--min-score <n>', app.h(H.minScore))
    .option('--fail-on <ids>', app.h(H.failOn))
    .option('--out <file>', app.h(H.out))
    .option('-f, --force', app.h(FORCE_HELP.force));
  addCrmSettingsOption(cmd, app);
  addPortalOptions(cmd, app);
  cmd.action(async (spec: string | undefined, opts: AuditCommandOptions, command: Command) => {
    await app.run(command, async (ctx) => {
      const { runAuditCommand } = await import('./run.js');
      return runAuditCommand(ctx, spec, opts);
    });
  });
  return withExamples(cmd, app, [
    'b24cfg audit --portal sandbox',
    'b24cfg audit b24cfg.yaml',
    'b24cfg audit b24cfg.yaml --portal client-prod --save-snapshot audit.json --format html --out audit.html',
    'b24cfg audit --snapshot audit.json --min-score 80 --fail-on SD-04,SD-11 --format junit > audit.xml',
    'b24cfg audit b24cfg.yaml --portal client-prod --crm-settings configuration.zip',
  ]);
};
