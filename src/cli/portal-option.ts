import { Option, type Command } from 'commander';
import { CliError, errorOf } from '../core/errors.js';
import type { B24Client } from '../portal/client.js';
import type { OpenPortalOptions } from '../portal/open-portal.js';
import type { CliApp } from './app.js';
import type { CliContext } from './context.js';
import { CLI_HELP, CLI_MESSAGES, CLI_ERRORS } from './messages.js';

export type TierOption = 'auto' | 'standard' | 'enterprise';

/** What commander collects from the shared portal options. */
export interface PortalOptionValues {
  portal?: string;
  tier?: TierOption;
  timeout?: string;
  deadline?: string;
}

/** Adds `--portal`, `--tier` and `--timeout` to a networked command. */
export function addPortalOptions(cmd: Command, app: CliApp): Command {
  return cmd
    .addOption(new Option('--portal <portal>', app.h(CLI_HELP.portal)))
    .addOption(new Option('--tier <tier>', app.h(CLI_HELP.tier)).choices(['auto', 'standard', 'enterprise']))
    .addOption(new Option('--timeout <seconds>', app.h(CLI_HELP.timeout)))
    .addOption(new Option('--deadline <seconds>', app.h(CLI_HELP.deadline)));
}

/** Seconds from --timeout or --deadline, 1 to `max`; anything else is a usage error naming the option. */
function secondsOf(option: '--timeout' | '--deadline', value: string, max: number): number {
  const s = Number(value);
  if (!Number.isFinite(s) || s <= 0 || s > max) {
    throw errorOf(CLI_ERRORS, 'badSeconds', { data: { option, value, max } });
  }
  return Math.round(s * 1000);
}

/** Turns the parsed options into openPortal arguments; a bad --timeout or --deadline is a usage error. */
export function portalOptionsOf(values: PortalOptionValues): { ref?: string; open: OpenPortalOptions } {
  const open: OpenPortalOptions = {};
  if (values.tier !== undefined) open.tier = values.tier;
  if (values.timeout !== undefined) open.timeoutMs = secondsOf('--timeout', values.timeout, 3600);
  if (values.deadline !== undefined) open.deadlineMs = secondsOf('--deadline', values.deadline, 86_400);
  return { ref: values.portal, open };
}

/**
 * Opens the portal, runs `body`, and always closes it and prints the request summary (README.md#commands:
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
  // Lazily too: the scopes come from every resource kind's reads, which offline commands never load.
  const { requiredScopesOf } = await import('../resources/scopes.js');
  const client = await openPortal(ref, ctx, {
    ...open,
    signal: ctx.signal,
    command: ctx.command,
    requiredScopes: requiredScopesOf(ctx.command),
    onWait: (ms, reason) => {
      if (ms < 2000) return;
      const s = Math.ceil(ms / 1000);
      const said =
        reason === 'operation_limit'
          ? CLI_MESSAGES.portalBlockedMethod
          : reason === 'retry'
            ? CLI_MESSAGES.waitingToRetry
            : reason === 'proxy_retry'
              ? CLI_MESSAGES.waitingForProxy
              : CLI_MESSAGES.waitingForRateLimit;
      ctx.note(ctx.t(said, { s }));
    },
  });
  try {
    return await body(client);
  } catch (e) {
    // Hints name the portal the way a pasted command should (src/core/errors.ts `context`).
    if (e instanceof CliError && client.portalArg !== undefined) e.context.portal ??= client.portalArg;
    throw e;
  } finally {
    await client.close();
    ctx.note(formatRequestSummary(client.stats, ctx.lang, ctx.verbose));
  }
}
