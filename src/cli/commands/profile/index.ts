import { Command, Option } from 'commander';
import type { TierChoice } from '../../../portal/profiles.js';
import { withExamples, type CliApp, type CommandFactory } from '../../app.js';
import { localizedHelp } from '../../help-i18n.js';
import { CLI_HELP } from '../../messages.js';
import { PROFILE_HELP as H } from './messages.js';

/**
 * main.ts routes errors and output of top-level commands only; nested ones ("profile add") are
 * wired the same way here so a usage mistake is reported, not a process exit.
 */
function nested(sub: Command, app: CliApp): Command {
  return sub
    .exitOverride()
    .configureHelp(localizedHelp(app.lang))
    .helpOption('-h, --help', app.h(CLI_HELP.help))
    .configureOutput({
      writeOut: (s) => app.io.out.write(s),
      writeErr: (s) => app.io.err.write(s),
      outputError: () => undefined,
    });
}

export const profileCommand: CommandFactory = (app) => {
  const cmd = new Command('profile').description(app.h(H.command));

  const add = nested(new Command('add'), app)
    .description(app.h(H.add))
    .argument('<name>', app.h(H.name))
    .argument('<webhook-url>', app.h(H.url))
    .addOption(new Option('--tier <tier>', app.h(H.tier)).choices(['auto', 'standard', 'enterprise']));
  add.action(async (name: string, url: string, opts: { tier?: TierChoice }) => {
    await app.run(add, async (ctx) => (await import('./run.js')).addProfile(ctx, name, url, opts.tier));
  });

  const list = nested(new Command('list'), app).description(app.h(H.list));
  list.action(async () => {
    await app.run(list, async (ctx) => (await import('./run.js')).listProfiles(ctx));
  });

  const remove = nested(new Command('remove'), app)
    .description(app.h(H.remove))
    .argument('<name>', app.h(H.name));
  remove.action(async (name: string) => {
    await app.run(remove, async (ctx) => (await import('./run.js')).dropProfile(ctx, name));
  });

  cmd.addCommand(add).addCommand(list).addCommand(remove);
  return withExamples(cmd, app, [
    'b24cfg profile add acme https://acme.bitrix24.ru/rest/1/<secret>/',
    'b24cfg profile add big https://big.bitrix24.ru/rest/1/<secret>/ --tier enterprise',
    'b24cfg profile list',
    'b24cfg profile remove acme',
    'b24cfg doctor --portal acme',
  ]);
};
