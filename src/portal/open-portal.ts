import { isAbsolute, resolve } from 'node:path';
import { errorOf, type CliError } from '../core/errors.js';
import type { B24Client } from './client.js';
import { PROFILE_ERRORS } from './profile-messages.js';
import { readProfiles, type Profile, type TierChoice } from './profiles.js';
import { createHttpWire } from './http-wire.js';
import { createTransport, type TransportOptions } from './transport.js';
import { parseWebhookUrl } from './webhook-url.js';
import { portalArgOf } from './portal-arg.js';

export interface PortalEnv {
  env: Record<string, string | undefined>;
  homeDir: string;
  cwd: string;
}

export interface OpenPortalOptions {
  /** From --tier; wins over a profile's tier. Default: the profile's, else 'auto'. */
  tier?: TierChoice;
  /** --timeout: one request, the whole answer included. */
  timeoutMs?: number;
  /** --deadline: the command's whole exchange with the portal. */
  deadlineMs?: number;
  sleep?: TransportOptions['sleep'];
  now?: TransportOptions['now'];
  onWait?: TransportOptions['onWait'];
  /** Ctrl-C: see TransportOptions.signal. */
  signal?: AbortSignal;
  /** The command being run, for its scope check: see TransportOptions.command. */
  command?: string;
  /** The scopes the command cannot do without: see TransportOptions.requiredScopes. */
  requiredScopes?: readonly string[];
}

/** Where a `--portal` value points, before anything is contacted. */
export type PortalTarget =
  | {
      kind: 'http';
      url: string;
      host: string;
      tier?: TierChoice;
      /** How it was named: a URL on the command line, a profile, or B24_WEBHOOK_URL. */
      source: 'url' | 'profile' | 'env';
      profile?: string;
    }
  | { kind: 'sandbox'; host: 'sandbox'; statePath?: string };

const SANDBOX = 'sandbox';

function noPortal(): CliError {
  return errorOf(PROFILE_ERRORS, 'PORTAL_NOT_GIVEN');
}

function unknownProfile(name: string, known: string[]): CliError {
  return errorOf(PROFILE_ERRORS, known.length > 0 ? 'PROFILE_NOT_FOUND' : 'noProfilesYet', {
    data: { name, known: known.join(', ') },
  });
}

function isUrl(ref: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(ref);
}

function urlTarget(
  url: string,
  source: 'url' | 'env' | 'profile',
  profile?: Profile,
  name?: string,
): PortalTarget {
  const ref = parseWebhookUrl(url);
  const t: PortalTarget = { kind: 'http', url, host: ref.host, source };
  if (profile?.tier) t.tier = profile.tier;
  if (name !== undefined) t.profile = name;
  return t;
}

/**
 * Resolves `--portal` (README.md#commands): a webhook URL, `sandbox`, `sandbox:<state.json>`, or a profile
 * name; without one, B24_WEBHOOK_URL.
 */
export async function resolvePortal(ref: string | undefined, p: PortalEnv): Promise<PortalTarget> {
  const given = ref?.trim();
  if (given === undefined || given === '') {
    const fromEnv = p.env.B24_WEBHOOK_URL?.trim();
    if (fromEnv === undefined || fromEnv === '') throw noPortal();
    return urlTarget(fromEnv, 'env');
  }
  if (given === SANDBOX) return { kind: 'sandbox', host: 'sandbox' };
  if (given.startsWith(`${SANDBOX}:`)) {
    const file = given.slice(SANDBOX.length + 1);
    if (file === '') return { kind: 'sandbox', host: 'sandbox' };
    return { kind: 'sandbox', host: 'sandbox', statePath: isAbsolute(file) ? file : resolve(p.cwd, file) };
  }
  if (isUrl(given)) return urlTarget(given, 'url');
  const profiles = await readProfiles(p);
  const profile = profiles[given];
  if (!profile) throw unknownProfile(given, Object.keys(profiles).sort());
  return urlTarget(profile.url, 'profile', profile, given);
}

/**
 * The host a ref points at, for naming `.b24cfg/<host>.state.json`: the URL's host, "sandbox", or
 * the host of the named profile (pass the profiles read with readProfiles). After openPortal, the
 * client's own `host` is the same value.
 */
export function portalHostOf(ref: string, profiles: Readonly<Record<string, Profile>> = {}): string {
  const r = ref.trim();
  if (r === SANDBOX || r.startsWith(`${SANDBOX}:`)) return 'sandbox';
  if (isUrl(r)) return parseWebhookUrl(r).host;
  const profile = profiles[r];
  if (!profile) throw unknownProfile(r, Object.keys(profiles).sort());
  return parseWebhookUrl(profile.url).host;
}

/** Opens the portal a command works on; every networked command goes through here. */
export async function openPortal(
  ref: string | undefined,
  p: PortalEnv,
  opts: OpenPortalOptions = {},
): Promise<B24Client> {
  const target = await resolvePortal(ref, p);
  const transportOpts: TransportOptions = {
    tier: opts.tier ?? (target.kind === 'http' ? target.tier : undefined) ?? 'auto',
    timeoutMs: opts.timeoutMs,
    ...(opts.deadlineMs !== undefined ? { deadlineMs: opts.deadlineMs } : {}),
    sleep: opts.sleep,
    now: opts.now,
    onWait: opts.onWait,
    signal: opts.signal,
    portalArg: portalArgOf(target, ref),
    command: opts.command,
    requiredScopes: opts.requiredScopes,
  };
  if (target.kind === 'sandbox') {
    // The in-process emulated portal, loaded only when asked for.
    const { openSandboxWire } = await import('./sandbox-adapter.js');
    return createTransport(await openSandboxWire({ statePath: target.statePath }), transportOpts);
  }
  return createTransport(createHttpWire(target.url, { timeoutMs: opts.timeoutMs }), transportOpts);
}
