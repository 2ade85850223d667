#!/usr/bin/env node
// Process plumbing only: everything else lives in dist/ (built by `npm ci` through the prepare script).
import('../dist/cli/main.js').then(
  (m) => m.main(),
  (err) => {
    process.stderr.write(
      'b24cfg: the compiled code is missing (dist/). Run `npm ci` or `npm run build` first.\n' +
        `(${err && err.code ? err.code : 'load error'})\n`,
    );
    process.exitCode = 70;
  },
);
