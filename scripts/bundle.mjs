// Bundles the compiled CLI (dist/) into one CommonJS file, dist/bundle/main.cjs, for a fast cold start
// (issue #8): bin/b24cfg.js runs it through dist/bundle/boot.cjs (src/boot/code-cache.ts), which lets V8
// reuse the code it compiled on the first run — on Node 20 that is possible only for a script run through
// `vm`, hence CommonJS and one file. Modules the CLI needs only sometimes (node:http/https, yaml, ora, each command's core)
// are still initialised only when first used: esbuild wraps lazily imported modules.
import { build } from 'esbuild';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/**
 * commander requires node:child_process when it loads, for executable subcommands (`git-style` separate
 * files) that b24cfg never uses; child_process pulls in net and costs ~4 ms of every start. Inside
 * commander it becomes a stand-in that loads the real module on first use.
 */
const lazyChildProcessInCommander = {
  name: 'lazy-child-process-in-commander',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'child_process', namespace: 'lazy-builtin' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents:
        "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};
await rm(join(root, 'dist/bundle'), { recursive: true, force: true });
await build({
  // main.cjs: the CLI; boot.cjs: the loader bin/b24cfg.js requires (CommonJS, so that Node starts without
  // its ES module loader). Without code splitting each is bundled on its own.
  entryPoints: {
    main: join(root, 'dist/cli/main.js'),
    boot: join(root, 'dist/boot/code-cache.js'),
  },
  outdir: join(root, 'dist/bundle'),
  outExtension: { '.js': '.cjs' },
  plugins: [lazyChildProcessInCommander],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // The proxy packages (src/portal/http-proxy.ts) are bundled and, like each command's core, initialised only
  // when first imported (BENCHMARKS.md#start-up-of-a-portal-command-issue-18). yaml is loaded only for what
  // the fast YAML path leaves to it; msw and playwright are only used by tests.
  external: ['yaml', 'msw', 'msw/*', 'playwright-core'],
  // `import()` of an external module would need a vm module loader: make it a lazy require() instead.
  supported: { 'dynamic-import': false },
  // The modules that find files next to themselves (package-root.ts) read import.meta.url.
  define: { 'import.meta.url': '__b24cfgModuleUrl' },
  banner: { js: "var __b24cfgModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'none',
  // Without comments and indentation the file is a quarter smaller: less to read and hash at each start.
  // Identifiers stay readable for B24CFG_DEBUG stack traces.
  minifyWhitespace: true,
  logLevel: 'warning',
});

// An ASCII-only file is read straight into a one-byte string (src/boot/code-cache.ts), ~4 ms faster than
// decoding UTF-8. esbuild escapes strings but leaves the Cyrillic of regular expressions (/повтор/i);
// \uXXXX means the same character there (and in strings and identifiers), so escape whatever is left.
const out = join(root, 'dist/bundle/main.cjs');
const text = await readFile(out, 'utf8');
await writeFile(
  out,
  text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
);
