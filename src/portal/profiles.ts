import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { errorOf, type CliError } from '../core/errors.js';
import { fill, type Text } from '../core/i18n.js';
import { redact, registerSecretsIn } from '../core/redact.js';
import { PROFILE_ERRORS, PROFILES_DAMAGE } from './profile-messages.js';
import { parseWebhookUrl } from './webhook-url.js';

export type TierChoice = 'auto' | 'standard' | 'enterprise';
export const TIER_CHOICES: readonly TierChoice[] = ['auto', 'standard', 'enterprise'];

export interface Profile {
  url: string;
  tier?: TierChoice;
}

export interface ProfileEnv {
  env: Record<string, string | undefined>;
  homeDir: string;
}

/**
 * `$XDG_CONFIG_HOME/b24cfg/profiles.yaml`, by default `~/.config/b24cfg/profiles.yaml` (README.md#commands).
 */
export function profilesPath(p: ProfileEnv): string {
  const xdg = p.env.XDG_CONFIG_HOME;
  const base = xdg !== undefined && xdg.trim() !== '' ? xdg : join(p.homeDir, '.config');
  return join(base, 'b24cfg', 'profiles.yaml');
}

function profilesError(path: string, why: Text): CliError {
  return errorOf(PROFILE_ERRORS, 'PROFILES_INVALID', { where: path, texts: { why } });
}

/** Reads every profile; a missing file is no profiles. */
export async function readProfiles(p: ProfileEnv): Promise<Record<string, Profile>> {
  const path = profilesPath(p);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw e;
  }
  // Before parsing: a parser's message may quote any line of this file, another profile's URL included.
  registerSecretsIn(text);
  // yaml is loaded only for a profiles file: every portal command passes here, most with no profiles
  // (BENCHMARKS.md#how-the-cold-start-target-is-met).
  const { parse } = await import('yaml');
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    const why = redact((e as Error).message);
    throw profilesError(path, { ru: why, en: why });
  }
  if (doc === null || doc === undefined) return {};
  const raw = (doc as Record<string, unknown>).profiles;
  if (typeof doc !== 'object' || (raw !== undefined && (raw === null || typeof raw !== 'object'))) {
    throw profilesError(path, PROFILES_DAMAGE.noProfilesMap);
  }
  const out: Record<string, Profile> = {};
  for (const [name, v] of Object.entries((raw ?? {}) as Record<string, unknown>)) {
    const o = v as Record<string, unknown> | null;
    if (o === null || typeof o !== 'object' || typeof o.url !== 'string') {
      throw profilesError(path, fill(PROFILES_DAMAGE.noUrl, { name }));
    }
    const tier = TIER_CHOICES.find((t) => t === o.tier);
    out[name] = tier ? { url: o.url, tier } : { url: o.url };
    parseWebhookUrl(o.url); // registers the secret for redaction before anything prints it
  }
  return out;
}

/**
 * Writes the profiles file with mode 0600 in a 0700 directory. It deliberately bypasses
 * core/files.ts: that writer redacts webhook secrets, and this file exists to keep them.
 */
async function writeProfiles(p: ProfileEnv, profiles: Record<string, Profile>): Promise<void> {
  const path = profilesPath(p);
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const { stringify } = await import('yaml');
  const text =
    '# b24cfg portal profiles. Holds webhook secrets: keep this file private (mode 0600).\n' +
    stringify({ profiles }, { lineWidth: 0 });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, text, { encoding: 'utf8', mode: 0o600 });
  await chmod(tmp, 0o600);
  await rename(tmp, path);
}

const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export function checkProfileName(name: string): void {
  if (!NAME_RE.test(name) || name === 'sandbox') {
    throw errorOf(PROFILE_ERRORS, 'PROFILE_NAME_INVALID', { data: { name } });
  }
}

/** Adds or replaces a profile; the URL is checked (not contacted) first. Returns the file path. */
export async function saveProfile(p: ProfileEnv, name: string, profile: Profile): Promise<string> {
  checkProfileName(name);
  parseWebhookUrl(profile.url);
  const all = await readProfiles(p);
  all[name] = profile.tier && profile.tier !== 'auto' ? profile : { url: profile.url };
  await writeProfiles(p, all);
  return profilesPath(p);
}

/** Removes a profile; false when there was none by that name. */
export async function removeProfile(p: ProfileEnv, name: string): Promise<boolean> {
  const all = await readProfiles(p);
  if (!(name in all)) return false;
  delete all[name];
  await writeProfiles(p, all);
  return true;
}
