import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  LARGE,
  LOCAL_50,
  MEDIUM,
  fieldEntity,
  generateSpec,
  generateSpecYaml,
  lossReasonsPer,
  stageCount,
  type ConfigSize,
} from '../../bench/sizes.js';
import { loadSpec } from '../../src/spec/index.js';

interface GenDirection {
  key: string;
  stages: unknown[];
  lost: { reasons: Array<{ code: string }> };
}

describe('generated specs', () => {
  it.each([
    ['medium', MEDIUM, 100],
    ['large', LARGE, 600],
    ['local (50 pipelines)', LOCAL_50, 600],
  ])(
    '%s has the size issue #8 names (%i stages) and validates without errors',
    async (_n, size: ConfigSize, stages) => {
      expect(stageCount(size)).toBe(stages);
      const spec = generateSpec(size);
      const directions = spec.directions as GenDirection[];
      expect(directions).toHaveLength(size.pipelines);
      expect(directions[0]?.key).toBe('default');
      // Each pipeline lists its process stages, WON, LOSE and its loss reasons.
      const listed = directions.reduce((n, d) => n + d.stages.length + 2 + d.lost.reasons.length, 0);
      expect(listed).toBe(stages);
      const fields = Object.values(spec.fields as Record<string, unknown[]>).reduce(
        (n, l) => n + l.length,
        0,
      );
      expect(fields).toBe(size.fields);
      expect(((spec.open_lines as unknown[] | undefined) ?? []).length).toBe(size.openLines);

      const dir = await mkdtemp(join(tmpdir(), 'bench-size-'));
      try {
        const file = join(dir, 'b24cfg.yaml');
        await writeFile(file, generateSpecYaml(size));
        const r = await loadSpec(file, { env: {}, cwd: dir });
        expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.message.en)).toEqual([]);
        expect(r.ok).toBe(true);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );

  it('keeps the YAML and the object the same spec', () => {
    expect(parse(generateSpecYaml(MEDIUM))).toEqual(generateSpec(MEDIUM));
  });

  it('manages the default pipeline APOLOGY stage, so WON can sort after any number of process stages', () => {
    const [first, second] = generateSpec(LARGE).directions as GenDirection[];
    expect(first?.lost.reasons[0]?.code).toBe('APOLOGY');
    expect(second?.lost.reasons[0]?.code).toBe('R01');
  });

  it.each([
    [8, 1],
    [10, 1],
    [15, 1],
    [16, 2],
    [24, 3],
  ])('%i stages per pipeline have %i loss reason(s)', (stages, reasons) => {
    expect(lossReasonsPer(stages)).toBe(reasons);
  });

  it('spreads fields: half on deals, then contacts, companies and leads', () => {
    const counts: Record<string, number> = {};
    for (let i = 0; i < 100; i++) counts[fieldEntity(i)] = (counts[fieldEntity(i)] ?? 0) + 1;
    expect(counts).toEqual({ deal: 50, contact: 20, company: 20, lead: 10 });
  });

  it('refuses a pipeline size with no room for a process stage', () => {
    expect(() => generateSpec({ ...MEDIUM, stagesPerPipeline: 3 })).toThrow(RangeError);
  });
});
