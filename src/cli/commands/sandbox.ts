import { Command } from 'commander';
import { withExamples, type CommandFactory } from '../app.js';
import { requireFormat } from '../context.js';
import { localizedHelp } from '../help-i18n.js';
import type { InitOptions, ServeOptions } from '../../sandbox/cli-run.js';

/** `b24cfg sandbox serve|init`: the built-in emulated Bitrix24 portal (DESIGN.md §6). */
export const sandboxCommand: CommandFactory = (app) => {
  const seedOptions = (c: Command): Command =>
    c
      .option(
        '--seed <kind>',
        app.h(
          'начальные данные: fresh (новый портал), real-shapes (новый портал с формами ответов живых порталов) или large (большой портал с данными)',
          'starting data: fresh (a new portal), real-shapes (a new portal with the answer shapes of live portals) or large (a big portal with data)',
        ),
        'fresh',
      )
      .option(
        '--deals <n>',
        app.h('сколько сделок создать для --seed large', 'how many deals --seed large creates'),
        '10000',
      )
      .option('--random-seed <n>', app.h('зерно генератора данных', 'seed of the data generator'), '1');

  const serve = seedOptions(
    new Command('serve')
      .description(
        app.h(
          'запустить песочницу на 127.0.0.1 и напечатать адрес вебхука',
          'run the sandbox on 127.0.0.1 and print its webhook URL',
        ),
      )
      .option('--port <n>', app.h('порт (0 — любой свободный)', 'port (0 picks a free one)'), '0')
      .option(
        '--state <file>',
        app.h(
          'файл состояния: прочитать при запуске, сохранить при остановке',
          'state file: read at start, saved on stop',
        ),
      )
      .option('--latency <ms>', app.h('задержка каждого ответа', 'delay of every answer'), '0')
      .option(
        '--no-limits',
        app.h('без лимитов запросов и времени выполнения', 'no request and operating-time limits'),
      )
      .option('--faults <rate>', app.h('доля запросов со сбоями (0–1)', 'share of requests that fail (0–1)'))
      .option('--fault-seed <n>', app.h('зерно для сбоев', 'seed of the faults'), '1')
      .option(
        '--scopes <list>',
        app.h(
          'права вебхука через запятую (по умолчанию все)',
          'webhook scopes, comma-separated (default: all)',
        ),
      )
      .option(
        '--licence <code>',
        app.h('тариф для app.info, например ru_ent250', 'plan shown by app.info, e.g. ru_ent250'),
        'ru_pro100',
      ),
  ).action(async (opts: ServeOptions, command: Command) => {
    await app.run(command, async (ctx) => {
      requireFormat(ctx, ['pretty', 'json']);
      const { sandboxServe } = await import('../../sandbox/cli-run.js');
      return sandboxServe(ctx, app.io.out, opts);
    });
  });

  const init = seedOptions(
    new Command('init')
      .description(app.h('записать файл состояния песочницы', 'write a sandbox state file'))
      .argument('<file>', app.h('куда записать', 'where to write it'))
      .option('-f, --force', app.h('перезаписать существующий файл', 'overwrite an existing file')),
  ).action(async (file: string, opts: InitOptions, command: Command) => {
    await app.run(command, async (ctx) => {
      requireFormat(ctx, ['pretty', 'json']);
      const { sandboxInit } = await import('../../sandbox/cli-run.js');
      return sandboxInit(ctx, file, opts);
    });
  });

  // main.ts wires exit handling and output for top-level commands only; nested ones need the same.
  for (const sub of [serve, init]) {
    sub.exitOverride();
    sub.configureHelp(localizedHelp(app.lang));
    sub.configureOutput({
      writeOut: (s) => app.io.out.write(s),
      writeErr: (s) => app.io.err.write(s),
      outputError: () => undefined,
    });
  }

  const cmd = new Command('sandbox')
    .description(
      app.h(
        'встроенный учебный портал Bitrix24 (эмулятор REST)',
        'the built-in Bitrix24 sandbox portal (a REST emulator)',
      ),
    )
    .addCommand(
      withExamples(serve, app, [
        'b24cfg sandbox serve',
        'b24cfg sandbox serve --port 8024 --state portal.json',
        'b24cfg sandbox serve --seed large --deals 100000 --faults 0.05 --fault-seed 7',
      ]),
    )
    .addCommand(
      withExamples(init, app, [
        'b24cfg sandbox init portal.json',
        'b24cfg sandbox init big.json --seed large --deals 100000',
      ]),
    );
  return withExamples(cmd, app, ['b24cfg sandbox serve', 'b24cfg sandbox init portal.json --seed large']);
};
