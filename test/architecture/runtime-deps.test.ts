import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

/**
 * Modules `src/` may load that an installed CLI does not have, with the one place allowed to: msw is
 * required lazily by the sandbox's request handlers, which only tests call (src/sandbox/msw.ts).
 */
const DEV_ONLY: Record<string, string> = { msw: 'src/sandbox/msw.ts' };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The package a specifier names: `@scope/name/x` → `@scope/name`, `ajv/dist/y.js` → `ajv`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** Bare specifiers a file loads at run time: `import … from`, `export … from`, `import()`, `require()`. */
function runtimeSpecifiers(text: string): string[] {
  const out: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\s+(?!type\b)[^'";]*?from\s+'([^'.][^']*)'/gm,
    /^\s*import\s+'([^'.][^']*)'/gm,
    /\bimport\(\s*'([^'.][^']*)'\s*\)/g,
    /\brequire\(\s*'([^'.][^']*)'\s*\)/g,
  ];
  for (const re of patterns) for (const m of text.matchAll(re)) if (m[1]) out.push(m[1]);
  return out;
}

describe('runtime dependencies', () => {
  it('every package src/ loads at run time is a production dependency (the SDK left for devDependencies, issue 18)', () => {
    const builtins = new Set(builtinModules);
    const wrong: string[] = [];
    for (const file of sourceFiles(join(root, 'src'))) {
      const where = relative(root, file).split('\\').join('/');
      for (const spec of runtimeSpecifiers(readFileSync(file, 'utf8'))) {
        if (spec.startsWith('node:') || builtins.has(spec)) continue;
        const name = packageOf(spec);
        if (name in pkg.dependencies) continue;
        if (DEV_ONLY[name] === where) continue;
        wrong.push(`${where}: ${spec}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the scan sees what it must: a value import, a lazy import and a require, but not a type import', () => {
    const text = [
      "import { a } from 'chalk';",
      "import type { B } from 'msw';",
      "const m = await import('proxy-from-env');",
      "const s = require('@bitrix24/b24jssdk/x');",
      "import { c } from './local.js';",
    ].join('\n');
    expect(runtimeSpecifiers(text).map(packageOf)).toEqual(['chalk', 'proxy-from-env', '@bitrix24/b24jssdk']);
  });
});
