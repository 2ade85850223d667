import { errorOf } from '../../core/errors.js';
import { printable } from './entry-guard.js';
import { CRM_SETTINGS_ERRORS } from './messages.js';
import { badShape, int, isObject, parseEntry, text } from './json.js';

/**
 * The archive's root manifest.json is `{"CODE":"vertical_crm","VERSION":1,"USES":[…]}` (written by the
 * export's finishAction with the CRM manifest's values: docs/bitrix24/crm-settings-archive.md). The
 * format is undocumented and changes between versions, so b24cfg reads only the versions it knows and
 * refuses any other rather than guess.
 */
export const KNOWN_MANIFESTS: Readonly<Record<string, readonly number[]>> = { vertical_crm: [1] };

export interface Manifest {
  code: string;
  version: number;
}

export function readManifest(bytes: Buffer | undefined, archive: string): Manifest {
  if (!bytes)
    throw errorOf(CRM_SETTINGS_ERRORS, 'CRM_SETTINGS_NO_MANIFEST', { where: archive, data: { archive } });
  const ctx = { archive, entry: 'manifest.json' };
  const json = parseEntry(bytes, ctx);
  if (!isObject(json)) throw badShape(ctx, 'not an object');
  const code = text(json.CODE);
  const version = int(json.VERSION);
  if (!(KNOWN_MANIFESTS[code] ?? []).includes(version ?? Number.NaN))
    throw errorOf(CRM_SETTINGS_ERRORS, 'CRM_SETTINGS_UNKNOWN_MANIFEST', {
      where: `${archive} ▸ manifest.json`,
      data: {
        archive,
        code: printable(code || '(none)'),
        version: printable(version === null ? text(json.VERSION) || '(none)' : String(version)),
      },
    });
  return { code, version: version as number };
}
