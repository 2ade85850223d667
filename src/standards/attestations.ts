import { join, relative } from 'node:path';
import { isMap, isSeq, parseDocument, YAMLSeq, type Document } from 'yaml';
import { errorOf, type CliError } from '../core/errors.js';
import { readTextFileIfExists, writeTextFile } from '../core/files.js';
import { ATTESTATIONS_ERRORS } from './messages.js';

/**
 * `.b24cfg/attestations.yaml`: what a person confirmed for a standard no API can read (kube-bench
 * "manual" checks), and waivers with a reason and an end date (trivy `expired_at`). The file lives
 * next to the spec, or in the current folder when there is no spec, and is meant to be committed.
 */
export interface Attestation {
  standard: string;
  by: string;
  /** YYYY-MM-DD: when it was attested. */
  at: string;
  note: string;
  evidence?: string;
  /** YYYY-MM-DD, inclusive; absent = does not expire. */
  expires?: string;
}

export interface SuppressionEntry {
  standard: string;
  reason: string;
  /** YYYY-MM-DD, inclusive. */
  expires: string;
  by?: string;
  source: 'spec' | 'attestations';
  /** JSON pointer into the spec for suppressions written there. */
  pointer?: string;
}

export interface AttestationsFile {
  path: string;
  attestations: Attestation[];
  suppressions: SuppressionEntry[];
}

export const ATTESTATIONS_FILE = join('.b24cfg', 'attestations.yaml');
const STANDARD_ID = /^SD-\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function attestationsPath(dir: string): string {
  return join(dir, ATTESTATIONS_FILE);
}

/** True when `date` (YYYY-MM-DD) is a real calendar day. */
export function isIsoDate(date: string): boolean {
  if (!DATE.test(date)) return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

/** The UTC calendar day of a moment, YYYY-MM-DD. */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Valid through the expiry day itself. */
export function isExpired(expires: string | undefined, now: Date): boolean {
  return expires !== undefined && expires < dayOf(now);
}

function bad(path: string, cwd: string, why: string, where?: string): CliError {
  const shown = relative(cwd, path) || path;
  return errorOf(ATTESTATIONS_ERRORS, 'ATTESTATIONS_INVALID', {
    where: where ? `${shown} ▸ ${where}` : shown,
    data: { why },
  });
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim();
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') return String(v);
  return undefined;
}

function entries(doc: Document, key: string): Array<Record<string, unknown>> {
  const node = doc.get(key);
  if (node === undefined || node === null) return [];
  if (!isSeq(node)) throw new Error(`"${key}" must be a list`);
  return node.items.map((item, i) => {
    if (!isMap(item)) throw new Error(`${key}[${i}] must be a mapping`);
    return item.toJSON() as Record<string, unknown>;
  });
}

/** Parses the file's text; every problem names the entry, so a hand edit is easy to fix. */
export function parseAttestations(source: string, path: string, cwd: string): AttestationsFile {
  const doc = parseDocument(source);
  if (doc.errors.length > 0) throw bad(path, cwd, doc.errors[0]?.message ?? 'not YAML');
  if (doc.contents !== null && !isMap(doc.contents)) throw bad(path, cwd, 'the file must be a mapping');
  let atts: Array<Record<string, unknown>>;
  let sups: Array<Record<string, unknown>>;
  try {
    atts = entries(doc, 'attestations');
    sups = entries(doc, 'suppressions');
  } catch (e) {
    throw bad(path, cwd, e instanceof Error ? e.message : String(e));
  }
  const attestations = atts.map((raw, i): Attestation => {
    const where = `attestations[${i}]`;
    const a = {
      standard: text(raw.standard) ?? '',
      by: text(raw.by) ?? '',
      at: text(raw.at) ?? '',
      note: text(raw.note) ?? '',
      evidence: text(raw.evidence),
      expires: text(raw.expires),
    };
    if (!STANDARD_ID.test(a.standard)) throw bad(path, cwd, `standard "${a.standard}" is not SD-NN`, where);
    if (a.by === '') throw bad(path, cwd, 'by is empty', where);
    if (!isIsoDate(a.at)) throw bad(path, cwd, `at "${a.at}" is not YYYY-MM-DD`, where);
    if (a.expires !== undefined && !isIsoDate(a.expires))
      throw bad(path, cwd, `expires "${a.expires}" is not YYYY-MM-DD`, where);
    return a;
  });
  const suppressions = sups.map((raw, i): SuppressionEntry => {
    const where = `suppressions[${i}]`;
    const s: SuppressionEntry = {
      standard: text(raw.standard) ?? '',
      reason: text(raw.reason) ?? '',
      expires: text(raw.expires) ?? '',
      by: text(raw.by),
      source: 'attestations',
    };
    if (!STANDARD_ID.test(s.standard)) throw bad(path, cwd, `standard "${s.standard}" is not SD-NN`, where);
    if (s.reason.length < 3) throw bad(path, cwd, 'a suppression needs a reason', where);
    if (!isIsoDate(s.expires)) throw bad(path, cwd, 'a suppression needs expires: YYYY-MM-DD', where);
    return s;
  });
  return { path, attestations, suppressions };
}

export async function loadAttestations(dir: string, cwd: string): Promise<AttestationsFile> {
  const path = attestationsPath(dir);
  const raw = await readTextFileIfExists(path);
  if (raw === undefined) return { path, attestations: [], suppressions: [] };
  return parseAttestations(raw, path, cwd);
}

const HEADER = `# b24cfg: confirmations for standards no API can read, and waivers with an end date.
# Written by \`b24cfg attest\`; read by \`b24cfg audit\`. Commit it with the spec.
`;

/** Appends one entry, keeping whatever else (comments, order) the file holds. */
export async function appendEntry(
  dir: string,
  cwd: string,
  list: 'attestations' | 'suppressions',
  entry: Record<string, string>,
): Promise<string> {
  const path = attestationsPath(dir);
  const raw = await readTextFileIfExists(path);
  if (raw !== undefined) parseAttestations(raw, path, cwd);
  let doc = parseDocument(raw ?? `${HEADER}version: 1\n`);
  if (!isMap(doc.contents)) doc = parseDocument(`${HEADER}version: 1\n`);
  let seq = doc.get(list);
  if (!isSeq(seq)) {
    seq = new YAMLSeq();
    doc.set(list, seq);
  }
  (seq as YAMLSeq).add(doc.createNode(entry));
  await writeTextFile(path, doc.toString({ lineWidth: 0 }));
  return path;
}
