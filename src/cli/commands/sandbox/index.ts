import { Command } from 'commander';
import { withExamples, type CommandFactory } from '../../app.js';
import { requireFormat } from '../../context.js';
import { localizedHelp } from '../../help-i18n.js';
import { SANDBOX_HELP as H } from './messages.js';
import type { CrmExportOptions, HandworkOptions } from './handwork.js';
import type { InitOptions, ServeOptions } from './run.js';

/** `b24cfg sandbox serve|init|handwork|crm-export`: the built-in emulated Bitrix24 portal. */
export const sandboxCommand: CommandFactory = (app) => {
  const seedOptions = (c: Command): Command =>
    c
      .option('--seed <kind>', app.h(H.seed), 'fresh')
      .option('--deals <n>', app.h(H.deals), '10000')
      .option('--random-seed <n>', app.h(H.randomSeed), '1');

  const serve = seedOptions(
    new Command('serve')
      .description(app.h(H.serve))
      .option('--port <n>', app.h(H.port), '0')
      .option('--state <file>', app.h(H.state))
      .option('--latency <ms>', app.h(H.latency), '0')
      .option('--no-limits', app.h(H.noLimits))
      .option('--faults <rate>', app.h(H.faults))
      .option('--fault-seed <n>', app.h(H.faultSeed), '1')
      .option('--scopes <list>', app.h(H.scopes))
      .option('--licence <code>', app.h(H.licence), 'ru_pro100')
      .option('--fleet <n>', app.h(H.fleet)),
  ).action(async (opts: ServeOptions, command: Command) => {
    await app.run(command, async (ctx) => {
      requireFormat(ctx, ['pretty', 'json']);
      const { sandboxServe } = await import('./run.js');
      return sandboxServe(ctx, app.io.out, opts);
    });
  });

  const init = seedOptions(
    new Command('init')
      .description(app.h(H.init))
      .argument('<file>', app.h(H.file))
      .option('-f, --force', app.h(H.force)),
  ).action(async (file: string, opts: InitOptions, command: Command) => {
    await app.run(command, async (ctx) => {
      requireFormat(ctx, ['pretty', 'json']);
      const { sandboxInit } = await import('./run.js');
      return sandboxInit(ctx, file, opts);
    });
  });

  const handwork = new Command('handwork')
    .description(app.h(H.handwork))
    .argument('<spec>', app.h(H.handworkSpec))
    .requiredOption('--state <file>', app.h(H.handworkState))
    .option('--skip <n>', app.h(H.skip))
    .action(async (spec: string, opts: HandworkOptions, command: Command) => {
      await app.run(command, async (ctx) => {
        const { sandboxHandwork } = await import('./handwork.js');
        return sandboxHandwork(ctx, spec, opts);
      });
    });

  const crmExport = new Command('crm-export')
    .description(app.h(H.crmExport))
    .requiredOption('--state <file>', app.h(H.crmExportState))
    .requiredOption('--out <archive.zip>', app.h(H.crmExportOut))
    .action(async (opts: CrmExportOptions, command: Command) => {
      await app.run(command, async (ctx) => {
        const { sandboxCrmExport } = await import('./handwork.js');
        return sandboxCrmExport(ctx, opts);
      });
    });

  // main.ts wires exit handling and output for top-level commands only; nested ones need the same.
  for (const sub of [serve, init, handwork, crmExport]) {
    sub.exitOverride();
    sub.configureHelp(localizedHelp(app.lang));
    sub.configureOutput({
      writeOut: (s) => app.io.out.write(s),
      writeErr: (s) => app.io.err.write(s),
      outputError: () => undefined,
    });
  }

  const cmd = new Command('sandbox')
    .description(app.h(H.command))
    .addCommand(
      withExamples(serve, app, [
        'b24cfg sandbox serve',
        'b24cfg sandbox serve --port 8024 --state portal.json',
        'b24cfg sandbox serve --seed large --deals 100000 --faults 0.05 --fault-seed 7',
        'b24cfg sandbox serve --fleet 3 --seed large --deals 2000 > fleet.env',
      ]),
    )
    .addCommand(
      withExamples(init, app, [
        'b24cfg sandbox init portal.json',
        'b24cfg sandbox init big.json --seed large --deals 100000',
      ]),
    )
    .addCommand(
      withExamples(handwork, app, [
        'b24cfg sandbox handwork b24cfg.yaml --state portal.json',
        'b24cfg sandbox handwork b24cfg.yaml --state portal.json --skip 5',
      ]),
    )
    .addCommand(
      withExamples(crmExport, app, ['b24cfg sandbox crm-export --state portal.json --out configuration.zip']),
    );
  return withExamples(cmd, app, ['b24cfg sandbox serve', 'b24cfg sandbox init portal.json --seed large']);
};
