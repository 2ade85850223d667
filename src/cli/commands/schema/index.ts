import { dataJson } from '../../../core/data-text.js';
import { Command } from 'commander';
import { EXIT } from '../../../core/exit-codes.js';
import { withExamples, type CommandFactory } from '../../app.js';
import { requireFormat } from '../../context.js';
import { localizedHelp } from '../../help-i18n.js';
import { CLI_HELP } from '../../messages.js';
import { SCHEMA_HELP as H } from './messages.js';

/** `b24cfg schema`: the spec's JSON Schema on stdout, for editors and other tools. */
export const schemaCommand: CommandFactory = (app) => {
  const cmd = new Command('schema')
    // Commander does not pass the program's help settings to added commands: localise this one's too.
    .configureHelp(localizedHelp(app.lang))
    .helpOption('-h, --help', app.h(CLI_HELP.help))
    .description(app.h(H.command))
    .action(async (_opts: unknown, command: Command) => {
      await app.run(command, async (ctx) => {
        requireFormat(ctx, ['pretty', 'json']);
        const { SPEC_SCHEMA } = await import('../../../spec/schema-json.js');
        ctx.out.write(dataJson(SPEC_SCHEMA));
        return EXIT.ok;
      });
    });
  return withExamples(cmd, app, ['b24cfg schema > b24cfg.schema.json', app.h(H.thenFirstLine)]);
};
