import { errorOf } from '../core/errors.js';
import { fill, fillTexts, type Text } from '../core/i18n.js';
import { findStandard } from '../standards/registry.js';
import { STATUS_TEXT } from '../report/audit/messages.js';
import type { AuditReport } from '../report/audit/types.js';
import { GATE_ERRORS, GATE_MESSAGES } from './messages.js';

export interface Gates {
  minScore?: number;
  failOn: string[];
}

/** `--min-score N` (0–100) and `--fail-on SD-04,SD-11` (ids of the pack), checked before anything is read. */
export function parseGates(minScore: string | undefined, failOn: string | undefined): Gates {
  const gates: Gates = { failOn: [] };
  if (minScore !== undefined) {
    const n = Number(minScore);
    if (minScore.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) {
      throw errorOf(GATE_ERRORS, 'badMinScore', { data: { value: minScore } });
    }
    gates.minScore = n;
  }
  if (failOn !== undefined) {
    const ids = failOn
      .split(',')
      .map((s) => s.trim().toUpperCase())
      .filter((s) => s !== '');
    const unknown = ids.filter((id) => !findStandard(id));
    if (ids.length === 0 || unknown.length > 0) {
      throw errorOf(GATE_ERRORS, 'unknownFailOn', { data: { ids: unknown.join(', ') || failOn } });
    }
    gates.failOn = [...new Set(ids)].sort();
  }
  return gates;
}

/**
 * Exit 3 when the score is below --min-score, or when a standard named in --fail-on is neither passed
 * nor attested. A waiver in force (suppression) keeps a standard from failing the gate.
 */
export function evaluateGates(report: AuditReport, gates: Gates): Text[] {
  const reasons: Text[] = [];
  if (gates.minScore !== undefined && report.score.value < gates.minScore) {
    reasons.push(fill(GATE_MESSAGES.belowMinScore, { score: report.score.value, min: gates.minScore }));
  }
  for (const id of gates.failOn) {
    const r = report.results.find((x) => x.id === id);
    if (!r) continue;
    const waived = r.suppression !== undefined && !r.suppression.expired;
    if (waived || r.status === 'pass' || r.status === 'manual-attested') continue;
    reasons.push(
      fillTexts(GATE_MESSAGES.failOnStatus, { id: { ru: id, en: id }, status: STATUS_TEXT[r.status] }),
    );
  }
  return reasons;
}
