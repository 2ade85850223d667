import { Command } from 'commander';
import { withExamples, type CommandFactory } from '../app.js';
import type { ChecklistCommandOptions } from '../../checklist/run.js';

/** `b24cfg checklist <spec>`: the handover checklist of everything REST cannot set, without a portal. */
export const checklistCommand: CommandFactory = (app) => {
  const cmd = new Command('checklist')
    .description(
      app.h(
        'чек-лист ручной настройки: роботы, задачи, триггеры, шаблоны писем, права, план продаж — где нажать и что ввести (без портала)',
        'the hand-setup checklist: robots, tasks, triggers, e-mail templates, permissions, sales targets — where to click and what to enter (no portal needed)',
      ),
    )
    .argument('<spec>', app.h('файл спецификации', 'spec file'))
    .option(
      '--out <file>',
      app.h(
        'записать в файл (.md — Markdown, .html — страница без внешних ссылок); без него — Markdown в stdout',
        'write to a file (.md Markdown, .html a page with no external links); default: Markdown on stdout',
      ),
    );
  cmd.action(async (spec: string, opts: ChecklistCommandOptions, command: Command) => {
    await app.run(command, async (ctx) => {
      const { runChecklist } = await import('../../checklist/run.js');
      return runChecklist(ctx, spec, opts);
    });
  });
  return withExamples(cmd, app, [
    'b24cfg checklist b24cfg.yaml > checklist.md',
    'b24cfg checklist b24cfg.yaml --out checklist.html',
    'b24cfg checklist b24cfg.yaml --format html --lang en > checklist-en.html',
    'b24cfg apply b24cfg.yaml --portal client --checklist handover.md --checklist handover.html',
  ]);
};
