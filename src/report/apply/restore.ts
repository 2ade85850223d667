import type { ChalkInstance } from 'chalk';
import { fmt, type Lang } from '../../core/i18n.js';
import { valueText } from '../plan/describe-change.js';
import { RESTORE_REPORT_MESSAGES as M } from './messages.js';
import type { RestoreGap } from './types.js';

/** How many differences are named one by one. */
const LISTED = 30;

/**
 * After a restore: "no changes" only when the portal's configuration equals the snapshot's, otherwise
 * every difference the restore could not undo (issue 15, item 11). `gaps` is undefined when the portal
 * was not read back, so nothing is known.
 */
export function formatRestoreGapsPretty(
  gaps: readonly RestoreGap[] | undefined,
  o: { lang: Lang; chalk: ChalkInstance },
): string {
  const c = o.chalk;
  if (gaps === undefined) return `${c.yellow(fmt(M.unknown, o.lang))}\n`;
  if (gaps.length === 0) return `${c.green(fmt(M.matches, o.lang))}\n`;
  const lines = [c.yellow(fmt(M.gapsHeading, o.lang, { n: gaps.length }))];
  for (const g of gaps.slice(0, LISTED)) {
    const text =
      g.kind === 'differs'
        ? fmt(M.differs, o.lang, {
            where: g.where,
            field: g.field ?? '',
            snapshot: valueText(g.snapshot),
            now: valueText(g.now),
          })
        : fmt(M[g.kind], o.lang, { where: g.where });
    lines.push(`  ${c.red('✗')} ${text}`);
  }
  if (gaps.length > LISTED) lines.push(c.dim(`  … +${gaps.length - LISTED}`));
  return `${lines.join('\n')}\n`;
}
