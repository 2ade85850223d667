import { Command, Option } from 'commander';
import { withExamples, type CliApp, type CommandFactory } from '../../app.js';
import { localizedHelp } from '../../help-i18n.js';
import { FLEET_HELP as H } from './messages.js';
import type { FleetAuditOptions, FleetMergeOptions, FleetPlanOptions } from './run.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** The options `fleet audit` and `fleet plan` share. */
function runOptions(cmd: Command, app: CliApp): Command {
  return cmd
    .argument('<fleet>', app.h(H.fleetFile))
    .option('--concurrency <n>', app.h(H.concurrency))
    .option('--shard <i/n>', app.h(H.shard))
    .option('--out <file>', app.h(H.out), collect)
    .option('--reports <dir>', app.h(H.reports))
    .addOption(new Option('--timeout <seconds>', app.h(H.timeout)))
    .addOption(new Option('--deadline <seconds>', app.h(H.deadline)));
}

/** `b24cfg fleet audit|plan|merge|validate|schema`: many client portals as one job. */
export const fleetCommand: CommandFactory = (app) => {
  const audit = runOptions(new Command('audit').description(app.h(H.audit)), app)
    .option('--min-score <n>', app.h(H.minScore))
    .option('--fail-on <ids>', app.h(H.failOn))
    .option('--history <dir>', app.h(H.history))
    .option('--no-history', app.h(H.noHistory))
    .option('--since <run|date>', app.h(H.since))
    .action(async (fleet: string, opts: FleetAuditOptions, command: Command) => {
      await app.run(command, async (ctx) => {
        const { runFleetAudit } = await import('./run.js');
        return runFleetAudit(ctx, fleet, opts);
      });
    });

  const plan = runOptions(new Command('plan').description(app.h(H.plan)), app)
    .option('--detailed-exitcode', app.h(H.detailedExitcode))
    .option('--prune', app.h(H.prune))
    .option('--allow-data-loss', app.h(H.allowDataLoss))
    .action(async (fleet: string, opts: FleetPlanOptions, command: Command) => {
      await app.run(command, async (ctx) => {
        const { runFleetPlan } = await import('./run.js');
        return runFleetPlan(ctx, fleet, opts);
      });
    });

  const merge = new Command('merge')
    .description(app.h(H.merge))
    .argument('<results...>', app.h(H.results))
    .option('--out <file>', app.h(H.out), collect)
    .option('--history <dir>', app.h(H.mergeHistory))
    .option('--since <run|date>', app.h(H.since))
    .option('--detailed-exitcode', app.h(H.detailedExitcode))
    .action(async (results: string[], opts: FleetMergeOptions, command: Command) => {
      await app.run(command, async (ctx) => {
        const { runFleetMerge } = await import('./run.js');
        return runFleetMerge(ctx, results, opts);
      });
    });

  const validate = new Command('validate')
    .description(app.h(H.validate))
    .argument('<fleet>', app.h(H.fleetFile))
    .action(async (fleet: string, _opts: unknown, command: Command) => {
      await app.run(command, async (ctx) => {
        const { runFleetValidate } = await import('./run.js');
        return runFleetValidate(ctx, fleet);
      });
    });

  const schema = new Command('schema')
    .description(app.h(H.schema))
    .action(async (_opts: unknown, command: Command) => {
      await app.run(command, async (ctx) => {
        const { runFleetSchema } = await import('./run.js');
        return runFleetSchema(ctx);
      });
    });

  // main.ts wires exit handling and output for top-level commands only; nested ones need the same.
  for (const sub of [audit, plan, merge, validate, schema]) {
    sub.exitOverride();
    sub.configureHelp(localizedHelp(app.lang));
    sub.configureOutput({
      writeOut: (s) => app.io.out.write(s),
      writeErr: (s) => app.io.err.write(s),
      outputError: () => undefined,
    });
  }

  const cmd = new Command('fleet')
    .description(app.h(H.command))
    .addCommand(
      withExamples(audit, app, [
        'b24cfg fleet audit fleet.yaml',
        'b24cfg fleet audit fleet.yaml --out fleet.html --out fleet.xml --reports reports',
        'b24cfg fleet audit fleet.yaml --since 2026-11-01 --min-score 70',
        'b24cfg fleet audit fleet.yaml --shard 2/3 --no-history --format json --out shard-2.json',
      ]),
    )
    .addCommand(
      withExamples(plan, app, [
        'b24cfg fleet plan fleet.yaml --detailed-exitcode',
        'b24cfg fleet plan fleet.yaml --format markdown --out drift.md --reports plans',
      ]),
    )
    .addCommand(
      withExamples(merge, app, [
        'b24cfg fleet merge shard-1.json shard-2.json shard-3.json --out fleet.html --out fleet.xml',
        'b24cfg fleet merge shard-*.json --history .b24cfg/fleet-history --out fleet.json',
      ]),
    )
    .addCommand(withExamples(validate, app, ['b24cfg fleet validate fleet.yaml']))
    .addCommand(withExamples(schema, app, ['b24cfg fleet schema > fleet.schema.json']));
  return withExamples(cmd, app, [
    'b24cfg fleet audit fleet.yaml',
    'b24cfg sandbox serve --fleet 3 > fleet.env',
  ]);
};
