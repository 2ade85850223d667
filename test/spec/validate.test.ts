import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateSpec, type Spec } from '../../src/spec/index.js';

const shaped = fc.record(
  {
    version: fc.jsonValue(),
    users: fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue())),
    directions: fc.oneof(
      fc.jsonValue(),
      fc.array(
        fc.record(
          {
            key: fc.jsonValue(),
            stages: fc.oneof(
              fc.jsonValue(),
              fc.array(
                fc.dictionary(fc.constantFrom('code', 'task', 'robots', 'fields', 'color'), fc.jsonValue()),
              ),
            ),
            won: fc.jsonValue(),
            lost: fc.oneof(
              fc.jsonValue(),
              fc.record({ reasons: fc.jsonValue(), supervisor_task: fc.jsonValue() }),
            ),
          },
          { requiredKeys: [] },
        ),
      ),
    ),
    fields: fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom('deal', 'lead', 'x'), fc.jsonValue())),
    open_lines: fc.jsonValue(),
    manage: fc.jsonValue(),
    lead_statuses: fc.jsonValue(),
    documents: fc.jsonValue(),
  },
  { requiredKeys: [] },
);

describe('validateSpec', () => {
  it('never throws, whatever the value: a bad spec is problems, not a crash', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), shaped), (value) => {
        const r = validateSpec(value as Spec);
        expect(Array.isArray(r.errors) && Array.isArray(r.warnings)).toBe(true);
      }),
      { numRuns: 400, seed: 24 },
    );
  });

  it('runs the semantic rules even when the schema fails, so one run reports everything', () => {
    const r = validateSpec({
      version: 1,
      directions: [{ key: 'b2b', name: 'B2B', stges: [], stages: [{ code: 'lower', name: 'x' }] }],
    } as unknown as Spec);
    expect(r.errors.map((p) => p.rule)).toEqual(['schema', 'stage-code-format']);
  });

  it('splits errors and warnings and locates nothing without a locator', () => {
    const r = validateSpec({
      version: 1,
      directions: [
        { key: 'b2b', name: 'B2B', stages: [{ code: 'X'.repeat(18), name: 'x', task: { title: 't' } }] },
      ],
    });
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((p) => p.messageId)).toEqual(['mayNotFit', 'noResponsible', 'noDeadline']);
    expect(r.warnings.every((p) => p.location === undefined)).toBe(true);
  });
});
