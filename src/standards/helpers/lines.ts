import { tryParseDuration } from '../../spec/duration.js';
import type { PortalOpenLine } from '../../resources/open-lines/read.js';
import type { OpenLine } from '../../spec/spec.generated.js';
import type { AuditContext } from '../types.js';

export interface LineMatch {
  line: OpenLine;
  pointer: string;
  portal?: PortalOpenLine;
}

/**
 * Open lines have no writable stable key (docs/bitrix24/open-lines.md#natural-key): the state-file binding,
 * the name, then renamed_from.
 */
export function matchLines(ctx: AuditContext): LineMatch[] {
  const portal = ctx.state?.openLines ?? [];
  return (ctx.spec?.open_lines ?? []).map((line, i) => {
    const names = [line.name, ...(line.renamed_from ?? [])];
    const bound = ctx.binding?.openLines[line.name];
    const p =
      (bound
        ? portal.find((x) => x.id === bound.id && [...names, bound.lastName].includes(x.name))
        : undefined) ??
      portal.find((x) => x.name === line.name) ??
      portal.find((x) => names.includes(x.name));
    return { line, pointer: `/open_lines/${i}`, portal: p };
  });
}

/** The spec's KPI in seconds (durations like 15m), with alert on unless switched off. */
export function specKpi(line: OpenLine): { first?: number; further?: number; alert: boolean } {
  return {
    first: line.kpi?.first_answer === undefined ? undefined : tryParseDuration(line.kpi.first_answer),
    further: line.kpi?.further_answer === undefined ? undefined : tryParseDuration(line.kpi.further_answer),
    alert: line.kpi?.alert === true,
  };
}
