import type { B24Client } from '../portal/client.js';
import { archiveAgeDays } from '../portal/crm-settings/read.js';
import type { CrmSettingsFacts } from '../portal/crm-settings/types.js';
import { archiveBindingOf } from '../resources/manual-archive/binding.js';
import { compareManualItems } from '../resources/manual-archive/compare.js';
import { portalOrigin } from '../portal/webhook-url.js';
import { readPortalState } from '../resources/read-state.js';
import { loadStateFile, type StateFile, type StatePortal } from '../portal/state-file.js';
import type { PortalState } from '../resources/state.js';
import { labelLanguages } from '../plan/against-portal.js';
import type { AuditReport, AuditSource } from '../report/audit/types.js';
import type { Spec } from '../spec/spec.generated.js';
import type { Locate } from '../spec/types.js';
import type { AuditFacts } from '../standards/audit-data.js';
import { loadAttestations, type AttestationsFile, type SuppressionEntry } from '../standards/attestations.js';
import type { AuditArchive, AuditContext } from '../standards/types.js';
import { collectAuditData, type RowsOut } from './collect.js';
import { startDigests, type Digesting } from './digest.js';
import { runAudit } from './engine.js';
import { RowsFingerprint, snapshotFingerprint } from './fingerprint.js';
import { olderSnapshotHash } from './snapshot-older-hash.js';
import { streamAuditSnapshot } from './snapshot-read.js';
import { SnapshotWriter } from './snapshot-write.js';
import { bindingSections } from '../resources/registry.js';

/** The spec an audit reads (optional: a portal or a snapshot can be audited without one). */
export interface AuditedSpec {
  spec: Spec;
  locate: Locate;
  /** Relative to the working folder, as reports show it. */
  file: string;
  hash: string;
  /** The spec's folder: attestations and the state file live in its `.b24cfg/`. */
  dir: string;
}

/** What every audit source shares: the spec's settings and the people's attestations. */
export interface AuditSettings {
  spec?: AuditedSpec;
  attestations: AttestationsFile;
  thresholds: Record<string, Record<string, number>>;
  windowDays: number;
  /** `--crm-settings`: the portal's CRM settings archive, read before the portal. */
  crmSettings?: CrmSettingsFacts;
}

/**
 * What was audited: a portal read now, a saved snapshot, or nothing but the spec. The data's rows are
 * not here: each standard's gatherer read them as they came (src/standards/gather.ts), and `digests`
 * holds what the gatherers kept.
 */
export interface Audited {
  state?: PortalState;
  /** The data's counts, windows, errors and request statistics. */
  data?: AuditFacts;
  /** What each standard's gatherer made of the rows, by standard id. */
  digests?: ReadonlyMap<string, unknown>;
  binding?: StateFile;
  /** The archive's facts a snapshot kept (`audit --save-snapshot` with `--crm-settings`). */
  crmSettings?: CrmSettingsFacts;
  now: Date;
  source: AuditSource;
}

/** audit.thresholds without the holes the generated type allows. */
function thresholdsOf(spec: Spec | undefined): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [id, values] of Object.entries(spec?.audit?.thresholds ?? {})) {
    const clean: Record<string, number> = {};
    for (const [k, v] of Object.entries(values ?? {})) if (typeof v === 'number') clean[k] = v;
    out[id] = clean;
  }
  return out;
}

function specSuppressions(spec: Spec | undefined): SuppressionEntry[] {
  return (spec?.audit?.suppress ?? []).map((s, i) => ({
    ...s,
    source: 'spec' as const,
    pointer: `/audit/suppress/${i}`,
  }));
}

/** Read before any portal is: a damaged attestations file stops the audit before it costs requests. */
export async function auditSettings(
  spec: AuditedSpec | undefined,
  cwd: string,
  crmSettings?: CrmSettingsFacts,
): Promise<AuditSettings> {
  return {
    spec,
    attestations: await loadAttestations(spec?.dir ?? cwd, cwd),
    thresholds: thresholdsOf(spec?.spec),
    windowDays: spec?.spec.audit?.window_days ?? 30,
    ...(crmSettings ? { crmSettings } : {}),
  };
}

function specInfo(s: AuditSettings): { spec?: string; specHash?: string } {
  return s.spec ? { spec: s.spec.file, specHash: s.spec.hash } : {};
}

async function bindingFor(s: AuditSettings, portal: StatePortal): Promise<StateFile | undefined> {
  return s.spec ? loadStateFile(s.spec.dir, portal, bindingSections) : undefined;
}

/** The context every standard sees; the gatherers see it too, before any check runs. */
export function auditContext(
  s: AuditSettings,
  a: Pick<Audited, 'state' | 'data' | 'digests' | 'binding' | 'now'>,
): AuditContext {
  const ctx: AuditContext = {
    spec: s.spec?.spec,
    locate: s.spec?.locate,
    state: a.state,
    data: a.data,
    binding: a.binding,
    attestations: s.attestations.attestations,
    suppressions: [...specSuppressions(s.spec?.spec), ...s.attestations.suppressions],
    now: a.now,
    thresholds: s.thresholds,
    windowDays: s.windowDays,
    portalBase: a.state?.info.kind === 'http' ? portalOrigin(a.state.info.host) : undefined,
  };
  if (a.digests) ctx.digests = a.digests;
  return ctx;
}

/**
 * `audit --snapshot F`: the portal as it was read then, at the snapshot's own time. The file is read
 * front to back and its rows go through the same RowsOut as a live audit's (the gatherers and the
 * fingerprint), so memory follows the evidence, not the file (issue #18).
 */
export async function auditSnapshot(s: AuditSettings, path: string, shownAs: string): Promise<Audited> {
  const fingerprint = new RowsFingerprint();
  let out: ReturnType<typeof rowsOut> | undefined;
  let bound: { binding: StateFile | undefined } | undefined;
  const read = await streamAuditSnapshot(path, async (snap) => {
    const binding = await bindingFor(s, snap.state.info);
    bound = { binding };
    const now = new Date(snap.takenAt);
    out = rowsOut(
      (facts) => startDigests(auditContext(s, { state: snap.state, data: facts, binding, now })),
      fingerprint,
      undefined,
    );
    return out;
  });
  const { snap, facts, crmSettings } = read;
  const binding = bound ? bound.binding : await bindingFor(s, snap.state.info);
  const digests = out?.digesting?.finish();
  const hash = read.olderLayout
    ? await olderSnapshotHash(path, snap, crmSettings)
    : snapshotFingerprint(
        snap.takenAt,
        snap.state,
        facts ? { facts, rows: fingerprint.digests() } : undefined,
        crmSettings,
      );
  return {
    state: snap.state,
    ...(facts ? { data: facts } : {}),
    ...(digests ? { digests } : {}),
    binding,
    ...(crmSettings ? { crmSettings } : {}),
    now: new Date(snap.takenAt),
    source: {
      kind: 'snapshot',
      host: snap.state.info.host,
      portalKind: snap.state.info.kind,
      ...specInfo(s),
      snapshot: shownAs,
      takenAt: snap.takenAt,
      hash,
    },
  };
}

export interface CollectProgress {
  update(pagesDone: number, pagesTotal: number): void;
  stop(): void;
}

/**
 * Where the scanned rows go: the standards' gatherers and the fingerprint, and with `--save-snapshot`
 * the snapshot file. Each row is turned into JSON once, for both of the latter.
 */
function rowsOut(
  gatherers: (facts: AuditFacts) => Digesting,
  fingerprint: RowsFingerprint,
  writer: SnapshotWriter | undefined,
): RowsOut & { digesting?: Digesting } {
  const out: RowsOut & { digesting?: Digesting } = {
    start(facts) {
      out.digesting = gatherers(facts);
    },
    async rows(family, rows) {
      out.digesting?.feed(family, rows);
      const lines = rows.map((r) => JSON.stringify(r));
      fingerprint.add(family, lines);
      await writer?.add(family, lines);
    },
    async drop(family) {
      fingerprint.drop(family);
      await writer?.drop(family);
    },
  };
  return out;
}

/**
 * `audit --portal P`: the configuration, then the data the class D standards need (counts and scans,
 * packed into as few requests as the portal allows), each row handed to the standards' gatherers as it
 * arrives and then let go: memory follows the evidence, not the portal. `saveSnapshot` streams the rows
 * to a file for a later `audit --snapshot` (`shownAs` is how the report names it).
 */
export async function auditPortal(
  s: AuditSettings,
  client: B24Client,
  o: {
    now: () => Date;
    progress?: () => Promise<CollectProgress>;
    saveSnapshot?: { path: string; shownAs: string };
  },
): Promise<Audited> {
  const readStart = { httpRequests: client.stats.httpRequests, restCalls: client.stats.restCalls };
  const spec = s.spec?.spec;
  const state = await readPortalState(client, {
    languages: spec ? labelLanguages(spec) : undefined,
    now: o.now,
  });
  // The portal's own clock decides what is overdue and what falls in the window
  // (docs/bitrix24/webhook-preflight.md#server-time).
  const now = new Date(state.info.readAt);
  const binding = await bindingFor(s, state.info);
  const fingerprint = new RowsFingerprint();
  const writer = o.saveSnapshot ? await SnapshotWriter.open(o.saveSnapshot.path) : undefined;
  try {
    const out = rowsOut(
      (facts) => startDigests(auditContext(s, { state, data: facts, binding, now })),
      fingerprint,
      writer,
    );
    const progress = await o.progress?.();
    const data = await collectAuditData(
      client,
      { spec, state, binding, thresholds: s.thresholds, windowDays: s.windowDays, now },
      { readStart, onProgress: (done, total) => progress?.update(done, total), out },
    );
    progress?.stop();
    const digests = out.digesting?.finish();
    if (writer) await writer.finish(state.info.readAt, state, data, s.crmSettings);
    return {
      state,
      data,
      ...(digests ? { digests } : {}),
      binding,
      now,
      source: {
        kind: 'portal',
        host: state.info.host,
        portalKind: state.info.kind,
        ...specInfo(s),
        ...(o.saveSnapshot ? { snapshot: o.saveSnapshot.shownAs } : {}),
        takenAt: state.info.readAt,
        hash: snapshotFingerprint(
          state.info.readAt,
          state,
          { facts: data, rows: fingerprint.digests() },
          s.crmSettings,
        ),
      },
    };
  } finally {
    await writer?.abort();
  }
}

/** `audit <spec>` alone: the configuration standards on the spec, dated by `now`. */
export function auditSpecAlone(s: AuditSettings & { spec: AuditedSpec }, now: Date): Audited {
  return { now, source: { kind: 'spec', ...specInfo(s), hash: s.spec.hash } };
}

/**
 * The archive an audit checks (`--crm-settings` wins over what a snapshot kept): the spec's names
 * bound to its ids, the portal naming the people and templates, and each manual item's verdict.
 */
function archiveOf(s: AuditSettings, audited: Audited): AuditArchive | undefined {
  const facts = s.crmSettings ?? audited.crmSettings;
  if (!facts) return undefined;
  const spec = s.spec?.spec;
  const portal = audited.state
    ? {
        users: audited.state.users,
        documentTemplates: audited.state.documentTemplates,
        stateFile: audited.binding,
      }
    : undefined;
  const binding = archiveBindingOf(spec, facts, portal);
  return { facts, binding, ...(spec ? { items: compareManualItems(spec, facts, binding).items } : {}) };
}

/** Every standard on what was audited, scored: pure, so one snapshot always gives one report. */
export function scoreAudited(s: AuditSettings, audited: Audited, cwd: string): AuditReport {
  const archive = archiveOf(s, audited);
  const ctx: AuditContext = { ...auditContext(s, audited), ...(archive ? { crmSettings: archive } : {}) };
  const source = archive
    ? { ...audited.source, archive: archiveSource(archive.facts, audited.now) }
    : audited.source;
  return runAudit(ctx, { source, cwd });
}

/** How reports name the archive: the file, its manifest and its age on the audit's date. */
function archiveSource(facts: CrmSettingsFacts, now: Date): NonNullable<AuditSource['archive']> {
  return {
    file: facts.archive.source,
    manifest: `${facts.archive.manifestCode} ${facts.archive.manifestVersion}`,
    writtenAt: facts.archive.writtenAt?.toISOString() ?? null,
    ageDays: archiveAgeDays(facts, now),
  };
}
