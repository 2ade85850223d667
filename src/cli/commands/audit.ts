import { Command } from 'commander';
import { withExamples, type CommandFactory } from '../app.js';
import { localizedHelp } from '../help-i18n.js';
import { addPortalOptions } from '../portal-option.js';
import type { AuditCommandOptions } from '../../audit/run-audit.js';

/** `b24cfg audit [spec] [--portal P | --snapshot F]`: score against the 33 standards, with evidence. */
export const auditCommand: CommandFactory = (app) => {
  const cmd = new Command('audit')
    .configureHelp(localizedHelp(app.lang))
    .helpOption('-h, --help', app.h('показать справку', 'show help'))
    .description(
      app.h(
        'оценить отдел продаж по 33 стандартам: портал, сохранённый снимок или спецификация без портала; оценка 0–100 с доказательствами',
        'score the sales department against the 33 standards: a portal, a saved snapshot or a spec alone; a 0–100 score with evidence',
      ),
    )
    .argument('[spec]', app.h('файл спецификации (необязательно)', 'spec file (optional)'))
    .option(
      '--snapshot <file>',
      app.h('аудит по сохранённому снимку, без портала', 'audit a saved snapshot, without a portal'),
    )
    .option(
      '--save-snapshot <file>',
      app.h(
        'сохранить прочитанное с портала для повторного аудита',
        'save what was read from the portal for a later audit',
      ),
    )
    .option(
      '--min-score <n>',
      app.h('код выхода 3, если оценка ниже n (0–100)', 'exit 3 when the score is below n (0–100)'),
    )
    .option(
      '--fail-on <ids>',
      app.h(
        'код выхода 3, если эти стандарты не выполнены: SD-04,SD-11',
        'exit 3 when these standards are not met: SD-04,SD-11',
      ),
    )
    .option(
      '--out <file>',
      app.h(
        'записать отчёт в файл (например, --format html)',
        'write the report to a file (e.g. with --format html)',
      ),
    );
  addPortalOptions(cmd, app);
  cmd.action(async (spec: string | undefined, opts: AuditCommandOptions, command: Command) => {
    await app.run(command, async (ctx) => {
      const { runAuditCommand } = await import('../../audit/run-audit.js');
      return runAuditCommand(ctx, spec, opts);
    });
  });
  return withExamples(cmd, app, [
    'b24cfg audit --portal sandbox',
    'b24cfg audit b24cfg.yaml',
    'b24cfg audit b24cfg.yaml --portal client-prod --save-snapshot audit.json --format html --out audit.html',
    'b24cfg audit --snapshot audit.json --min-score 80 --fail-on SD-04,SD-11 --format junit > audit.xml',
  ]);
};
