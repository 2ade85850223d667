import { Command } from 'commander';
import { withExamples, type CommandFactory } from '../../app.js';
import { localizedHelp } from '../../help-i18n.js';
import { CLI_HELP } from '../../messages.js';
import { INIT_HELP as H } from './messages.js';
import type { InitOptions } from './run.js';

/** `b24cfg init`: writes a starter spec (and the files it refers to) from templates/. */
export const initCommand: CommandFactory = (app) => {
  const cmd = new Command('init')
    // Commander does not pass the program's help settings to added commands: localise this one's too.
    .configureHelp(localizedHelp(app.lang))
    .helpOption('-h, --help', app.h(CLI_HELP.help))
    .description(app.h(H.command))
    .option('-t, --template <name>', app.h(H.template), 'b2b-b2c')
    .option('-o, --out <file>', app.h(H.out), 'b24cfg.yaml')
    .option('-f, --force', app.h(H.force))
    .option('--list', app.h(H.list))
    .action(async (opts: InitOptions, command: Command) => {
      await app.run(command, async (ctx) => {
        const { runInit } = await import('./run.js');
        return runInit(ctx, opts);
      });
    });
  return withExamples(cmd, app, [
    'b24cfg init',
    'b24cfg init --template b2b-b2c --out client/b24cfg.yaml',
    'b24cfg init --list',
  ]);
};
