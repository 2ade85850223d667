import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { codeCacheDir, commandWord, loadBundle } from '../../src/boot/code-cache.js';
import { ensureBuilt } from '../helpers/ensure-built.js';

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'b24cfg-boot-'));
  made.push(d);
  return d;
}

/** A small CommonJS "bundle" that uses everything a module wrapper gives. */
function writeBundle(dir: string, extra = ''): string {
  const file = join(dir, 'main.cjs');
  writeFileSync(
    file,
    [
      "const { sep } = require('node:path');",
      'exports.where = () => [__filename, __dirname, sep];',
      'exports.main = async () => 42;',
      'function unusedUntilCalled(n) { return n * 2; }',
      'exports.twice = unusedUntilCalled;',
      extra,
    ].join('\n'),
  );
  return file;
}

const cacheFiles = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.v8cache'));

describe('the word a run is cached under', () => {
  it.each([
    ['validate', 'validate'],
    ['sandbox', 'sandbox'],
    ['--version', '-'],
    ['-h', '-'],
    [undefined, '-'],
    ['../etc', '-'],
    ['Validate', '-'],
    ['abcdefghijklmnop', '-'],
  ] as const)('%s → %s', (arg, word) => {
    expect(commandWord(arg)).toBe(word);
  });
});

describe('the code cache folder', () => {
  it.each([
    ['B24CFG_CACHE_DIR wins', { B24CFG_CACHE_DIR: '/x/c', XDG_CACHE_HOME: '/y' }, 'linux', '/x/c'],
    ['XDG_CACHE_HOME on Linux', { XDG_CACHE_HOME: '/y' }, 'linux', '/y/b24cfg'],
    ['~/.cache by default', {}, 'darwin', '/home/u/.cache/b24cfg'],
    ['LOCALAPPDATA on Windows', { LOCALAPPDATA: 'C:\\L' }, 'win32', join('C:\\L', 'b24cfg', 'cache')],
    [
      'off with NODE_DISABLE_COMPILE_CACHE',
      { NODE_DISABLE_COMPILE_CACHE: '1', B24CFG_CACHE_DIR: '/x' },
      'linux',
      undefined,
    ],
  ] as const)('%s', (_name, env, platform, want) => {
    expect(codeCacheDir(env, platform, () => '/home/u')).toBe(want);
  });

  it('runs without a cache when there is no home folder', () => {
    expect(
      codeCacheDir({}, 'linux', () => {
        throw new Error('no home');
      }),
    ).toBeUndefined();
  });
});

/**
 * Loads `file` with the cache in `cache` in a fresh Node process (V8 also keeps compiled scripts in
 * memory, so a second load in this process would not read the cache file at all) and saves the cache.
 */
function loadInChild(
  file: string,
  cache: string,
  command = 'validate',
): { state: string; main: number; twice: number } {
  const boot = join(import.meta.dirname, '..', '..', 'dist', 'boot', 'code-cache.js');
  const driver = [
    `import { loadBundle } from ${JSON.stringify(pathToFileURL(boot).href)};`,
    `const loaded = loadBundle(${JSON.stringify(file)}, ${JSON.stringify(cache)}, ${JSON.stringify(command)});`,
    'const main = await loaded.exports.main();',
    'loaded.save();',
    'console.log(JSON.stringify({ state: loaded.state, main, twice: loaded.exports.twice(21) }));',
  ].join('\n');
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', driver], { encoding: 'utf8' });
  return JSON.parse(out) as { state: string; main: number; twice: number };
}

describe('loading the bundle with V8’s code cache', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  it('compiles and writes the cache on the first run, takes it on the next', async () => {
    const dir = tmp();
    const cache = join(dir, 'cache');
    const file = writeBundle(dir);

    const first = loadBundle(file, cache, 'validate');
    expect(first.state).toBe('created');
    expect(await first.exports.main()).toBe(42);
    expect((first.exports as unknown as { where(): string[] }).where()).toEqual([file, dir, sep]);
    first.save();
    expect(cacheFiles(cache)).toHaveLength(1);

    expect(loadInChild(file, cache)).toEqual({ state: 'used', main: 42, twice: 42 });
    expect(cacheFiles(cache)).toHaveLength(1);
  });

  it('replaces a cache V8 refuses (damaged, or from another V8) and still runs', () => {
    const dir = tmp();
    const cache = join(dir, 'cache');
    const file = writeBundle(dir);
    expect(loadInChild(file, cache).state).toBe('created');
    const [name] = cacheFiles(cache);
    writeFileSync(join(cache, name!), Buffer.from('not a V8 code cache at all'));

    expect(loadInChild(file, cache)).toEqual({ state: 'rejected', main: 42, twice: 42 });
    expect(loadInChild(file, cache).state).toBe('used');
  });

  it('adds the functions of each command once: a cache first written by --help still serves validate', () => {
    const dir = tmp();
    const cache = join(dir, 'cache');
    const file = writeBundle(dir);
    const commands = () => {
      const [name] = cacheFiles(cache);
      return (JSON.parse(readFileSync(join(cache, `${name!}.commands`), 'utf8')) as { commands: string[] })
        .commands;
    };
    expect(loadInChild(file, cache, '-').state).toBe('created');
    expect(commands()).toEqual(['-']);
    expect(loadInChild(file, cache, 'validate').state).toBe('grown');
    expect(commands()).toEqual(['-', 'validate']);
    expect(loadInChild(file, cache, 'validate').state).toBe('used');
    expect(loadInChild(file, cache, '-').state).toBe('used');
    expect(commands()).toEqual(['-', 'validate']);
  });

  it('keeps only the cache of the current bundle, and those of other Node versions', () => {
    const dir = tmp();
    const cache = join(dir, 'cache');
    const file = writeBundle(dir);
    loadInChild(file, cache);
    const otherNode = 'main-cjs-v99.0.0-x64-1-1.v8cache';
    writeFileSync(join(cache, otherNode), 'another Node');
    // A rebuilt bundle: another size and time, so another cache file; the old one is removed.
    writeBundle(dir, '// rebuilt');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(loadInChild(file, cache).state).toBe('created');
    expect(cacheFiles(cache)).toHaveLength(2);
    expect(cacheFiles(cache)).toContain(otherNode);
    expect(loadInChild(file, cache).state).toBe('used');
  });

  it('runs without writing when the cache folder cannot be made, and without a folder at all', async () => {
    const dir = tmp();
    const file = writeBundle(dir);
    // A file where the folder should be: mkdir fails.
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, '');
    const loaded = loadBundle(file, join(blocked, 'cache'));
    expect(await loaded.exports.main()).toBe(42);
    expect(() => loaded.save()).not.toThrow();

    const off = loadBundle(file, undefined);
    expect(off.state).toBe('off');
    expect(await off.exports.main()).toBe(42);
    off.save();
    expect(readdirSync(dir).sort()).toEqual(['blocked', 'main.cjs']);
  });
});

describe('the installed CLI', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  it('writes its code cache on the first run and gives the same answers from it', () => {
    const cache = tmp();
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'b24cfg.js');
    const spec = join(import.meta.dirname, '..', '..', 'examples', 'minimal.yaml');
    const run = () =>
      execFileSync(process.execPath, [bin, 'validate', spec, '--lang', 'en', '--format', 'json'], {
        env: { ...process.env, B24CFG_CACHE_DIR: cache, NODE_DISABLE_COMPILE_CACHE: '' },
        encoding: 'utf8',
      });
    const first = run();
    expect(cacheFiles(cache)).toHaveLength(1);
    expect(run()).toBe(first);
    expect(JSON.parse(first)).toMatchObject({ ok: true });
  });
});

describe('the launcher (bin/b24cfg.js)', () => {
  /** A copy of bin/ beside a dist/ holding `files`, as an install without a bundle would be. */
  function launcherWith(files: Record<string, string>): string {
    const root = tmp();
    const repoBin = join(import.meta.dirname, '..', '..', 'bin');
    mkdirSync(join(root, 'bin'));
    for (const f of ['b24cfg.js', 'package.json']) copyFileSync(join(repoBin, f), join(root, 'bin', f));
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, rel)), { recursive: true });
      writeFileSync(join(root, rel), text);
    }
    return join(root, 'bin', 'b24cfg.js');
  }

  it('runs the plain tsc output when there is no bundle', () => {
    const bin = launcherWith({
      'dist/package.json': '{ "type": "module" }',
      'dist/cli/main.js': "export async function main() { process.stdout.write('plain tsc output\\n'); }",
    });
    expect(execFileSync(process.execPath, [bin], { encoding: 'utf8' })).toBe('plain tsc output\n');
  });

  it('says what to do, with exit 70 and no stack trace, when dist/ is missing', () => {
    const bin = launcherWith({});
    const r = spawnSync(process.execPath, [bin], { encoding: 'utf8' });
    expect(r.status).toBe(70);
    expect(r.stderr).toContain('Run `npm ci` or `npm run build` first.');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
