/**
 * A fleet portal's reference, from what the file says to what `openPortal` takes: a profile name,
 * `sandbox[:<file>]`, or `${env:NAME}` (with `:-default`) that holds a webhook URL. Secrets come from the
 * environment or the profiles file only, never from the fleet file itself.
 */
import { isAbsolute, resolve } from 'node:path';
import { errorOf } from '../core/errors.js';
import type { FleetPortal } from './file.js';
import { FLEET_ERRORS } from './messages.js';

const ENV_REF = /\$\{env:([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

/** The `${env:…}` references of a value, with their defaults. */
export function envRefs(value: string): Array<{ name: string; fallback?: string }> {
  return [...value.matchAll(ENV_REF)].map((m) => ({
    name: m[1] as string,
    ...(m[2] !== undefined ? { fallback: m[2] } : {}),
  }));
}

const SECRET_IN_PATH = /\/rest\/(?:api\/)?\d+\/([^/?#\s]+)/;

/**
 * The webhook secret written literally in a reference, if any: in the text around `${env:…}` references,
 * or in a reference's default. A secret that is itself a reference (`…/rest/1/${env:SECRET}/`) is fine.
 */
export function literalSecretOf(value: string): string | undefined {
  const pieces = [value.replace(ENV_REF, '${}'), ...envRefs(value).map((r) => r.fallback ?? '')];
  for (const piece of pieces) {
    const m = SECRET_IN_PATH.exec(piece);
    const secret = m?.[1];
    if (secret !== undefined && secret !== '${}' && !secret.startsWith('${}'))
      return decodeURIComponent(secret);
  }
  return undefined;
}

/**
 * What `openPortal` gets for a fleet portal: references substituted from `env`; a sandbox file resolved
 * against the fleet file's folder. An unset variable without a default fails this portal alone.
 */
export function portalRefOf(
  p: FleetPortal,
  env: Record<string, string | undefined>,
  fleetDir: string,
): string {
  let missing: string | undefined;
  const value = p.portal.replace(ENV_REF, (_all, name: string, fallback: string | undefined) => {
    const v = env[name];
    if (v !== undefined && v.trim() !== '') return v.trim();
    if (fallback !== undefined) return fallback;
    missing ??= name;
    return '';
  });
  if (missing !== undefined)
    throw errorOf(FLEET_ERRORS, 'FLEET_ENV_MISSING', {
      where: p.where,
      data: { env: missing, name: p.name },
    });
  const ref = value.trim();
  if (ref.startsWith('sandbox:')) {
    const file = ref.slice('sandbox:'.length);
    if (file !== '' && !isAbsolute(file)) return `sandbox:${resolve(fleetDir, file)}`;
  }
  return ref;
}
