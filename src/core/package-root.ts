import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The folder of b24cfg's own package.json: found by walking up from this module, so it is right from
 * src/ (tests), dist/ (tsc output) and dist/bundle/ (the bundled CLI) alike.
 */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'b24cfg')
          return (cached = dir);
      } catch {
        // a package.json that does not parse is not ours; keep walking up
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('b24cfg: cannot find its own package.json');
    dir = up;
  }
}
