#!/usr/bin/env node
// The reliability suite at full size (issue 9): `npm run test:faults` runs the seeded fault suite with
// 200 runs at 10 % faults and 100 at 35 %; `npm run test:faults -- --fuzz 10000` adds the spec fuzzing
// at 10 000 cases and the portal-answer fuzzing at a tenth of that. Every time it also kills the real
// binary with SIGKILL in the middle of 40 applies and resumes them (`--kills N`). It prints the
// measured figures (runs, faults by kind, rounds to converge, kill runs, fuzz cases, time and heap)
// that RELIABILITY.md quotes.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '200' },
    heavy: { type: 'string', default: '100' },
    fuzz: { type: 'string', default: '0' },
    kills: { type: 'string', default: '40' },
    seed: { type: 'string' },
  },
});
const root = join(import.meta.dirname, '..');
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const reports = {
  faults: join(tmpdir(), 'b24cfg-fault-suite.json'),
  kills: join(tmpdir(), 'b24cfg-kill-runs.json'),
  fuzz: join(tmpdir(), 'b24cfg-fuzz-spec.json'),
  portal: join(tmpdir(), 'b24cfg-fuzz-portal.json'),
};
for (const file of Object.values(reports)) rmSync(file, { force: true });
const fuzz = Number(values.fuzz);
const files = ['test/reliability/fault-suite.test.ts', 'test/reliability/kill-runs.test.ts'];
if (fuzz > 0) files.push('test/reliability/fuzz-spec.test.ts', 'test/reliability/fuzz-portal.test.ts');
const args = [vitest, 'run', ...files];
const res = spawnSync(process.execPath, args, {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    FAULT_RUNS: values.runs,
    FAULT_HEAVY_RUNS: values.heavy,
    FAULT_REPORT: reports.faults,
    KILL_RUNS: values.kills,
    KILL_REPORT: reports.kills,
    FUZZ_RUNS: String(fuzz),
    FUZZ_PORTAL_RUNS: String(Math.max(20, Math.round(fuzz / 10))),
    FUZZ_REPORT: reports.fuzz,
    FUZZ_REPORT_PORTAL: reports.portal,
    ...(values.seed ? { FUZZ_SEED: values.seed } : {}),
  },
});
for (const [name, file] of Object.entries(reports)) {
  if (existsSync(file)) process.stdout.write(`\n${name} (${file}):\n${readFileSync(file, 'utf8')}`);
}
process.exitCode = res.status ?? 1;
