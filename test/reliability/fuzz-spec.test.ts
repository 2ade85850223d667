import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/spec/index.js';
import type { SpecLoadResult } from '../../src/spec/types.js';
import { cli } from '../helpers/run-cli.js';
import { holds } from './helpers/fuzz-check.js';
import { hasStackTrace } from './helpers/harness.js';
import { anySpecBytes, attacks, binary, mutatedSpec, randomText, wrongTypes } from './helpers/yaml-fuzz.js';

/**
 * Issue 9, part 2: the spec loader and validator under random and hostile input. The promise
 * (RELIABILITY.md#the-promises-and-their-tests): any bad input gets a clear message naming where, never a
 * crash or a stack trace, in bounded time and memory. FUZZ_RUNS sets the number of cases (10 000 at full
 * size).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 800);
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
const MAX_MS_PER_CASE = 3000;
const MAX_HEAP_GROWTH_MB = 256;
/** A message quotes the bad value; a whole file quoted back is no longer a clear message. */
const MAX_MESSAGE = 600;

const dir = mkdtempSync(join(tmpdir(), 'b24cfg-fuzz-'));
const file = join(dir, 'spec.yaml');
const measured = { cases: 0, cliCases: 0, maxMs: 0, maxHeapGrowthMb: 0, maxBytes: 0, invalid: 0, valid: 0 };

/** What must hold for every load result, valid or not. */
function promises(r: SpecLoadResult): string[] {
  const out: string[] = [];
  const errors = r.problems.filter((p) => p.severity === 'error');
  if (r.ok !== (errors.length === 0)) out.push('ok disagrees with the errors');
  if (r.ok && r.spec === undefined) out.push('ok without a spec');
  for (const p of r.problems) {
    // A problem with the file as a whole (too large, not a file) names the file instead of a line.
    const wholeFile = p.rule === 'spec-file' && typeof p.data.file === 'string';
    if (p.severity === 'error' && !p.location && !wholeFile)
      out.push(`error without a location: ${p.rule}/${p.messageId} at ${p.path}`);
    if (p.location && (p.location.line < 1 || p.location.col < 1))
      out.push(`bad location ${JSON.stringify(p.location)}`);
    for (const lang of ['ru', 'en'] as const) {
      const m = p.message[lang];
      // A placeholder left in the text, or a value that printed as undefined / [object Object]; the
      // same characters inside a quoted value of the spec do not count.
      const quoted = JSON.stringify(p.data);
      const leftovers = [...m.matchAll(/\{[a-z_]+\}|undefined|\[object Object\]/g)].filter(
        ([w]) => !quoted.includes(w),
      );
      if (!m || leftovers.length > 0) out.push(`${lang} message not filled: ${m}`);
      else if (m.length > MAX_MESSAGE)
        out.push(`${p.rule}/${p.messageId}: ${lang} message of ${m.length} characters: ${m.slice(0, 120)}…`);
    }
  }
  return out;
}

async function loadCase(bytes: Uint8Array): Promise<SpecLoadResult> {
  writeFileSync(file, bytes);
  const heap = process.memoryUsage().heapUsed;
  const t = performance.now();
  const r = await loadSpec('spec.yaml', { env: {}, cwd: dir });
  const ms = performance.now() - t;
  const growth = (process.memoryUsage().heapUsed - heap) / 2 ** 20;
  measured.cases += 1;
  measured.maxMs = Math.max(measured.maxMs, ms);
  measured.maxHeapGrowthMb = Math.max(measured.maxHeapGrowthMb, growth);
  measured.maxBytes = Math.max(measured.maxBytes, bytes.length);
  if (r.ok) measured.valid += 1;
  else measured.invalid += 1;
  expect(ms, `a case of ${bytes.length} bytes took ${Math.round(ms)} ms`).toBeLessThan(MAX_MS_PER_CASE);
  expect(growth, `a case of ${bytes.length} bytes grew the heap by ${Math.round(growth)} MB`).toBeLessThan(
    MAX_HEAP_GROWTH_MB,
  );
  return r;
}

/** Node process warnings (a library's console noise on the user's stderr) seen while loading. */
const warnings: string[] = [];
const listen = (w: Error) => warnings.push(w.message);

describe('fuzz: loading and validating a spec never crashes and always says where', () => {
  beforeAll(() => {
    process.on('warning', listen);
  });
  afterAll(() => {
    process.off('warning', listen);
    const out = process.env.FUZZ_REPORT;
    if (out) writeFileSync(out, `${JSON.stringify({ seed: SEED, ...measured }, null, 2)}\n`);
  });

  it.each([
    ['valid specs mutated at random', mutatedSpec, 0.4],
    ['random text', randomText, 0.2],
    ['binary files', binary, 0.1],
    ['spec keys with values of any type', wrongTypes, 0.2],
    ['alias bombs, deep nesting, huge values, odd encodings', attacks, 0.1],
  ] as const)(
    '%s',
    async (_name, arb, share) => {
      await holds(
        fc.asyncProperty(arb, async (bytes) => {
          const broken = promises(await loadCase(bytes));
          if (broken.length > 0) throw new Error(broken.join('\n'));
        }),
        { numRuns: Math.max(20, Math.round(RUNS * share)), seed: SEED },
      );
    },
    600_000,
  );

  it('validate (every format, both languages) exits 0 or 1, says where, never prints a stack trace', async () => {
    await holds(
      fc.asyncProperty(
        anySpecBytes,
        fc.constantFrom('pretty', 'json', 'sarif'),
        fc.constantFrom('ru', 'en'),
        async (bytes, format, lang) => {
          writeFileSync(file, bytes);
          const r = await cli(['validate', 'spec.yaml', '--format', format, '--lang', lang], { cwd: dir });
          measured.cliCases += 1;
          expect([0, 1]).toContain(r.code);
          expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
          // Where: file:line:col in the spec or a base it extends, or the file when it cannot be read.
          if (r.code === 1 && format === 'pretty') expect(r.stdout).toMatch(/\S:\d+:\d+|spec\.yaml/);
          if (format !== 'pretty') expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
        },
      ),
      { numRuns: Math.max(20, Math.round(RUNS / 10)), seed: SEED + 1 },
    );
  }, 600_000);

  it('printed no Node process warning for any of the cases above', async () => {
    await new Promise((r) => setTimeout(r, 10));
    expect(measured.cases).toBeGreaterThan(0);
    expect([...new Set(warnings)]).toEqual([]);
  });
});
