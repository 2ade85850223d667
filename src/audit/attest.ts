import { errorOf } from '../core/errors.js';
import { appendEntry, dayOf, isIsoDate } from '../standards/attestations.js';
import { findStandard } from '../standards/registry.js';
import type { Standard } from '../standards/types.js';
import { ATTEST_ERRORS } from './messages.js';

export interface AttestRequest {
  id: string;
  by?: string;
  note?: string;
  evidence?: string;
  expires?: string;
  /** A dated waiver instead of an attestation. */
  suppress: boolean;
  reason?: string;
  /** The folder whose `.b24cfg/attestations.yaml` gets the entry. */
  dir: string;
  cwd: string;
  now: Date;
}

export interface Attested {
  standard: Standard;
  list: 'attestations' | 'suppressions';
  entry: Record<string, string>;
  /** The attestations file written. */
  path: string;
}

function checkDate(value: string | undefined, today: string, required: boolean): string | undefined {
  if (value === undefined) {
    if (required) throw errorOf(ATTEST_ERRORS, 'suppressionNeedsExpiry');
    return undefined;
  }
  if (!isIsoDate(value)) throw errorOf(ATTEST_ERRORS, 'notADate', { data: { value } });
  if (value < today) throw errorOf(ATTEST_ERRORS, 'pastDate', { data: { value } });
  return value;
}

/**
 * `attest`: a person confirms a standard no API can check (with who, what, and optionally evidence
 * and an end date); or, with `suppress`, a waiver that needs a reason and an end date. Both are
 * appended to .b24cfg/attestations.yaml, which the audit reads.
 */
export async function attest(r: AttestRequest): Promise<Attested> {
  const std = findStandard(r.id);
  if (!std) throw errorOf(ATTEST_ERRORS, 'STANDARD_UNKNOWN', { data: { id: r.id } });
  const today = dayOf(r.now);
  const by = r.by?.trim();
  let entry: Record<string, string>;
  let list: Attested['list'];
  if (r.suppress) {
    const reason = r.reason?.trim() ?? '';
    if (reason.length < 3) throw errorOf(ATTEST_ERRORS, 'suppressionNeedsReason');
    entry = { standard: std.meta.id, reason, expires: checkDate(r.expires, today, true) as string };
    if (by) entry.by = by;
    list = 'suppressions';
  } else {
    if (!std.meta.classes.includes('M'))
      throw errorOf(ATTEST_ERRORS, 'NOT_MANUAL', { data: { id: std.meta.id } });
    const note = r.note?.trim();
    if (!by || !note) throw errorOf(ATTEST_ERRORS, 'attestationNeedsWho');
    entry = { standard: std.meta.id, by, at: today, note };
    if (r.evidence?.trim()) entry.evidence = r.evidence.trim();
    const expires = checkDate(r.expires, today, false);
    if (expires) entry.expires = expires;
    list = 'attestations';
  }
  const path = await appendEntry(r.dir, r.cwd, list, entry);
  return { standard: std, list, entry, path };
}
