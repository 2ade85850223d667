import { Command } from 'commander';
import { withExamples, type CommandFactory } from '../../app.js';
import { addCrmSettingsOption } from '../../crm-settings-option.js';
import { PLAN_VIEW_HELP } from '../../messages.js';
import { addPortalOptions } from '../../portal-option.js';
import { PLAN_HELP as H } from './messages.js';
import type { PlanCommandOptions } from './run.js';

/** `b24cfg plan <spec> --portal P`: what apply would change, without changing anything. */
export const planCommand: CommandFactory = (app) => {
  const cmd = new Command('plan')
    .description(app.h(H.command))
    .argument('<spec>', app.h(H.spec))
    .option('--out <file>', app.h(H.out))
    .option('--detailed-exitcode', app.h(H.detailedExitcode))
    .option('--prune', app.h(H.prune))
    .option('--allow-data-loss', app.h(H.allowDataLoss))
    .option('--allow-structure-changes', app.h(H.allowStructureChanges))
    .option('--show-manual', app.h(PLAN_VIEW_HELP.showManual))
    .option('--hide-manual', app.h(PLAN_VIEW_HELP.hideManual));
  addCrmSettingsOption(cmd, app);
  addPortalOptions(cmd, app);
  cmd.action(async (spec: string, opts: PlanCommandOptions, command: Command) => {
    await app.run(command, async (ctx) => {
      const { runPlan } = await import('./run.js');
      return runPlan(ctx, spec, opts);
    });
  });
  return withExamples(cmd, app, [
    'b24cfg plan templates/b2b-b2c.yaml --portal sandbox',
    'b24cfg plan b24cfg.yaml --portal client-prod --out plan.json',
    'b24cfg plan b24cfg.yaml --portal client-prod --detailed-exitcode --format markdown > plan.md',
    'b24cfg plan b24cfg.yaml --portal client-prod --crm-settings configuration.zip --detailed-exitcode',
  ]);
};
