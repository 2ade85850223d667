import { expect, it } from 'vitest';
import {
  AUDIT_DATA_VERSION,
  type AuditData,
  type DealRow,
  type TaskRow,
} from '../../src/standards/audit-data.js';
import type { Attestation } from '../../src/standards/attestations.js';
import { combineFindings } from '../../src/standards/score.js';
import type { AuditContext, Finding, Part, Standard, Status } from '../../src/standards/types.js';
import type { Spec } from '../../src/spec/spec.generated.js';

export const NOW = new Date('2026-01-15T09:00:00.000Z');
export const DAY = 86_400_000;

export function iso(msAgo: number): string {
  return new Date(NOW.getTime() - msAgo).toISOString();
}

export function ctx(partial: Partial<AuditContext> = {}): AuditContext {
  return { attestations: [], suppressions: [], now: NOW, thresholds: {}, windowDays: 30, ...partial };
}

export function spec(partial: Partial<Spec> = {}): Spec {
  return { version: 1, ...partial };
}

export function data(partial: Partial<AuditData> = {}): AuditData {
  return {
    version: AUDIT_DATA_VERSION,
    now: NOW.toISOString(),
    since: {},
    counts: {},
    unsupervisedDeals: {},
    npsField: null,
    repeatPipelines: [],
    openDeals: [],
    openActivities: [],
    tasks: [],
    wonDeals: [],
    lostDeals: [],
    repeatDeals: [],
    calls: [],
    recentDeals: [],
    emailDeals: [],
    errors: {},
    stats: {
      httpRequests: 0,
      restCalls: 0,
      configRequests: 0,
      rows: 0,
      pages: 0,
      counts: 0,
      floorRequests: 0,
    },
    ...partial,
  };
}

export function deal(id: number, patch: Partial<DealRow> = {}): DealRow {
  return {
    id,
    category: 0,
    stage: 'NEW',
    assigned: 1,
    contact: null,
    created: iso(10 * DAY),
    entered: iso(10 * DAY),
    closed: null,
    nps: false,
    ...patch,
  };
}

export function task(id: number, patch: Partial<TaskRow> = {}): TaskRow {
  return {
    id,
    title: 'Задача',
    status: 2,
    deadline: iso(-DAY),
    responsible: 1,
    created: iso(DAY),
    deals: [],
    ...patch,
  };
}

export function attested(standard: string, patch: Partial<Attestation> = {}): Attestation {
  return { standard, by: 'Auditor', at: '2026-01-10', note: 'checked on the portal', ...patch };
}

export interface Expect {
  part: Part;
  status: Status;
  messageId?: string;
  ratio?: number;
  scored?: boolean;
}

export interface Case {
  name: string;
  ctx: () => AuditContext;
  /** Findings that must be there (others may be too). */
  has: Expect[];
  /** The standard's combined status. */
  status?: Status;
  /** Parts that must not appear. */
  without?: Part[];
}

/** Every finding names a declared message, and its text has no placeholder left unfilled. */
export function wellFormed(std: Standard, findings: readonly Finding[]): void {
  for (const f of findings) {
    expect(Object.keys(std.meta.messages), `${std.meta.id} ${f.messageId}`).toContain(f.messageId);
    expect(f.message.ru, f.message.ru).not.toMatch(/\{\w+\}/);
    expect(f.message.en, f.message.en).not.toMatch(/\{\w+\}/);
    if (f.status === 'partial') expect(f.ratio).toBeGreaterThan(0);
    if (f.status === 'partial') expect(f.ratio).toBeLessThan(1);
    for (const g of f.evidence.samples ?? []) {
      expect(g.items.length).toBeLessThanOrEqual(10);
      expect(g.total).toBeGreaterThanOrEqual(g.items.length);
    }
  }
}

/** RuleTester-style table: one `it` per case. */
export function table(std: Standard, cases: Case[]): void {
  for (const c of cases) {
    it(c.name, () => {
      const findings = std.check(c.ctx());
      wellFormed(std, findings);
      for (const e of c.has) {
        const match = findings.find(
          (f) =>
            f.part === e.part &&
            f.status === e.status &&
            (e.messageId === undefined || f.messageId === e.messageId) &&
            (e.scored === undefined || f.scored === e.scored),
        );
        expect(
          match,
          `${e.part}/${e.status}/${e.messageId ?? '*'} in ${JSON.stringify(findings.map((f) => [f.part, f.status, f.messageId, f.ratio]))}`,
        ).toBeDefined();
        if (e.ratio !== undefined) expect(match?.ratio).toBeCloseTo(e.ratio, 3);
      }
      for (const p of c.without ?? []) expect(findings.some((f) => f.part === p)).toBe(false);
      if (c.status) expect(combineFindings(findings).status).toBe(c.status);
    });
  }
}

export function find(findings: readonly Finding[], part: Part): Finding {
  const f = findings.find((x) => x.part === part);
  if (!f) throw new Error(`no ${part} finding`);
  return f;
}
