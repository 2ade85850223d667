import { Command } from 'commander';
import { resolve } from 'node:path';
import { EXIT } from '../../core/exit-codes.js';
import { withExamples, type CommandFactory } from '../app.js';
import { requireFormat } from '../context.js';
import { localizedHelp } from '../help-i18n.js';

interface InitOptions {
  template: string;
  out: string;
  force?: boolean;
  list?: boolean;
}

/** `b24cfg init`: writes a starter spec (and the files it refers to) from templates/. */
export const initCommand: CommandFactory = (app) => {
  const cmd = new Command('init')
    // Commander does not pass the program's help settings to added commands: localise this one's too.
    .configureHelp(localizedHelp(app.lang))
    .helpOption('-h, --help', app.h('показать справку', 'show help'))
    .description(
      app.h(
        'создать стартовую спецификацию из шаблона (вместе с файлами документов и писем)',
        'write a starter spec from a template (with its document and e-mail files)',
      ),
    )
    .option('-t, --template <name>', app.h('имя шаблона', 'template name'), 'b2b-b2c')
    .option('-o, --out <file>', app.h('куда записать спецификацию', 'where to write the spec'), 'b24cfg.yaml')
    .option('-f, --force', app.h('перезаписать существующие файлы', 'overwrite existing files'))
    .option('--list', app.h('показать доступные шаблоны', 'list the available templates'))
    .action(async (opts: InitOptions, command: Command) => {
      await app.run(command, async (ctx) => {
        requireFormat(ctx, ['pretty', 'json']);
        const { listTemplates, planInit, writeInit } = await import('../../spec/templates.js');
        const { displayPath } = await import('../../spec/file-refs.js');
        if (opts.list) {
          const all = await listTemplates();
          if (ctx.format === 'json') {
            ctx.out.write(
              `${JSON.stringify({ version: 1, templates: all.map(({ name, description }) => ({ name, description })) }, null, 2)}\n`,
            );
          } else {
            for (const t of all) ctx.out.write(`${ctx.chalk.bold(t.name)}  ${t.description}\n`);
          }
          return EXIT.ok;
        }
        const out = resolve(ctx.cwd, opts.out);
        const plan = await planInit(opts.template, out);
        const written = (await writeInit(plan, { force: opts.force === true, cwd: ctx.cwd })).map((f) =>
          displayPath(f, ctx.cwd),
        );
        const spec = displayPath(out, ctx.cwd);
        const next = [`b24cfg validate ${spec}`, `b24cfg plan ${spec} --portal sandbox`];
        if (ctx.format === 'json') {
          ctx.out.write(
            `${JSON.stringify({ version: 1, template: plan.template.name, written, next }, null, 2)}\n`,
          );
          return EXIT.ok;
        }
        const c = ctx.chalk;
        const lines = [
          `${c.green('✔')} ${ctx.t({ ru: 'Создана спецификация {spec} из шаблона {template}', en: 'Wrote {spec} from template {template}' }, { spec, template: plan.template.name })}`,
          ...written.slice(1).map((f) => `  + ${f}`),
          '',
          c.bold(ctx.t({ ru: 'Дальше:', en: 'Next:' })),
          `  1. ${ctx.t({ ru: 'заполните переменные (почты сотрудников) в разделе variables или через окружение', en: 'fill in the variables (staff e-mails) in the variables section or via the environment' })}`,
          `  2. ${ctx.t({ ru: 'проверьте спецификацию:', en: 'validate the spec:' })} ${c.cyan(next[0]!)}`,
          `  3. ${ctx.t({ ru: 'посмотрите план на встроенном учебном портале:', en: 'see the plan on the built-in sandbox portal:' })} ${c.cyan(next[1]!)}`,
        ];
        ctx.out.write(`${lines.join('\n')}\n`);
        return EXIT.ok;
      });
    });
  return withExamples(cmd, app, [
    'b24cfg init',
    'b24cfg init --template b2b-b2c --out client/b24cfg.yaml',
    'b24cfg init --list',
  ]);
};
