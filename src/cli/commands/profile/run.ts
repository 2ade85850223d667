import { dataJson } from '../../../core/data-text.js';
import { errorOf } from '../../../core/errors.js';
import { EXIT, type ExitCode } from '../../../core/exit-codes.js';
import { redact } from '../../../core/redact.js';
import {
  profilesPath,
  readProfiles,
  removeProfile,
  saveProfile,
  type TierChoice,
} from '../../../portal/profiles.js';
import { parseWebhookUrl } from '../../../portal/webhook-url.js';
import type { CliContext } from '../../context.js';
import { requireFormat } from '../../context.js';
import { PROFILE_CLI_ERRORS, PROFILE_MESSAGES as M } from './messages.js';

/** `profile add <name> <url>`: the URL is checked (not contacted) and saved under the name. */
export async function addProfile(
  ctx: CliContext,
  name: string,
  url: string,
  tier?: TierChoice,
): Promise<ExitCode> {
  const path = await saveProfile(ctx, name, { url, tier });
  const host = parseWebhookUrl(url).host;
  ctx.out.write(`${ctx.t(M.saved, { name, host, path })}\n`);
  ctx.note(ctx.t(M.check, { name }));
  return EXIT.ok;
}

/** `profile list`: names, URLs with the secret hidden, and tiers. */
export async function listProfiles(ctx: CliContext): Promise<ExitCode> {
  requireFormat(ctx, ['pretty', 'json']);
  const profiles = await readProfiles(ctx);
  const rows = Object.entries(profiles)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, p]) => ({ name, url: redact(p.url), tier: p.tier ?? 'auto' }));
  if (ctx.format === 'json') {
    ctx.out.write(dataJson({ file: profilesPath(ctx), profiles: rows }));
    return EXIT.ok;
  }
  if (rows.length === 0) {
    ctx.out.write(`${ctx.t(M.none)}\n`);
    return EXIT.ok;
  }
  const w = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) ctx.out.write(`${r.name.padEnd(w)}  ${r.url}  ${r.tier}\n`);
  return EXIT.ok;
}

/** `profile remove <name>`. */
export async function dropProfile(ctx: CliContext, name: string): Promise<ExitCode> {
  if (!(await removeProfile(ctx, name)))
    throw errorOf(PROFILE_CLI_ERRORS, 'PROFILE_NOT_FOUND', { data: { name } });
  ctx.out.write(`${ctx.t(M.removed, { name })}\n`);
  return EXIT.ok;
}
