import { Command } from 'commander';
import { withExamples, type CommandFactory } from '../../app.js';
import { addPortalOptions } from '../../portal-option.js';
import { RESTORE_HELP as H } from './messages.js';
import type { RestoreCommandOptions } from './run.js';

/** `b24cfg restore <snapshot> --portal P`: go back to the configuration before an apply. */
export const restoreCommand: CommandFactory = (app) => {
  const cmd = new Command('restore')
    .description(app.h(H.command))
    .argument('<snapshot>', app.h(H.snapshot))
    .option('-y, --yes', app.h(H.yes))
    .option('--allow-data-loss', app.h(H.allowDataLoss));
  addPortalOptions(cmd, app);
  cmd.action(async (snapshot: string, opts: RestoreCommandOptions, command: Command) => {
    await app.run(command, async (ctx) => {
      const { runRestore } = await import('./run.js');
      return runRestore(ctx, snapshot, opts);
    });
  });
  return withExamples(cmd, app, [
    'b24cfg restore .b24cfg/snapshots/20261124-101500Z-1a2b.json --portal client',
    'b24cfg restore last --portal client',
  ]);
};
