import { Command } from 'commander';
import { withExamples, type CommandFactory } from '../app.js';
import { addPortalOptions } from '../portal-option.js';
import type { PlanCommandOptions } from '../../plan/run-plan.js';

/** `b24cfg plan <spec> --portal P`: what apply would change, without changing anything. */
export const planCommand: CommandFactory = (app) => {
  const cmd = new Command('plan')
    .description(
      app.h(
        'показать, что изменится на портале: направления, этапы, поля (+ создать, ~ изменить, ⇄ переименовать, - удалить, ✗ отклонено, ! вручную)',
        'show what would change on the portal: pipelines, stages, fields (+ create, ~ update, ⇄ rename, - delete, ✗ refused, ! by hand)',
      ),
    )
    .argument('<spec>', app.h('файл спецификации', 'spec file'))
    .option(
      '--out <file>',
      app.h('сохранить план в JSON для b24cfg apply', 'save the plan as JSON for b24cfg apply'),
    )
    .option(
      '--detailed-exitcode',
      app.h(
        'код выхода 2, если есть изменения (0 — нет): проверка дрейфа в CI',
        'exit 2 when there are changes (0 when none): drift checks in CI',
      ),
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
        'разрешить удаление полей и значений списков, в которых есть данные',
        'allow deleting fields and list items that hold data',
      ),
    )
    .option(
      '--allow-structure-changes',
      app.h(
        'планировать изменения структуры компании: руководителей и состав отделов',
        'plan changes to the company structure: department heads and departments',
      ),
    )
    .option(
      '--hide-manual',
      app.h('не показывать пункты, которые делаются вручную', 'hide items that are done by hand'),
    );
  addPortalOptions(cmd, app);
  cmd.action(async (spec: string, opts: PlanCommandOptions, command: Command) => {
    await app.run(command, async (ctx) => {
      const { runPlan } = await import('../../plan/run-plan.js');
      return runPlan(ctx, spec, opts);
    });
  });
  return withExamples(cmd, app, [
    'b24cfg plan templates/b2b-b2c.yaml --portal sandbox',
    'b24cfg plan b24cfg.yaml --portal client-prod --out plan.json',
    'b24cfg plan b24cfg.yaml --portal client-prod --detailed-exitcode --format markdown > plan.md',
  ]);
};
