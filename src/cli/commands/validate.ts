import { Command } from 'commander';
import { EXIT } from '../../core/exit-codes.js';
import { withExamples, type CommandFactory } from '../app.js';
import { requireFormat } from '../context.js';
import { localizedHelp } from '../help-i18n.js';
import { VERSION } from '../../core/version.js';

/** `b24cfg validate <spec...>`: offline schema + semantic checks; exit 0 without errors, 1 with. */
export const validateCommand: CommandFactory = (app) => {
  const cmd = new Command('validate')
    // Commander does not pass the program's help settings to added commands: localise this one's too.
    .configureHelp(localizedHelp(app.lang))
    .helpOption('-h, --help', app.h('показать справку', 'show help'))
    .description(
      app.h(
        'проверить спецификацию без портала: схема и смысловые правила, с файлом, строкой и колонкой',
        'check a spec offline: schema and semantic rules, with file, line and column',
      ),
    )
    .argument('<spec...>', app.h('файлы спецификации (YAML)', 'spec files (YAML)'))
    .action(async (specs: string[], _opts: unknown, command: Command) => {
      await app.run(command, async (ctx) => {
        requireFormat(ctx, ['pretty', 'json', 'sarif']);
        const [{ loadSpec }, { formatValidation }] = await Promise.all([
          import('../../spec/index.js'),
          import('../../report/validation/index.js'),
        ]);
        const results = [];
        for (const spec of [...new Set(specs)])
          results.push(await loadSpec(spec, { env: ctx.env, cwd: ctx.cwd }));
        const format = ctx.format === 'json' || ctx.format === 'sarif' ? ctx.format : 'pretty';
        ctx.out.write(
          formatValidation(format, results, {
            lang: ctx.lang,
            chalk: ctx.chalk,
            cwd: ctx.cwd,
            version: VERSION,
          }),
        );
        return results.every((r) => r.ok) ? EXIT.ok : EXIT.findings;
      });
    });
  return withExamples(cmd, app, [
    'b24cfg validate b24cfg.yaml',
    'b24cfg validate templates/*.yaml examples/*.yaml',
    'b24cfg validate b24cfg.yaml --format sarif > b24cfg.sarif',
    'b24cfg validate b24cfg.yaml --format json --lang en',
  ]);
};
