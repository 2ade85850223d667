import { Command } from 'commander';
import { withExamples, type CommandFactory } from '../../app.js';
import { addCrmSettingsOption } from '../../crm-settings-option.js';
import { FORCE_HELP } from '../../messages.js';
import { addPortalOptions } from '../../portal-option.js';
import { EXPORT_HELP as H } from './messages.js';
import type { ExportCommandOptions } from './run.js';

/** `b24cfg export --portal P [--out spec.yaml]`: turn a live portal into a spec. */
export const exportCommand: CommandFactory = (app) => {
  const cmd = new Command('export')
    .description(app.h(H.command))
    .option('--out <file>', app.h(H.out))
    .option('-f, --force', app.h(FORCE_HELP.force))
    .option('--sections <list>', app.h(H.sections));
  addCrmSettingsOption(cmd, app);
  addPortalOptions(cmd, app);
  cmd.action(async (opts: ExportCommandOptions, command: Command) => {
    await app.run(command, async (ctx) => {
      const { runExport } = await import('./run.js');
      return runExport(ctx, opts);
    });
  });
  return withExamples(cmd, app, [
    'b24cfg export --portal sandbox --out portal.yaml',
    'b24cfg export --portal client --out b24cfg.yaml --sections directions,fields',
    'b24cfg export --portal client --out b24cfg.yaml --crm-settings configuration.zip',
  ]);
};
