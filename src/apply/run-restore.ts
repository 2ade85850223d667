import { basename, dirname, resolve } from 'node:path';
import type { CliContext } from '../cli/context.js';
import { requireFormat } from '../cli/context.js';
import { withPortal, type PortalOptionValues } from '../cli/portal-option.js';
import { CliError } from '../core/errors.js';
import { EXIT, type ExitCode } from '../core/exit-codes.js';
import { fingerprintOf } from '../core/hash.js';
import { loadStateFile } from '../portal/state-file.js';
import { portalToSpec } from '../export/to-spec.js';
import { confirmAndExecute } from './run-apply.js';
import { planAgainstPortal, type SpecInput } from '../plan/against-portal.js';
import { readSnapshot } from '../portal/snapshot-file.js';
import type { PortalState } from '../resources/state.js';

export interface RestoreCommandOptions extends PortalOptionValues {
  yes?: boolean;
  allowDataLoss?: boolean;
}

/**
 * `b24cfg restore <snapshot>`: plans and applies the way back to the configuration in a snapshot that
 * an apply took before writing. Configuration only — deals and other data are never restored — and
 * with the usual guards: a stage with deals is not deleted, a field with values needs --allow-data-loss.
 */
export async function runRestore(
  ctx: CliContext,
  snapshotFile: string,
  o: RestoreCommandOptions,
): Promise<ExitCode> {
  requireFormat(ctx, ['pretty', 'json']);
  const path = resolve(ctx.cwd, snapshotFile);
  const snap = await readSnapshot<PortalState>(path);
  // <dir>/.b24cfg/snapshots/<run>.json → the state file lives in <dir>/.b24cfg/.
  const stateDir = basename(dirname(dirname(path))) === '.b24cfg' ? dirname(dirname(dirname(path))) : ctx.cwd;
  return withPortal(ctx, o, async (client) => {
    if (snap.state.info.host !== client.host) {
      throw new CliError({
        code: 'SNAPSHOT_OTHER_PORTAL',
        exit: EXIT.findings,
        where: snapshotFile,
        message: {
          ru: 'снимок сделан на портале {snap}, а не на {portal}',
          en: 'the snapshot was taken on {snap}, not on {portal}',
        },
        hint: { ru: 'Укажите тот же портал в --portal.', en: 'Pass the same portal to --portal.' },
        data: { snap: snap.state.info.host, portal: client.host },
      });
    }
    const binding = await loadStateFile(stateDir, client.host);
    const exported = portalToSpec(snap.state, { binding });
    // Restoring means removing what the apply added: prune on, nothing protected (the usual data guards stay).
    // Template files cannot be downloaded over REST (rest-map §8), so the snapshot's templates are not
    // in the export: list none and protect the ones the snapshot had, by name — prune then removes only
    // templates added after the snapshot. A template whose file an apply replaced keeps the new file.
    const keepTemplates = snap.state.documentTemplates.map((t) => t.name);
    const spec = { ...exported.spec, documents: [], manage: { prune: true, protect: keepTemplates } };
    const input: SpecInput = { spec, specFile: snapshotFile, specHash: fingerprintOf(spec), stateDir };
    ctx.note(
      ctx.t({
        ru: 'Восстанавливается только настройка (направления, этапы, поля, справочники, открытые линии, шаблоны документов). Сделки, задачи и другие данные не восстанавливаются; файлы шаблонов, заменённые после снимка, не возвращаются.',
        en: 'Only configuration is restored (pipelines, stages, fields, dictionaries, open lines, document templates). Deals, tasks and other data are not restored; template files replaced after the snapshot are not brought back.',
      }),
    );
    const planned = await planAgainstPortal(
      input,
      client,
      { prune: true, allowDataLoss: o.allowDataLoss === true },
      ctx.now(),
    );
    return confirmAndExecute(ctx, planned, input, client, { ...o, prune: true, skipBlocked: true }, []);
  });
}
