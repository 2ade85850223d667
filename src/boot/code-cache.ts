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

export type CacheState = 'used' | 'grown' | 'created' | 'rejected' | 'off';

export interface LoadedBundle {
  exports: CliBundle;
  /**
   * 'used': V8 took the saved code; 'grown': it did, but no run of this command has added its functions
   * yet, `save` rewrites it with them; 'created': there was none, `save` writes it; 'rejected': V8 refused
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

/**
 * A cache holds the functions of the runs that wrote it. `b24cfg --help` first would leave one without
 * any command's code, so each command adds its own once: the cache is rewritten when a command not yet
 * listed in its `.commands` file runs (a few times per install, each ~15 ms).
 */
const MAX_COMMANDS = 16;

/**
 * The word a run's cache coverage is kept under: the command, or `-` for options and anything else. Only
 * lowercase letters and dashes, at most 12 (the longest command has 9): whatever a user misplaces first on
 * the command line — a webhook URL, a token with digits, a path — is never written down.
 */
export function commandWord(arg: string | undefined): string {
  return arg !== undefined && /^[a-z][a-z-]{0,11}$/.test(arg) ? arg : '-';
}

/** CommonJS's module wrapper: the cache belongs to this exact source text, so it is fixed here. */
const WRAP_HEAD = '(function (exports, require, module, __filename, __dirname) { ';
const WRAP_TAIL = '\n});';

/**
 * Loads the bundled CLI (a CommonJS file) with V8's code cache from `cacheDir`. The cache file is named
 * after the bundle's size and time and the Node version and architecture, so a rebuilt bundle or another
 * Node never even tries a stale one; V8 checks the rest (its version, flags, the source).
 */
export function loadBundle(file: string, cacheDir: string | undefined, command = '-'): LoadedBundle {
  const bytes = readFileSync(file);
  // scripts/bundle.mjs writes ASCII only: taken as Latin-1 it needs no UTF-8 decoding (~4 ms for 1.4 MB).
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  // Caches of this bundle for this Node: a rebuilt bundle replaces its predecessor's, while another Node
  // version (nvm users, CI matrices on one runner) keeps its own.
  const stem = `${basename(file).replace(/\W+/g, '-')}-${process.version}-${process.arch}-`;
  let cacheFile: string | undefined;
  let cached: Buffer | undefined;
  let covered: string[] = [];
  if (cacheDir) {
    try {
      const st = statSync(file);
      cacheFile = join(cacheDir, `${stem}${st.size}-${Math.floor(st.mtimeMs)}.v8cache`);
      cached = readFileSync(cacheFile);
      covered = readCovered(cacheFile);
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
        : covered.includes(command) || covered.length >= MAX_COMMANDS
          ? 'used'
          : 'grown';
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
    // After a refusal the old list no longer describes the cache.
    const commands = state === 'grown' ? [...covered, command] : [command];
    writeCache(cacheFile, stem, script.createCachedData(), commands);
  };
  return { exports: module.exports as CliBundle, state, save };
}

function readCovered(cacheFile: string): string[] {
  try {
    const parsed = JSON.parse(readFileSync(`${cacheFile}.commands`, 'utf8')) as { commands?: unknown };
    return Array.isArray(parsed.commands) ? parsed.commands.filter((c) => typeof c === 'string') : [];
  } catch {
    return [];
  }
}

function writeCache(cacheFile: string, stem: string, data: Buffer, commands: string[]): void {
  const dir = dirname(cacheFile);
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Two runs may finish together: each writes its own file and renames it into place whole.
    writeFileSync(tmp, data, { mode: 0o600 });
    renameSync(tmp, cacheFile);
    writeFileSync(tmp, JSON.stringify({ commands }), { mode: 0o600 });
    renameSync(tmp, `${cacheFile}.commands`);
    // Caches of earlier builds are never read again by this Node.
    for (const name of readdirSync(dir)) {
      const old = name.startsWith(stem) && !name.startsWith(basename(cacheFile));
      if (old && (name.endsWith('.v8cache') || name.endsWith('.v8cache.commands'))) {
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
