import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/*
 * Why: most of what `b24cfg validate` costs beyond Node's own start is V8 compiling our bundle (issue #8).
 * V8 can save the compiled code of a script and take it back on the next run (a "code cache",
 * `vm.Script` `cachedData`), which Node 20 offers for scripts run through `vm` only — `module
 * .enableCompileCache()` exists from Node 22.1. So the CLI is bundled into one CommonJS file
 * (scripts/bundle.mjs) and started here: compiled with the cache when there is one, and the cache written
 * when there was none, or when V8 refused it (another Node version, other V8 flags).
 *
 * Nothing here may break a run: any failure to read or write the cache only means compiling as usual.
 */

/** The CLI bundle's exports (src/cli/main.ts). */
export interface CliBundle {
  main(): Promise<void>;
}

export type CacheState = 'used' | 'created' | 'rejected' | 'off';

export interface LoadedBundle {
  exports: CliBundle;
  /**
   * 'used': V8 took the saved code; 'created': there was none, `save` writes it; 'rejected': V8 refused
   * the saved code (another Node or V8 flags), `save` replaces it; 'off': no cache folder.
   */
  state: CacheState;
  /** Writes the cache if this run should. Call it at the end of the run (on `exit`): V8 then includes
   * every function the run compiled, not only the top level. Never throws. */
  save(): void;
}

/**
 * Where compiled code is kept: `$B24CFG_CACHE_DIR`, else the user's cache folder (`$XDG_CACHE_HOME` or
 * ~/.cache on Linux and macOS, `%LOCALAPPDATA%` on Windows) + b24cfg. Never a shared temporary folder:
 * another user could plant code there. `NODE_DISABLE_COMPILE_CACHE` (Node's own switch) turns it off.
 */
export function codeCacheDir(
  env: Record<string, string | undefined>,
  platform: string = process.platform,
  home: () => string = homedir,
): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  if (env.B24CFG_CACHE_DIR) return env.B24CFG_CACHE_DIR;
  try {
    if (platform === 'win32') {
      const base = env.LOCALAPPDATA ?? join(home(), 'AppData', 'Local');
      return join(base, 'b24cfg', 'cache');
    }
    return join(env.XDG_CACHE_HOME || join(home(), '.cache'), 'b24cfg');
  } catch {
    // No home folder (a locked-down CI user): run without a cache.
    return undefined;
  }
}

/** CommonJS's module wrapper: the cache belongs to this exact source text, so it is fixed here. */
const WRAP_HEAD = '(function (exports, require, module, __filename, __dirname) { ';
const WRAP_TAIL = '\n});';

/**
 * Loads the bundled CLI (a CommonJS file) with V8's code cache from `cacheDir`. The cache file is named
 * after the bundle's size and time and the Node version and architecture, so a rebuilt bundle or another
 * Node never even tries a stale one; V8 checks the rest (its version, flags, the source).
 */
export function loadBundle(file: string, cacheDir: string | undefined): LoadedBundle {
  const bytes = readFileSync(file);
  // scripts/bundle.mjs writes ASCII only: taken as Latin-1 it needs no UTF-8 decoding (~4 ms for 1.4 MB).
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const stem = `${basename(file).replace(/\W+/g, '-')}-`;
  let cacheFile: string | undefined;
  let cached: Buffer | undefined;
  if (cacheDir) {
    try {
      const st = statSync(file);
      cacheFile = join(
        cacheDir,
        `${stem}${process.version}-${process.arch}-${st.size}-${Math.floor(st.mtimeMs)}.v8cache`,
      );
      cached = readFileSync(cacheFile);
    } catch {
      // No cache yet (or an unreadable one): compile normally and write it at the end.
    }
  }
  const script = new Script(WRAP_HEAD + source + WRAP_TAIL, { filename: file, cachedData: cached });
  const state: CacheState = !cacheFile
    ? 'off'
    : cached === undefined
      ? 'created'
      : script.cachedDataRejected === true
        ? 'rejected'
        : 'used';
  const wrapper = script.runInThisContext() as (
    exports: object,
    require: NodeJS.Require,
    module: { exports: object },
    filename: string,
    dirname: string,
  ) => void;
  const module = { exports: {} as object };
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));

  let saved = false;
  const save = (): void => {
    if (saved || !cacheFile || state === 'used' || state === 'off') return;
    saved = true;
    writeCache(cacheFile, stem, script.createCachedData());
  };
  return { exports: module.exports as CliBundle, state, save };
}

function writeCache(cacheFile: string, stem: string, data: Buffer): void {
  const dir = dirname(cacheFile);
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Two runs may finish together: each writes its own file and renames it into place whole.
    writeFileSync(tmp, data, { mode: 0o600 });
    renameSync(tmp, cacheFile);
    // Caches of earlier builds or Node versions are never read again.
    for (const name of readdirSync(dir)) {
      if (name.startsWith(stem) && name.endsWith('.v8cache') && name !== basename(cacheFile)) {
        rmSync(join(dir, name), { force: true });
      }
    }
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // a folder we cannot write to: nothing was left there either
    }
  }
}
