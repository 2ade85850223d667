import { Command } from 'commander';
import { withExamples, type CommandFactory } from '../../app.js';
import { addCrmSettingsOption } from '../../crm-settings-option.js';
import { PLAN_VIEW_HELP } from '../../messages.js';
import { addPortalOptions } from '../../portal-option.js';
import { APPLY_HELP as H } from './messages.js';
import type { ApplyCommandOptions } from './run.js';

/** `b24cfg apply <spec | plan.json> --portal P`: execute the plan, verify it, keep a journal and a snapshot. */
export const applyCommand: CommandFactory = (app) => {
  const cmd = new Command('apply')
    .description(app.h(H.command))
    .argument('[target]', app.h(H.target))
    .option('-y, --yes', app.h(H.yes))
    .option('--prune', app.h(H.prune))
    .option('--allow-data-loss', app.h(H.allowDataLoss))
    .option('--skip-blocked', app.h(H.skipBlocked))
    .option('--allow-structure-changes', app.h(H.allowStructureChanges))
    .option('--checklist <file>', app.h(H.checklist), (value: string, previous: string[] | undefined) => [
      ...(previous ?? []),
      value,
    ])
    .option('--resume <run>', app.h(H.resume))
    .option('--show-manual', app.h(PLAN_VIEW_HELP.showManual));
  addCrmSettingsOption(cmd, app);
  addPortalOptions(cmd, app);
  cmd.action(async (target: string | undefined, opts: ApplyCommandOptions, command: Command) => {
    await app.run(command, async (ctx) => {
      const { runApply } = await import('./run.js');
      return runApply(ctx, target, opts);
    });
  });
  return withExamples(cmd, app, [
    'b24cfg apply templates/b2b-b2c.yaml --portal sandbox:demo.json --yes',
    'b24cfg plan b24cfg.yaml --portal client --out plan.json && b24cfg apply plan.json --portal client',
    'b24cfg apply b24cfg.yaml --portal client --resume last',
    'b24cfg apply b24cfg.yaml --portal client --yes --checklist handover.md --checklist handover.html',
  ]);
};
