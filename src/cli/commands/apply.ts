import { Command } from 'commander';
import { withExamples, type CommandFactory } from '../app.js';
import { addPortalOptions } from '../portal-option.js';
import type { ApplyCommandOptions } from '../../apply/run-apply.js';

/** `b24cfg apply <spec | plan.json> --portal P`: execute the plan, verify it, keep a journal and a snapshot. */
export const applyCommand: CommandFactory = (app) => {
  const cmd = new Command('apply')
    .description(
      app.h(
        'применить спецификацию или сохранённый план: показать план, спросить подтверждение, выполнить, перепроверить чтением',
        'apply a spec or a saved plan: show the plan, ask, execute, verify by reading back',
      ),
    )
    .argument('[target]', app.h('спецификация (.yaml) или план (.json)', 'spec (.yaml) or plan (.json)'))
    .option(
      '-y, --yes',
      app.h('не спрашивать подтверждения (для CI)', 'do not ask for confirmation (for CI)'),
    )
    .option(
      '--prune',
      app.h(
        'удалять объекты вне спецификации (нужно и manage.prune: true)',
        'delete objects absent from the spec (needs manage.prune: true too)',
      ),
    )
    .option(
      '--allow-data-loss',
      app.h(
        'разрешить удаление полей и значений списков с данными',
        'allow deleting fields and list items that hold data',
      ),
    )
    .option(
      '--skip-blocked',
      app.h(
        'применить план, даже если часть изменений отклонена (✗)',
        'apply even when some changes are refused (✗)',
      ),
    )
    .option(
      '--allow-structure-changes',
      app.h(
        'разрешить менять структуру компании: руководителей и состав отделов (department.*)',
        'allow changing the company structure: department heads and departments (department.*)',
      ),
    )
    .option(
      '--checklist <file>',
      app.h(
        'записать чек-лист ручной настройки (.md или .html; можно указать дважды)',
        'write the hand-setup checklist (.md or .html; may be given twice)',
      ),
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    )
    .option(
      '--resume <run>',
      app.h(
        'закончить прерванный запуск (id из .b24cfg/journal или last)',
        'finish an interrupted run (id from .b24cfg/journal, or last)',
      ),
    );
  addPortalOptions(cmd, app);
  cmd.action(async (target: string | undefined, opts: ApplyCommandOptions, command: Command) => {
    await app.run(command, async (ctx) => {
      const { runApply } = await import('../../apply/run-apply.js');
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
