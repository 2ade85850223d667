import type { ChalkInstance } from 'chalk';
import type { Lang } from '../../core/i18n.js';
import type { OutputFormat } from '../format.js';
import { formatFleetHtml } from './html.js';
import { formatFleetJson } from './json.js';
import { formatFleetJunit } from './junit.js';
import { formatFleetMarkdown } from './markdown.js';
import { formatFleetPretty } from './pretty.js';
import { plainResult } from './common.js';
import type { FleetResult, ReportHref } from './types.js';

export const FLEET_FORMATS = [
  'pretty',
  'json',
  'markdown',
  'junit',
  'html',
] as const satisfies readonly OutputFormat[];
export type FleetFormat = (typeof FLEET_FORMATS)[number];

export interface FleetOutputOptions {
  lang: Lang;
  chalk: ChalkInstance;
  /** Links to the portals' full reports, seen from where the output is written. */
  href?: ReportHref;
}

/** Every format of a fleet result from the same data (pure formatters, like the audit's). */
export function formatFleet(format: FleetFormat, result: FleetResult, o: FleetOutputOptions): string {
  // JSON escapes control characters itself; the other formats can reach a terminal as they are.
  const r = format === 'json' ? result : plainResult(result);
  switch (format) {
    case 'pretty':
      return formatFleetPretty(r, o);
    case 'json':
      return formatFleetJson(r);
    case 'markdown':
      return formatFleetMarkdown(r, o.lang, o.href);
    case 'junit':
      return formatFleetJunit(r, o.lang);
    case 'html':
      return formatFleetHtml(r, o.lang, o.href);
  }
}
