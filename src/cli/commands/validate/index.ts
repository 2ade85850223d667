import { Command } from 'commander';
import { withExamples, type CommandFactory } from '../../app.js';
import { localizedHelp } from '../../help-i18n.js';
import { CLI_HELP } from '../../messages.js';
import { VALIDATE_HELP as H } from './messages.js';

/** `b24cfg validate <spec...>`: offline schema + semantic checks; exit 0 without errors, 1 with. */
export const validateCommand: CommandFactory = (app) => {
  const cmd = new Command('validate')
    // Commander does not pass the program's help settings to added commands: localise this one's too.
    .configureHelp(localizedHelp(app.lang))
    .helpOption('-h, --help', app.h(CLI_HELP.help))
    .description(app.h(H.command))
    .argument('<spec...>', app.h(H.specs))
    .action(async (specs: string[], _opts: unknown, command: Command) => {
      await app.run(command, async (ctx) => {
        const { runValidate } = await import('./run.js');
        return runValidate(ctx, specs);
      });
    });
  return withExamples(cmd, app, [
    'b24cfg validate b24cfg.yaml',
    'b24cfg validate templates/*.yaml examples/*.yaml',
    'b24cfg validate b24cfg.yaml --format sarif > b24cfg.sarif',
    'b24cfg validate b24cfg.yaml --format json --lang en',
  ]);
};
