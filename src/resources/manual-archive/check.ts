import type { Text } from '../../core/i18n.js';
import { archiveAgeDays } from '../../portal/crm-settings/read.js';
import type { CrmSettingsFacts } from '../../portal/crm-settings/types.js';
import type { Spec } from '../../spec/spec.generated.js';
import { compareManualItems } from './compare.js';
import type { ArchiveBinding, ArchiveItem, ArchiveStatus, Difference, UnprovableReason } from './types.js';
import { evidenceText } from './words.js';

/**
 * The spec's manual items checked against a CRM settings archive, as a plan, a checklist and `plan
 * --format json` carry it: every verdict by the id of its manual change, what is only on the portal
 * described in both languages, and the archive's identity and age. Nothing else of the archive is
 * kept (it holds people's names and web forms).
 */
export interface ManualCheck {
  archive: {
    /** The file or folder as the user named it. */
    file: string;
    manifest: { code: string; version: number };
    /** ISO time the portal wrote the archive, null when unknown. */
    writtenAt: string | null;
    /** Whole days between writtenAt and the check. */
    ageDays: number | null;
  };
  items: CheckedItem[];
  counts: Record<ArchiveStatus, number>;
}

export interface CheckedItem {
  /** The manual change's id (`manual:b2b/NEW#task`), or `archive:…` for what is only on the portal. */
  id: string;
  path: string[];
  status: ArchiveStatus;
  differences: Difference[];
  reason?: UnprovableReason;
  detail?: string;
  /** For items only on the portal: what the archive shows there. */
  found?: Text;
}

export function manualCheckOf(
  spec: Spec,
  facts: CrmSettingsFacts,
  binding: ArchiveBinding,
  now: Date,
): ManualCheck {
  const result = compareManualItems(spec, facts, binding);
  const documentName = (id: number | null) =>
    Object.entries(binding.documents ?? {}).find(([, v]) => v === id)?.[0];
  return {
    archive: {
      file: facts.archive.source,
      manifest: { code: facts.archive.manifestCode, version: facts.archive.manifestVersion },
      writtenAt: facts.archive.writtenAt?.toISOString() ?? null,
      ageDays: archiveAgeDays(facts, now),
    },
    items: result.items.map((i) => checkedItem(i, documentName)),
    counts: result.counts,
  };
}

function checkedItem(i: ArchiveItem, documentName: (id: number | null) => string | undefined): CheckedItem {
  const out: CheckedItem = { id: i.id, path: i.path, status: i.status, differences: i.differences };
  if (i.reason) out.reason = i.reason;
  if (i.detail !== undefined) out.detail = i.detail;
  if (i.status === 'portal_only' && i.evidence)
    out.found = evidenceText(i.evidence, i.path[i.path.length - 1] ?? '', documentName);
  return out;
}

/** Manual drift: what the archive shows missing, different, or set up beyond the spec. */
export function manualDrift(check: ManualCheck | undefined): number {
  return check ? check.counts.differs + check.counts.portal_only : 0;
}

/** Verdicts by the id of the manual change they judge. */
export function verdictsById(check: ManualCheck | undefined): ReadonlyMap<string, CheckedItem> {
  return new Map((check?.items ?? []).map((i) => [i.id, i]));
}
