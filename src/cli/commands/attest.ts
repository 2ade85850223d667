import { Command } from 'commander';
import { withExamples, type CommandFactory } from '../app.js';
import { localizedHelp } from '../help-i18n.js';
import type { AttestCommandOptions } from '../../audit/run-attest.js';

/** `b24cfg attest SD-13 --by … --note …`: record what a person checked by hand (or a dated waiver). */
export const attestCommand: CommandFactory = (app) => {
  const cmd = new Command('attest')
    .configureHelp(localizedHelp(app.lang))
    .helpOption('-h, --help', app.h('показать справку', 'show help'))
    .description(
      app.h(
        'подтвердить стандарт, который нельзя проверить через API, или временно исключить стандарт из оценки (.b24cfg/attestations.yaml)',
        'attest a standard no API can check, or waive a standard for a while (.b24cfg/attestations.yaml)',
      ),
    )
    .argument('<standard>', app.h('стандарт, например SD-13', 'the standard, e.g. SD-13'))
    .option('--by <name>', app.h('кто проверил', 'who checked'))
    .option('--note <text>', app.h('что именно проверено', 'what exactly was checked'))
    .option(
      '--evidence <url>',
      app.h('ссылка на доказательство (скриншот, документ)', 'a link to the evidence (screenshot, document)'),
    )
    .option('--expires <date>', app.h('действует до ГГГГ-ММ-ДД', 'valid until YYYY-MM-DD'))
    .option(
      '--spec <file>',
      app.h(
        'положить файл рядом с этой спецификацией (иначе — в текущую папку)',
        'keep the file next to this spec (else in the current folder)',
      ),
    )
    .option(
      '--suppress',
      app.h(
        'исключить стандарт из оценки (нужны --reason и --expires)',
        'waive the standard (needs --reason and --expires)',
      ),
    )
    .option('--reason <text>', app.h('почему стандарт исключён', 'why the standard is waived'));
  cmd.action(async (id: string, opts: AttestCommandOptions, command: Command) => {
    await app.run(command, async (ctx) => {
      const { runAttest } = await import('../../audit/run-attest.js');
      return runAttest(ctx, id, opts);
    });
  });
  return withExamples(cmd, app, [
    'b24cfg attest SD-13 --by "Мария Петрова" --note "удаление и экспорт запрещены всем ролям" --expires 2026-12-31',
    'b24cfg attest SD-14 --by auditor --note "Яндекс.Директ и сайт подключены" --evidence https://example.com/screenshot.png',
    'b24cfg attest SD-16 --suppress --reason "телефония подключается в марте" --expires 2026-03-31 --by auditor',
  ]);
};
