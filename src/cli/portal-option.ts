import { Option, type Command } from 'commander';
import { CliError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import type { B24Client } from '../portal/client.js';
import type { OpenPortalOptions } from '../portal/open-portal.js';
import type { CliApp } from './app.js';
import type { CliContext } from './context.js';

export type TierOption = 'auto' | 'standard' | 'enterprise';

/** What commander collects from the shared portal options. */
export interface PortalOptionValues {
  portal?: string;
  tier?: TierOption;
  timeout?: string;
}

/** Adds `--portal`, `--tier` and `--timeout` to a networked command. */
export function addPortalOptions(cmd: Command, app: CliApp): Command {
  return cmd
    .addOption(
      new Option(
        '--portal <portal>',
        app.h(
          'портал: адрес вебхука, имя профиля, sandbox или sandbox:<файл>; без него — B24_WEBHOOK_URL',
          'portal: webhook URL, profile name, sandbox or sandbox:<file>; default B24_WEBHOOK_URL',
        ),
      ),
    )
    .addOption(
      new Option(
        '--tier <tier>',
        app.h(
          'лимиты запросов тарифа (auto — узнать у портала)',
          "the plan's request limits (auto: ask the portal)",
        ),
      ).choices(['auto', 'standard', 'enterprise']),
    )
    .addOption(
      new Option(
        '--timeout <seconds>',
        app.h('сколько ждать ответа на один запрос, секунд', 'how long to wait for one answer, seconds'),
      ),
    );
}

/** Turns the parsed options into openPortal arguments; a bad --timeout is a usage error. */
export function portalOptionsOf(values: PortalOptionValues): { ref?: string; open: OpenPortalOptions } {
  const open: OpenPortalOptions = {};
  if (values.tier !== undefined) open.tier = values.tier;
  if (values.timeout !== undefined) {
    const s = Number(values.timeout);
    if (!Number.isFinite(s) || s <= 0 || s > 3600) {
      throw new CliError({
        code: 'USAGE',
        exit: EXIT.findings,
        message: { ru: 'недопустимое значение --timeout: {value}', en: 'invalid --timeout value: {value}' },
        hint: {
          ru: 'Число секунд от 1 до 3600, например --timeout 90.',
          en: 'A number of seconds, 1 to 3600, e.g. --timeout 90.',
        },
        data: { value: values.timeout },
      });
    }
    open.timeoutMs = Math.round(s * 1000);
  }
  return { ref: values.portal, open };
}

/**
 * Opens the portal, runs `body`, and always closes it and prints the request summary (DESIGN.md §5:
 * every networked command reports its HTTP requests and REST calls), even when `body` fails.
 */
export async function withPortal<T>(
  ctx: CliContext,
  values: PortalOptionValues,
  body: (client: B24Client) => Promise<T>,
): Promise<T> {
  const { ref, open } = portalOptionsOf(values);
  const { openPortal } = await import('../portal/open-portal.js');
  const { formatRequestSummary } = await import('../portal/stats-format.js');
  const client = await openPortal(ref, ctx, {
    ...open,
    onWait: (ms, reason) => {
      if (ms < 2000) return;
      const s = Math.ceil(ms / 1000);
      ctx.note(
        reason === 'operation_limit'
          ? ctx.t(
              {
                ru: 'Портал временно ограничил метод, ждём {s} с…',
                en: 'The portal blocked a method for now, waiting {s} s…',
              },
              { s },
            )
          : ctx.t(
              {
                ru: 'Ждём лимит запросов портала: {s} с…',
                en: "Waiting for the portal's request limit: {s} s…",
              },
              { s },
            ),
      );
    },
  });
  try {
    return await body(client);
  } finally {
    await client.close();
    ctx.note(formatRequestSummary(client.stats, ctx.lang, ctx.verbose));
  }
}
