import { Command } from 'commander';
import { withExamples, type CommandFactory } from '../../app.js';
import { addCrmSettingsOption } from '../../crm-settings-option.js';
import { addPortalOptions } from '../../portal-option.js';
import { FORCE_HELP } from '../../messages.js';
import { CHECKLIST_HELP as H } from './messages.js';
import type { ChecklistCommandOptions } from './run.js';

/** `b24cfg checklist <spec>`: the handover checklist of everything REST cannot set, without a portal. */
export const checklistCommand: CommandFactory = (app) => {
  const cmd = new Command('checklist')
    .description(app.h(H.command))
    .argument('<spec>', app.h(H.spec))
    .option('--out <file>', app.h(H.out))
    .option('-f, --force', app.h(FORCE_HELP.force));
  addCrmSettingsOption(cmd, app);
  addPortalOptions(cmd, app);
  cmd.action(async (spec: string, opts: ChecklistCommandOptions, command: Command) => {
    await app.run(command, async (ctx) => {
      const { runChecklist } = await import('./run.js');
      return runChecklist(ctx, spec, opts);
    });
  });
  return withExamples(cmd, app, [
    'b24cfg checklist b24cfg.yaml > checklist.md',
    'b24cfg checklist b24cfg.yaml --out checklist.html',
    'b24cfg checklist b24cfg.yaml --format html --lang en > checklist-en.html',
    'b24cfg checklist b24cfg.yaml --crm-settings configuration.zip --portal client --out left-to-do.md',
    'b24cfg apply b24cfg.yaml --portal client --checklist handover.md --checklist handover.html',
  ]);
};
