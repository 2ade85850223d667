import { Command, Option } from 'commander';
import { EXIT } from '../../core/exit-codes.js';
import { withExamples, type CliApp, type CommandFactory } from '../app.js';
import { requireFormat } from '../context.js';
import { localizedHelp } from '../help-i18n.js';

/**
 * main.ts routes errors and output of top-level commands only; nested ones ("profile add") are
 * wired the same way here so a usage mistake is reported, not a process exit.
 */
function nested(sub: Command, app: CliApp): Command {
  return sub
    .exitOverride()
    .configureHelp(localizedHelp(app.lang))
    .helpOption('-h, --help', app.h('показать справку', 'show help'))
    .configureOutput({
      writeOut: (s) => app.io.out.write(s),
      writeErr: (s) => app.io.err.write(s),
      outputError: () => undefined,
    });
}

export const profileCommand: CommandFactory = (app) => {
  const cmd = new Command('profile').description(
    app.h(
      'сохранённые порталы: имя → адрес вебхука (~/.config/b24cfg/profiles.yaml, доступ только владельцу)',
      'saved portals: name → webhook URL (~/.config/b24cfg/profiles.yaml, owner-only access)',
    ),
  );

  const add = nested(new Command('add'), app)
    .description(app.h('сохранить портал под именем', 'save a portal under a name'))
    .argument('<name>', app.h('имя профиля', 'profile name'))
    .argument('<webhook-url>', app.h('адрес входящего вебхука', 'inbound webhook URL'))
    .addOption(
      new Option('--tier <tier>', app.h('лимиты запросов тарифа', "the plan's request limits")).choices([
        'auto',
        'standard',
        'enterprise',
      ]),
    );
  add.action(async (name: string, url: string, opts: { tier?: 'auto' | 'standard' | 'enterprise' }) => {
    await app.run(add, async (ctx) => {
      const { saveProfile } = await import('../../portal/profiles.js');
      const { parseWebhookUrl } = await import('../../portal/webhook-url.js');
      const path = await saveProfile(ctx, name, { url, tier: opts.tier });
      const host = parseWebhookUrl(url).host;
      ctx.out.write(
        `${ctx.t(
          {
            ru: 'Профиль «{name}» сохранён: {host}. Файл {path} (доступ только владельцу).',
            en: 'Profile "{name}" saved: {host}. File {path} (owner-only access).',
          },
          { name, host, path },
        )}\n`,
      );
      ctx.note(
        ctx.t(
          { ru: 'Проверка: b24cfg doctor --portal {name}', en: 'Check it: b24cfg doctor --portal {name}' },
          { name },
        ),
      );
      return EXIT.ok;
    });
  });

  const list = nested(new Command('list'), app).description(
    app.h('показать профили (секреты скрыты)', 'list profiles (secrets hidden)'),
  );
  list.action(async () => {
    await app.run(list, async (ctx) => {
      requireFormat(ctx, ['pretty', 'json']);
      const { readProfiles, profilesPath } = await import('../../portal/profiles.js');
      const { redact } = await import('../../core/redact.js');
      const profiles = await readProfiles(ctx);
      const rows = Object.entries(profiles)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, p]) => ({ name, url: redact(p.url), tier: p.tier ?? 'auto' }));
      if (ctx.format === 'json') {
        ctx.out.write(`${JSON.stringify({ file: profilesPath(ctx), profiles: rows }, null, 2)}\n`);
        return EXIT.ok;
      }
      if (rows.length === 0) {
        ctx.out.write(
          `${ctx.t({
            ru: 'Профилей нет. Добавьте: b24cfg profile add <имя> <адрес вебхука>',
            en: 'No profiles. Add one: b24cfg profile add <name> <webhook-url>',
          })}\n`,
        );
        return EXIT.ok;
      }
      const w = Math.max(...rows.map((r) => r.name.length));
      for (const r of rows) ctx.out.write(`${r.name.padEnd(w)}  ${r.url}  ${r.tier}\n`);
      return EXIT.ok;
    });
  });

  const remove = nested(new Command('remove'), app)
    .description(app.h('удалить профиль', 'remove a profile'))
    .argument('<name>', app.h('имя профиля', 'profile name'));
  remove.action(async (name: string) => {
    await app.run(remove, async (ctx) => {
      const { removeProfile } = await import('../../portal/profiles.js');
      const { CliError } = await import('../../core/errors.js');
      if (!(await removeProfile(ctx, name))) {
        throw new CliError({
          code: 'PROFILE_NOT_FOUND',
          message: { ru: 'нет профиля «{name}»', en: 'there is no profile "{name}"' },
          hint: { ru: 'Список профилей: b24cfg profile list', en: 'List the profiles: b24cfg profile list' },
          data: { name },
        });
      }
      ctx.out.write(
        `${ctx.t({ ru: 'Профиль «{name}» удалён.', en: 'Profile "{name}" removed.' }, { name })}\n`,
      );
      return EXIT.ok;
    });
  });

  cmd.addCommand(add).addCommand(list).addCommand(remove);
  return withExamples(cmd, app, [
    'b24cfg profile add acme https://acme.bitrix24.ru/rest/1/<secret>/',
    'b24cfg profile add big https://big.bitrix24.ru/rest/1/<secret>/ --tier enterprise',
    'b24cfg profile list',
    'b24cfg profile remove acme',
    'b24cfg doctor --portal acme',
  ]);
};
