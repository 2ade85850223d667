#!/usr/bin/env node
'use strict';
// Process plumbing only: everything else lives in dist/ (built by `npm ci` through the prepare script).
// dist/bundle/main.cjs is the CLI bundled into one file and started with V8's code cache by
// dist/bundle/boot.cjs (src/boot/code-cache.ts); dist/cli/ is the plain tsc output, used when there is
// no bundle. This file is CommonJS (bin/package.json): Node then starts without its ES module loader.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const dist = join(__dirname, '..', 'dist');

function load() {
  const boot = join(dist, 'bundle', 'boot.cjs');
  const bundle = join(dist, 'bundle', 'main.cjs');
  if (!existsSync(boot) || !existsSync(bundle)) return import('../dist/cli/main.js');
  const { codeCacheDir, commandWord, loadBundle } = require(boot);
  const loaded = loadBundle(bundle, codeCacheDir(process.env), commandWord(process.argv[2]));
  process.once('exit', loaded.save);
  return Promise.resolve(loaded.exports);
}

function broken(err) {
  process.stderr.write(
    'b24cfg: the compiled code is missing or broken (dist/). Run `npm ci` or `npm run build` first.\n' +
      `(${err && err.code ? err.code : err && err.message ? err.message : 'load error'})\n`,
  );
  process.exitCode = 70;
}

try {
  load().then((m) => m.main(), broken);
} catch (err) {
  broken(err);
}
