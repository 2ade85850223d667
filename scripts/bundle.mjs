// Bundles the compiled CLI (dist/) into dist/bundle/ for a fast cold start: Node's ESM loader pays
// per module, and one entry plus lazily loaded chunks (one per command core) cost far less than
// ~300 small files. Heavy optional modules stay external and load only when used.
import { build } from 'esbuild';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
// Chunk names change with their content: start from an empty folder so no stale chunk stays behind.
await rm(join(root, 'dist/bundle'), { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'dist/cli/main.js')],
  outdir: join(root, 'dist/bundle'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The SDK, msw and playwright are loaded lazily (or only in tests) and stay in node_modules.
  external: ['@bitrix24/b24jssdk', 'msw', 'msw/*', 'playwright-core'],
  // Bundled CommonJS dependencies (commander) call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __b24cfgRequire } from 'node:module'; const require = __b24cfgRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
});
await writeFile(join(root, 'dist/bundle/package.json'), '{ "type": "module" }\n');
