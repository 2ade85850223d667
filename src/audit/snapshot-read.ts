import { errorOf } from '../core/errors.js';
import type { CrmSettingsFacts } from '../portal/crm-settings/types.js';
import type { JsonReader } from '../portal/snapshot-json.js';
import { envelopeOf, walkSnapshot, type Snapshot, type SnapshotHead } from '../portal/snapshot-file.js';
import type { PortalState } from '../resources/state.js';
import {
  AUDIT_DATA_VERSION,
  factsOf,
  ROW_FAMILIES,
  type AuditFacts,
  type RowFamily,
  type RowOf,
} from '../standards/audit-data.js';
import { BadRow, rowFromJson } from '../standards/audit-rows.js';
import type { RowsOut } from './collect.js';
import { AUDIT_SNAPSHOT_ERRORS } from './messages.js';

/** What an audit snapshot holds besides its rows, which went to the RowsOut as they were read. */
export interface AuditSnapshotRead {
  snap: Snapshot<PortalState>;
  /** The data's facts (counts, windows, errors, statistics), when the snapshot has an audit part. */
  facts?: AuditFacts;
  crmSettings?: CrmSettingsFacts;
  /**
   * The file's first object row does not have its keys in canonical (alphabetical) order: a b24cfg
   * before the streaming fingerprint wrote it (docs/snapshots.md#the-hash-of-an-older-snapshot).
   */
  olderLayout: boolean;
}

/** The facts a gatherer may read before the rows; `errors` and `stats` come after them in the file. */
const FACTS_BEFORE_ROWS = [
  'version',
  'now',
  'since',
  'counts',
  'unsupervisedDeals',
  'npsField',
  'repeatPipelines',
] as const;

/** A snapshot that cannot be read is taken again: the audit's own hint, not the apply snapshots' folder. */
const REMEDY = (path: string) => ({ hint: AUDIT_SNAPSHOT_ERRORS.SNAPSHOT_UNREADABLE.hint, data: { path } });

/** Rows go out in pages of 50, as a scan page of the live audit does: small pages keep the heap small. */
const PAGE = 50;

const FAMILIES = new Set<string>(ROW_FAMILIES);
const isFamily = (key: string): key is RowFamily => FAMILIES.has(key);

function keysInOrder(row: object): boolean {
  const keys = Object.keys(row);
  for (let i = 1; i < keys.length; i++) if ((keys[i - 1] as string) > (keys[i] as string)) return false;
  return true;
}

/**
 * `audit --snapshot`: the snapshot read front to back, never whole (issue #18). The configuration and
 * the data's facts are taken as values; each family's rows are checked (src/standards/audit-rows.ts),
 * rebuilt in canonical form and handed to the RowsOut `begin` gives — the same row stream a live audit
 * feeds from the portal. The file b24cfg writes lists the facts before the rows; a file that lists them
 * after (edited by hand) costs a second pass for the families met too early.
 */
export async function streamAuditSnapshot(
  path: string,
  begin: (snap: Snapshot<PortalState>) => Promise<RowsOut>,
): Promise<AuditSnapshotRead> {
  const unreadable = (where = path) =>
    errorOf(AUDIT_SNAPSHOT_ERRORS, 'SNAPSHOT_UNREADABLE', { where, data: { path } });
  const facts: Record<string, unknown> = {};
  const seen = new Set<RowFamily>();
  const early = new Set<RowFamily>();
  let hasAudit = false;
  let crmRaw: unknown;
  let out: RowsOut | undefined;
  let olderLayout: boolean | undefined;

  const start = async (snap: Snapshot<PortalState>) => {
    if (facts.version !== AUDIT_DATA_VERSION) throw unreadable();
    out = await begin(snap);
    // As the live audit starts its gatherers: the errors and the cost are not known before the rows.
    await out.start({
      ...(facts as unknown as AuditFacts),
      errors: {},
      stats: {
        httpRequests: 0,
        restCalls: 0,
        configRequests: 0,
        rows: 0,
        pages: 0,
        counts: 0,
        floorRequests: 0,
      },
    });
  };
  const ready = async (head: SnapshotHead<PortalState>): Promise<boolean> => {
    if (out) return true;
    const snap = envelopeOf(head);
    if (!snap || !FACTS_BEFORE_ROWS.every((k) => k in facts)) return false;
    await start(snap);
    return true;
  };
  const rows = async <F extends RowFamily>(family: F, json: JsonReader, to: RowsOut) => {
    let page: Array<RowOf[F]> = [];
    await json.array(async () => {
      const raw = await json.rowValue();
      let row: RowOf[F];
      try {
        row = rowFromJson(family, raw);
      } catch (e) {
        if (!(e instanceof BadRow)) throw e;
        const at = json.placeOf();
        throw unreadable(`${path}:${at.line}`);
      }
      if (olderLayout === undefined && typeof raw === 'object' && raw !== null)
        olderLayout = !keysInOrder(raw);
      page.push(row);
      if (page.length === PAGE) {
        await to.rows(family, page);
        page = [];
      }
    });
    if (page.length > 0) await to.rows(family, page);
  };

  const snap = await walkSnapshot<PortalState>(
    path,
    async (key, json, head) => {
      if (key === 'crmSettings') crmRaw = await json.value();
      else if (key !== 'audit') await json.skip();
      else {
        if (hasAudit || !(await json.isObjectNext())) throw unreadable();
        hasAudit = true;
        await json.object(async (k) => {
          if (!isFamily(k)) facts[k] = await json.value();
          else if (seen.has(k)) throw unreadable();
          else {
            seen.add(k);
            if (await ready(head)) await rows(k, json, out as RowsOut);
            else {
              early.add(k);
              await json.skip();
            }
          }
        });
      }
    },
    REMEDY(path),
  );
  if (Number.isNaN(Date.parse(snap.takenAt)))
    throw errorOf(AUDIT_SNAPSHOT_ERRORS, 'snapshotWithoutTime', { where: path });
  const crmSettings = crmRaw === undefined ? undefined : revivedFacts(crmRaw, path);
  if (!hasAudit) return { snap, ...(crmSettings ? { crmSettings } : {}), olderLayout: false };
  if (seen.size !== ROW_FAMILIES.length) throw unreadable();
  if (!out) await start(snap);
  if (early.size > 0) {
    const to = out as RowsOut;
    await walkSnapshot<PortalState>(
      path,
      async (key, json) => {
        if (key !== 'audit') return json.skip();
        await json.object(async (k) => (isFamily(k) && early.has(k) ? rows(k, json, to) : json.skip()));
      },
      REMEDY(path),
    );
  }
  return {
    snap,
    facts: factsOf(facts as unknown as AuditFacts),
    ...(crmSettings ? { crmSettings } : {}),
    olderLayout: olderLayout ?? false,
  };
}

/** The archive's facts as JSON kept them: the date back to a Date, the shape checked. */
export function revivedFacts(raw: unknown, path: string): CrmSettingsFacts {
  const f = raw as Partial<CrmSettingsFacts> & { archive?: { writtenAt?: unknown } };
  const at = f?.archive?.writtenAt;
  if (
    typeof f !== 'object' ||
    f === null ||
    typeof f.archive !== 'object' ||
    !Array.isArray(f.pipelines) ||
    !Array.isArray(f.roles) ||
    (at !== null && (typeof at !== 'string' || Number.isNaN(Date.parse(at))))
  )
    throw errorOf(AUDIT_SNAPSHOT_ERRORS, 'SNAPSHOT_UNREADABLE', { where: path, data: { path } });
  return {
    ...(f as CrmSettingsFacts),
    archive: { ...f.archive, writtenAt: at === null ? null : new Date(at) },
  };
}
