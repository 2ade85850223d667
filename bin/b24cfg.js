#!/usr/bin/env node
// Process plumbing only: everything else lives in dist/ (built by `npm ci` through the prepare script).
// dist/bundle/main.cjs is the CLI bundled into one file and started with V8's code cache
// (dist/boot/code-cache.js); dist/cli/ is the plain tsc output, used when there is no bundle.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/bundle/main.cjs', import.meta.url));

async function load() {
  if (!existsSync(bundle)) return import('../dist/cli/main.js');
  const { codeCacheDir, loadBundle } = await import('../dist/boot/code-cache.js');
  const loaded = loadBundle(bundle, codeCacheDir(process.env));
  process.once('exit', loaded.save);
  return loaded.exports;
}

load().then(
  (m) => m.main(),
  (err) => {
    process.stderr.write(
      'b24cfg: the compiled code is missing or broken (dist/). Run `npm ci` or `npm run build` first.\n' +
        `(${err && err.code ? err.code : err && err.message ? err.message : 'load error'})\n`,
    );
    process.exitCode = 70;
  },
);
