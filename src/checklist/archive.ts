import { LANGS, type Lang, type Text } from '../core/i18n.js';
import { verdictsById, type ManualCheck } from '../resources/manual-archive/check.js';
import { archiveAgeText, differenceText, notProvenText } from '../resources/manual-archive/words.js';
import type { ChecklistArchive, ChecklistItem } from './types.js';

/**
 * A checklist checked against the CRM settings archive (`--crm-settings`) lists only what is left to
 * do or cannot be proven: items the archive shows as done drop out, the others carry what it shows.
 */
function both(f: (lang: Lang) => string): Text {
  return Object.fromEntries(LANGS.map((l) => [l, f(l)])) as unknown as Text;
}

export interface ChecklistArchiveFilter {
  /** False for an item the archive shows exactly as the spec says. */
  keeps(id: string): boolean;
  /** What the archive shows for an item that stays. */
  noteOf(id: string): ChecklistItem['archive'];
  summary: ChecklistArchive;
}

export function archiveFilterOf(check: ManualCheck): ChecklistArchiveFilter {
  const byId = verdictsById(check);
  const a = check.archive;
  return {
    keeps: (id) => byId.get(id)?.status !== 'matches',
    noteOf: (id) => {
      const v = byId.get(id);
      if (!v || v.status === 'matches' || v.status === 'portal_only') return undefined;
      if (v.status === 'differs')
        return { status: 'differs', notes: v.differences.map((d) => both((l) => differenceText(d, l))) };
      return { status: v.status, notes: [both((l) => notProvenText(v, l))] };
    },
    summary: {
      file: a.file,
      age: both((l) => archiveAgeText(a.writtenAt, a.ageDays, l)),
      matched: check.counts.matches,
      portalOnly: check.items
        .filter((i) => i.status === 'portal_only')
        .map((i) => both((l) => `${i.path.join(' / ')}: ${i.found?.[l] ?? i.id}`)),
    },
  };
}
