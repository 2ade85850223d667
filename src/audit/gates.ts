import { CliError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import type { Text } from '../core/i18n.js';
import { findStandard } from '../standards/registry.js';
import type { AuditReport } from '../report/audit/types.js';

export interface Gates {
  minScore?: number;
  failOn: string[];
}

function usage(ru: string, en: string, data: Record<string, string>): CliError {
  return new CliError({
    code: 'USAGE',
    exit: EXIT.findings,
    message: { ru, en },
    hint: {
      ru: 'Пример: --min-score 80 --fail-on SD-04,SD-11.',
      en: 'Example: --min-score 80 --fail-on SD-04,SD-11.',
    },
    data,
  });
}

/** `--min-score N` (0–100) and `--fail-on SD-04,SD-11` (ids of the pack), checked before anything is read. */
export function parseGates(minScore: string | undefined, failOn: string | undefined): Gates {
  const gates: Gates = { failOn: [] };
  if (minScore !== undefined) {
    const n = Number(minScore);
    if (minScore.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) {
      throw usage('недопустимое значение --min-score: {value}', 'invalid --min-score value: {value}', {
        value: minScore,
      });
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
      throw usage('в --fail-on нет таких стандартов: {ids}', '--fail-on names unknown standards: {ids}', {
        ids: unknown.join(', ') || failOn,
      });
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
    reasons.push({
      ru: `оценка ${report.score.value} ниже порога --min-score ${gates.minScore}`,
      en: `the score ${report.score.value} is below --min-score ${gates.minScore}`,
    });
  }
  for (const id of gates.failOn) {
    const r = report.results.find((x) => x.id === id);
    if (!r) continue;
    const waived = r.suppression !== undefined && !r.suppression.expired;
    if (waived || r.status === 'pass' || r.status === 'manual-attested') continue;
    reasons.push({
      ru: `${id} (--fail-on): статус ${r.status}`,
      en: `${id} (--fail-on): status ${r.status}`,
    });
  }
  return reasons;
}
