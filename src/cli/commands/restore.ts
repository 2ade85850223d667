import { Command } from 'commander';
import { withExamples, type CommandFactory } from '../app.js';
import { addPortalOptions } from '../portal-option.js';
import type { RestoreCommandOptions } from '../../apply/run-restore.js';

/** `b24cfg restore <snapshot> --portal P`: go back to the configuration before an apply. */
export const restoreCommand: CommandFactory = (app) => {
  const cmd = new Command('restore')
    .description(
      app.h(
        'вернуть настройку портала к снимку, сделанному перед apply (только настройка, не данные)',
        'return the portal configuration to a snapshot taken before an apply (configuration only, not data)',
      ),
    )
    .argument(
      '<snapshot>',
      app.h('файл снимка из .b24cfg/snapshots/', 'a snapshot file from .b24cfg/snapshots/'),
    )
    .option('-y, --yes', app.h('не спрашивать подтверждения', 'do not ask for confirmation'))
    .option(
      '--allow-data-loss',
      app.h('разрешить удаление полей со значениями', 'allow deleting fields that hold values'),
    );
  addPortalOptions(cmd, app);
  cmd.action(async (snapshot: string, opts: RestoreCommandOptions, command: Command) => {
    await app.run(command, async (ctx) => {
      const { runRestore } = await import('../../apply/run-restore.js');
      return runRestore(ctx, snapshot, opts);
    });
  });
  return withExamples(cmd, app, [
    'b24cfg restore .b24cfg/snapshots/20261124-101500Z-1a2b.json --portal client',
  ]);
};
