import { dataJson } from '../../core/data-text.js';
import type { AuditReport } from './types.js';

/**
 * The report as data (schema b24cfg-audit-report, version 1): every text in both languages, message ids
 * and their data for machines. Nothing in it depends on when it is printed, so the same snapshot always
 * gives the same bytes.
 */
export function formatAuditJson(report: AuditReport): string {
  return dataJson(report);
}
