import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Tests that run the real CLI in a child process (a killed apply, secret scans) call this first: they
 * need dist/ to match src/. `npm ci` builds it (prepare); during development this rebuilds it when src
 * is newer. Only those tests pay for it, so work in progress elsewhere never blocks the rest.
 */
function newest(dir: string): number {
  let max = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    max = Math.max(max, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return max;
}

export function ensureBuilt(): void {
  const root = join(import.meta.dirname, '..', '..');
  // bin/b24cfg.js runs the bundle: it is the last thing the build writes.
  const built = join(root, 'dist', 'bundle', 'main.cjs');
  if (existsSync(built) && statSync(built).mtimeMs >= newest(join(root, 'src'))) return;
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  run([join(root, 'scripts', 'gen-spec-validator.mjs')]);
  run([join(root, 'scripts', 'gen-plan-validator.mjs')]);
  run([join(root, 'scripts', 'gen-fleet-validator.mjs')]);
  run([tsc, '-p', 'tsconfig.build.json']);
  run([join(root, 'scripts', 'bundle.mjs')]);
}
