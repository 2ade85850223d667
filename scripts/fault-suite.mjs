#!/usr/bin/env node
// The fault suite at full size (issue 9): `npm run test:faults [-- --runs N --heavy N --report FILE]`.
// Runs test/reliability/fault-suite.test.ts through vitest with the sizes in the environment, then prints
// the measured figures (runs, faults by kind, rounds to converge) that RELIABILITY.md quotes.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '200' },
    heavy: { type: 'string', default: '100' },
    report: { type: 'string', default: join(tmpdir(), 'b24cfg-fault-suite.json') },
  },
});
const root = join(import.meta.dirname, '..');
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const res = spawnSync(process.execPath, [vitest, 'run', 'test/reliability/fault-suite.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    FAULT_RUNS: values.runs,
    FAULT_HEAVY_RUNS: values.heavy,
    FAULT_REPORT: values.report,
  },
});
if (existsSync(values.report)) {
  process.stdout.write(`\nMeasured (${values.report}):\n${readFileSync(values.report, 'utf8')}`);
}
process.exitCode = res.status ?? 1;
