import type { ChalkInstance } from 'chalk';
import type { Lang } from '../../core/i18n.js';
import type { AuditReport } from './types.js';
import type { OutputFormat } from '../format.js';
import { formatAuditHtml } from './html.js';
import { formatAuditJson } from './json.js';
import { formatAuditJunit } from './junit.js';
import { formatAuditMarkdown } from './markdown.js';
import { formatAuditPretty } from './pretty.js';
import { formatAuditSarif } from './sarif.js';

export interface AuditOutputOptions {
  lang: Lang;
  chalk: ChalkInstance;
  cwd: string;
  /** --quiet: the pretty report keeps the score and the standards that need action. */
  quiet?: boolean;
}

/** Every format of the audit report from the same data (ESLint-style pure formatters). */
export function formatAudit(format: OutputFormat, report: AuditReport, o: AuditOutputOptions): string {
  switch (format) {
    case 'pretty':
      return formatAuditPretty(report, o);
    case 'json':
      return formatAuditJson(report);
    case 'markdown':
      return formatAuditMarkdown(report, o.lang);
    case 'junit':
      return formatAuditJunit(report, o.lang);
    case 'sarif':
      return formatAuditSarif(report, o);
    case 'html':
      return formatAuditHtml(report, o.lang);
  }
}
