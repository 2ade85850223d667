import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { b24cfgCommand, type PortalArg } from '../core/command-line.js';
import { errorOf } from '../core/errors.js';
import { fingerprintOf } from '../core/hash.js';
import { portalToSpec } from '../export/to-spec.js';
import type { B24Client } from '../portal/client.js';
import { portalIdentity, samePortal } from '../portal/identity.js';
import { readSnapshot, type Snapshot } from '../portal/snapshot-file.js';
import { loadStateFile, type StateFile } from '../portal/state-file.js';
import { dealStageEntityId, stripStagePrefix } from '../resources/crm-status/stage-ids.js';
import type { PortalState } from '../resources/state.js';
import type { Field, Spec } from '../spec/spec.generated.js';
import { planAgainstPortal, type Planned, type SpecInput } from '../plan/against-portal.js';
import { APPLY_ERRORS } from './messages.js';
import { bindingSections } from '../resources/registry.js';

/**
 * `restore last`: the snapshot the latest apply from `cwd` took, as `--resume last` names the latest
 * run (issue 16, item 13). Any other value is a snapshot file.
 */
export async function snapshotFileOf(arg: string, cwd: string, portal: PortalArg): Promise<string> {
  if (arg !== 'last') return arg;
  const dir = join(cwd, '.b24cfg', 'snapshots');
  const names = await readdir(dir).catch(() => [] as string[]);
  const files = await Promise.all(
    names
      .filter((n) => n.endsWith('.json'))
      .map(async (n) => ({ n, at: (await stat(join(dir, n))).mtimeMs })),
  );
  // Run ids start with the time to the second; the file written last breaks a tie within one second.
  files.sort(
    (a, b) =>
      (a.n.slice(0, 16) < b.n.slice(0, 16) ? -1 : a.n.slice(0, 16) > b.n.slice(0, 16) ? 1 : 0) || a.at - b.at,
  );
  const last = files[files.length - 1];
  if (!last) {
    throw errorOf(APPLY_ERRORS, 'SNAPSHOT_NOT_FOUND', {
      where: dir,
      data: { dir, command: b24cfgCommand('restore', 'last', '--portal', portal) },
    });
  }
  return join('.b24cfg', 'snapshots', last.n);
}

/** A snapshot to restore, and the folder whose `.b24cfg/` holds the state file it goes with. */
export async function readRestoreSnapshot(
  path: string,
  cwd: string,
): Promise<{ snap: Snapshot<PortalState>; stateDir: string }> {
  const snap = await readSnapshot<PortalState>(path);
  // <dir>/.b24cfg/snapshots/<run>.json → the state file lives in <dir>/.b24cfg/.
  const stateDir = basename(dirname(dirname(path))) === '.b24cfg' ? dirname(dirname(dirname(path))) : cwd;
  return { snap, stateDir };
}

/**
 * The spec to restore from: the snapshot exported, with every sort the spec can say set to the
 * snapshot's, and the sorts it cannot say (pipelines, deal stages) pinned by change id. Without them
 * the planner keeps the portal's sorts whenever the order is already right, and a stage put back gets
 * a sort between its neighbours (issue 15, item 11).
 */
export function restoreSpec(
  state: PortalState,
  binding: StateFile,
): { spec: Spec; pinnedSorts: Map<string, number> } {
  const exported = portalToSpec(state, { binding });
  const spec = structuredClone(exported.spec);
  const pinnedSorts = new Map<string, number>();
  const idOf = (key: string) => (key === 'default' ? 0 : exported.binding.pipelines[key]?.id);
  for (const d of spec.directions ?? []) {
    const id = idOf(d.key);
    const pipeline = state.pipelines.find((p) => p.id === id);
    if (id === undefined || !pipeline) continue;
    pinnedSorts.set(`pipeline:${d.key}`, pipeline.sort);
    for (const s of state.statuses.filter((x) => x.entityId === dealStageEntityId(id)))
      pinnedSorts.set(`stage:${d.key}/${stripStagePrefix(s.statusId)}`, s.sort);
  }
  const sortOf = (entityId: string, code: string) =>
    state.statuses.find((s) => s.entityId === entityId && s.statusId === code)?.sort;
  const withSorts = <T extends { code: string; sort?: number }>(items: T[] | undefined, entityId: string) => {
    for (const it of items ?? []) it.sort = sortOf(entityId, it.code) ?? it.sort;
  };
  withSorts(spec.segments?.contact_types, 'CONTACT_TYPE');
  withSorts(spec.segments?.company_types, 'COMPANY_TYPE');
  withSorts(spec.lead_sources, 'SOURCE');
  withSorts(spec.lead_statuses, 'STATUS');
  const byEntity = Object.entries(spec.fields ?? {}) as Array<[string, Field[] | undefined]>;
  for (const [entity, fields] of byEntity) {
    for (const f of fields ?? []) {
      const portal = state.userFields[entity as keyof PortalState['userFields']]?.find(
        (p) => p.fieldName === `UF_CRM_${f.code}`,
      );
      if (!portal) continue;
      f.sort = portal.sort;
      for (const it of f.items ?? [])
        it.sort = portal.list.find((i) => i.xmlId === it.xml_id)?.sort ?? it.sort;
    }
  }
  return { spec, pinnedSorts };
}

/**
 * `restore`: the way back to the configuration in a snapshot an apply took before writing, planned as
 * an apply of the snapshot exported as a spec. Configuration only — deals and other data are never
 * restored — and with the usual guards: a stage with deals is not deleted, a field with values needs
 * allowDataLoss.
 */
export async function planRestore(args: {
  snap: Snapshot<PortalState>;
  /** The snapshot file as the user named it (plans and the journal show it as the spec). */
  snapshotFile: string;
  stateDir: string;
  client: B24Client;
  allowDataLoss: boolean;
  now: Date;
  /** Called once the snapshot is known to be of this portal, before it is planned back. */
  onPlanning?: () => void;
}): Promise<{ planned: Planned; input: SpecInput }> {
  const { snap, client } = args;
  const binding = await loadStateFile(args.stateDir, snap.state.info, bindingSections);
  const { spec: exported, pinnedSorts } = restoreSpec(snap.state, binding);
  // Restoring means removing what the apply added: prune on, nothing protected (the usual data guards stay).
  // b24cfg does not download template files (docs/bitrix24/document-generator.md#template-files), so
  // the snapshot's templates are not in the export: list none and protect the ones the snapshot had, by name
  // — prune then removes only templates added after the snapshot. A template whose file an apply replaced
  // keeps the new file.
  const keepTemplates = snap.state.documentTemplates.map((t) => t.name);
  const spec = { ...exported, documents: [], manage: { prune: true, protect: keepTemplates } };
  const input: SpecInput = {
    spec,
    specFile: args.snapshotFile,
    specHash: fingerprintOf({ spec, pinnedSorts: [...pinnedSorts] }),
    stateDir: args.stateDir,
    pinnedSorts,
  };
  const planned = await planAgainstPortal(
    input,
    client,
    { prune: true, allowDataLoss: args.allowDataLoss },
    args.now,
  );
  if (!samePortal(snap.state.info, planned.state.info)) {
    throw errorOf(APPLY_ERRORS, 'SNAPSHOT_OTHER_PORTAL', {
      where: args.snapshotFile,
      data: { snap: portalIdentity(snap.state.info), portal: portalIdentity(planned.state.info) },
    });
  }
  args.onPlanning?.();
  return { planned, input };
}
