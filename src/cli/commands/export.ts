import { Command } from 'commander';
import { withExamples, type CommandFactory } from '../app.js';
import { addPortalOptions } from '../portal-option.js';
import type { ExportCommandOptions } from '../../export/run-export.js';

/** `b24cfg export --portal P [--out spec.yaml]`: turn a live portal into a spec. */
export const exportCommand: CommandFactory = (app) => {
  const cmd = new Command('export')
    .description(
      app.h(
        'выгрузить настройки портала в спецификацию (повторная выгрузка даёт тот же файл; plan по ней — без изменений)',
        'turn a portal into a spec (exporting twice gives the same file; planning it shows no changes)',
      ),
    )
    .option(
      '--out <file>',
      app.h(
        'куда записать спецификацию (по умолчанию — в stdout)',
        'where to write the spec (default: stdout)',
      ),
    )
    .option(
      '--sections <list>',
      app.h(
        'только эти разделы, через запятую: directions,fields,segments,…',
        'only these sections, comma-separated: directions,fields,segments,…',
      ),
    );
  addPortalOptions(cmd, app);
  cmd.action(async (opts: ExportCommandOptions, command: Command) => {
    await app.run(command, async (ctx) => {
      const { runExport } = await import('../../export/run-export.js');
      return runExport(ctx, opts);
    });
  });
  return withExamples(cmd, app, [
    'b24cfg export --portal sandbox --out portal.yaml',
    'b24cfg export --portal client --out b24cfg.yaml --sections directions,fields',
  ]);
};
