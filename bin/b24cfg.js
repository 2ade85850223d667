#!/usr/bin/env node
// Process plumbing only: everything else lives in dist/ (built by `npm ci` through the prepare script).
// dist/bundle/ is the same code bundled for a fast start; dist/cli/ is the plain tsc output.
import { existsSync } from 'node:fs';

const entry = existsSync(new URL('../dist/bundle/main.js', import.meta.url))
  ? '../dist/bundle/main.js'
  : '../dist/cli/main.js';
import(entry).then(
  (m) => m.main(),
  (err) => {
    process.stderr.write(
      'b24cfg: the compiled code is missing or broken (dist/). Run `npm ci` or `npm run build` first.\n' +
        `(${err && err.code ? err.code : err && err.message ? err.message : 'load error'})\n`,
    );
    process.exitCode = 70;
  },
);
