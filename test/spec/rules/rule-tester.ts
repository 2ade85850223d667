import { describe, expect, it } from 'vitest';
import { makeProblem } from '../../../src/spec/problem.js';
import { buildSpecIndex } from '../../../src/spec/rules/spec-index.js';
import type { SpecRule } from '../../../src/spec/rules/types.js';
import type { Spec } from '../../../src/spec/spec.generated.js';
import type { Severity, SpecProblem } from '../../../src/spec/types.js';

export interface ExpectedReport {
  messageId: string;
  path: string;
  severity?: Severity;
  data?: Record<string, unknown>;
}

export interface RuleCases {
  valid: { name: string; spec: Spec }[];
  invalid: { name: string; spec: Spec; reports: ExpectedReport[] }[];
}

/** Runs one rule on a spec and returns its problems (ESLint RuleTester style: the rule alone). */
export function runRule(rule: SpecRule, spec: Spec): SpecProblem[] {
  const out: SpecProblem[] = [];
  rule.check({ spec, index: buildSpecIndex(spec), report: (r) => out.push(makeProblem(rule.meta, r)) });
  return out;
}

/** Table test of a rule: valid specs report nothing, invalid specs report exactly the expected problems. */
export function ruleTester(rule: SpecRule, cases: RuleCases): void {
  describe(rule.meta.id, () => {
    it.each(cases.valid)('valid: $name', ({ spec }) => {
      expect(runRule(rule, spec)).toEqual([]);
    });
    it.each(cases.invalid)('invalid: $name', ({ spec, reports }) => {
      const got = runRule(rule, spec);
      expect(got.map((p) => ({ messageId: p.messageId, path: p.path }))).toEqual(
        reports.map((r) => ({ messageId: r.messageId, path: r.path })),
      );
      reports.forEach((r, i) => {
        const p = got[i]!;
        expect(p.severity).toBe(r.severity ?? rule.meta.severity);
        if (r.data) expect(p.data).toMatchObject(r.data);
        // Every message is filled in both languages: no placeholder is left unfilled.
        expect(p.message.ru).not.toMatch(/\{[a-z_]+\}/i);
        expect(p.message.en).not.toMatch(/\{[a-z_]+\}/i);
      });
    });
  });
}

/** A small valid spec to start each case from. */
export function baseSpec(extra: Partial<Spec> = {}): Spec {
  return {
    version: 1,
    users: { head_of_sales: { email: 'head@example.com' }, manager_1: { email: 'm1@example.com' } },
    directions: [
      {
        key: 'default',
        name: 'Продажи',
        stages: [
          { code: 'NEW', name: 'Новая' },
          { code: 'OFFER', name: 'Предложение' },
        ],
        won: { name: 'Успех' },
        lost: { reasons: [{ code: 'EXPENSIVE', name: 'Дорого' }] },
      },
    ],
    ...extra,
  };
}
