#!/usr/bin/env node
// `npm run bench [-- --quick]`: builds the CLI (dist/, what bin/b24cfg.js runs) and the bench itself
// (node_modules/.cache/b24cfg-bench/), then runs bench/main.ts. Type errors elsewhere in the tree are reported but do not
// stop the bench as long as the code was emitted.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
const node = process.execPath;

function step(title, args) {
  process.stderr.write(`▶ ${title}\n`);
  const r = spawnSync(node, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0)
    process.stderr.write(`  (${title}: exit ${r.status}; going on with what was emitted)\n`);
  return r.status === 0;
}

step('generate the spec validator', ['scripts/gen-spec-validator.mjs']);
step('build the CLI (tsc -p tsconfig.build.json)', [tsc, '-p', 'tsconfig.build.json']);
// bin/b24cfg.js runs the bundle: without this step the cold start would measure a stale one.
step('bundle the CLI (scripts/bundle.mjs)', ['scripts/bundle.mjs']);
step('build the bench (tsc -p bench/tsconfig.json)', [tsc, '-p', 'bench/tsconfig.json']);
const main = fileURLToPath(new URL('../node_modules/.cache/b24cfg-bench/bench/main.js', import.meta.url));
if (!existsSync(main) || !existsSync(fileURLToPath(new URL('../dist/cli/main.js', import.meta.url)))) {
  process.stderr.write('bench: the build produced no code; see the errors above\n');
  process.exitCode = 1;
} else {
  // The bench process holds the generated data portals (a million deals take ~2 GB of heap).
  const r = spawnSync(node, ['--max-old-space-size=12288', main, ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  });
  process.exitCode = r.status ?? 1;
}
