import { Command } from 'commander';
import { withExamples, type CommandFactory } from '../../app.js';
import { localizedHelp } from '../../help-i18n.js';
import { CLI_HELP } from '../../messages.js';
import { ATTEST_HELP as H } from './messages.js';
import type { AttestCommandOptions } from './run.js';

/** `b24cfg attest SD-13 --by … --note …`: record what a person checked by hand (or a dated waiver). */
export const attestCommand: CommandFactory = (app) => {
  const cmd = new Command('attest')
    .configureHelp(localizedHelp(app.lang))
    .helpOption('-h, --help', app.h(CLI_HELP.help))
    .description(app.h(H.command))
    .argument('<standard>', app.h(H.standard))
    .option('--by <name>', app.h(H.by))
    .option('--note <text>', app.h(H.note))
    .option('--evidence <url>', app.h(H.evidence))
    .option('--expires <date>', app.h(H.expires))
    .option('--spec <file>', app.h(H.spec))
    .option('--suppress', app.h(H.suppress))
    .option('--reason <text>', app.h(H.reason));
  cmd.action(async (id: string, opts: AttestCommandOptions, command: Command) => {
    await app.run(command, async (ctx) => {
      const { runAttest } = await import('./run.js');
      return runAttest(ctx, id, opts);
    });
  });
  return withExamples(cmd, app, [
    'b24cfg attest SD-13 --by "Мария Петрова" --note "удаление и экспорт запрещены всем ролям" --expires 2026-12-31',
    'b24cfg attest SD-14 --by auditor --note "Яндекс.Директ и сайт подключены" --evidence https://example.com/screenshot.png',
    'b24cfg attest SD-16 --suppress --reason "телефония подключается в марте" --expires 2026-03-31 --by auditor',
  ]);
};
