import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit/engine.js';
import { defineStandard, evidence } from '../../src/standards/define.js';
import { STANDARDS } from '../../src/standards/registry.js';
import type { SuppressionEntry } from '../../src/standards/attestations.js';
import { PortalBuilder } from '../helpers/portal-state.js';
import { attested, ctx, spec } from '../standards/tester.js';

const meta = (id: string, weight: 1 | 2 | 3) => ({
  id,
  slug: 'x',
  title: { ru: 'т', en: 't' },
  rationale: { ru: 'р', en: 'r' },
  how: { ru: 'к', en: 'h' },
  remediation: { ru: 'и', en: 'f' },
  category: 'structure' as const,
  weight,
  classes: ['A'] as const,
  thresholds: {},
  messages: { ok: { ru: 'ок', en: 'ok' }, bad: { ru: 'плохо', en: 'bad' } },
});
const passing = defineStandard(meta('SD-90', 3), (k) => [
  k.finding('config', 'pass', 'ok', {}, evidence([])),
]);
const failing = defineStandard(meta('SD-91', 1), (k) => [
  k.finding('config', 'fail', 'bad', {}, evidence([]), { specPointers: ['/directions/0'] }),
]);
const broken = defineStandard(meta('SD-92', 2), () => {
  throw new Error('boom');
});
const source = { kind: 'portal' as const, hash: 'h' };
const sup = (standard: string, expires: string): SuppressionEntry => ({
  standard,
  reason: 'later',
  expires,
  source: 'spec',
});

describe('the audit engine', () => {
  it('scores by weight and lists every standard', () => {
    const r = runAudit(ctx(), { source, cwd: '/', standards: [passing, failing] });
    expect(r.results.map((x) => [x.id, x.status, x.points])).toEqual([
      ['SD-90', 'pass', 1],
      ['SD-91', 'fail', 0],
    ]);
    expect(r.score.value).toBe(75);
    expect(r.pack).toBe('sales-dept@1');
  });

  it('a waiver in force leaves the standard out; an expired one does not', () => {
    const active = runAudit(ctx({ suppressions: [sup('SD-91', '2026-02-01')] }), {
      source,
      cwd: '/',
      standards: [passing, failing],
    });
    expect(active.score.value).toBe(100);
    expect(active.results[1]?.suppression).toMatchObject({ expired: false, reason: 'later' });
    const expired = runAudit(ctx({ suppressions: [sup('SD-91', '2026-01-01')] }), {
      source,
      cwd: '/',
      standards: [passing, failing],
    });
    expect(expired.score.value).toBe(75);
    expect(expired.suppressions).toEqual([{ ...sup('SD-91', '2026-01-01'), expired: true }]);
  });

  it('a check that throws becomes an error, left out of the score and listed', () => {
    const r = runAudit(ctx(), { source, cwd: '/', standards: [passing, broken] });
    expect(r.results[1]).toMatchObject({ id: 'SD-92', status: 'error' });
    expect(r.results[1]?.findings[0]?.message.en).toContain('boom');
    expect(r.score.value).toBe(100);
  });

  it('spec findings get file:line:col through locate', () => {
    const locate = (p: string) =>
      p === '/directions/0' ? { file: '/w/spec.yaml', line: 7, col: 3 } : undefined;
    const r = runAudit(ctx({ locate }), { source, cwd: '/w', standards: [failing] });
    expect(r.results[0]?.findings[0]?.locations).toEqual([
      { pointer: '/directions/0', file: 'spec.yaml', line: 7, col: 3 },
    ]);
  });

  it('attestations are listed with their expiry, sorted', () => {
    const r = runAudit(
      ctx({ attestations: [attested('SD-14', { expires: '2026-01-01' }), attested('SD-13')] }),
      { source, cwd: '/', standards: [passing] },
    );
    expect(r.attestations.map((a) => [a.standard, a.expired])).toEqual([
      ['SD-13', false],
      ['SD-14', true],
    ]);
  });

  it('runs the 33 standards of the pack on a fresh portal without an error', () => {
    const r = runAudit(ctx({ state: new PortalBuilder().build(), spec: spec({}) }), { source, cwd: '/' });
    expect(r.results).toHaveLength(STANDARDS.length);
    expect(r.results.filter((x) => x.status === 'error')).toEqual([]);
    expect(r.score.value).toBeLessThan(30);
  });
});
