import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathExists } from '../core/files.js';

/**
 * The project folder a spec may read files from (README.md#the-spec): `extends`, `${file:…}`,
 * `documents[].file` and `email_templates[].body_file` resolve inside it, never through a symbolic link
 * out of it. CI runs specs from pull requests: `extends: /proc/self/environ` or `${file:/etc/passwd}`
 * must not read anything (test/spec/file-access.test.ts).
 */
export interface ProjectRoot {
  /** The folder as found or given (absolute). */
  dir: string;
  /** The same folder with every symbolic link resolved: what a file's real path is compared with. */
  real: string;
  /** How it was chosen, for messages. */
  how: 'option' | 'git' | 'cwd' | 'spec';
}

async function realOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

function within(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * `--root` when given; else the repository the spec lives in (the nearest folder up from it with `.git`,
 * a folder or, in a worktree, a file); else the working folder when it holds the spec; else the spec's
 * own folder.
 */
export async function findProjectRoot(
  rootFile: string,
  cwd: string,
  explicit?: string,
): Promise<ProjectRoot> {
  if (explicit !== undefined) {
    const dir = resolve(cwd, explicit);
    return { dir, real: await realOf(dir), how: 'option' };
  }
  for (let dir = dirname(rootFile); ; dir = dirname(dir)) {
    if (await pathExists(join(dir, '.git'))) return { dir, real: await realOf(dir), how: 'git' };
    if (dirname(dir) === dir) break;
  }
  if (within(cwd, rootFile)) return { dir: cwd, real: await realOf(cwd), how: 'cwd' };
  const dir = dirname(rootFile);
  return { dir, real: await realOf(dir), how: 'spec' };
}

/** The project folder at `dir`, as the loader found it (for readers after the loader: documents). */
export async function projectRootAt(dir: string): Promise<ProjectRoot> {
  return { dir, real: await realOf(dir), how: 'option' };
}

export type FileAccess =
  | {
      ok: true;
      /** The path to read: symbolic links resolved, so what was checked is what is read. */ path: string;
    }
  | { ok: false; why: 'outside' | 'symlink' };

/**
 * May the spec read `abs`? Decided on the path as written first, so a file outside the project is never
 * touched (not even to see whether it exists); then on its real path, so a link cannot lead out.
 */
export async function checkFileAccess(root: ProjectRoot, abs: string): Promise<FileAccess> {
  if (!within(root.dir, abs) && !within(root.real, abs)) return { ok: false, why: 'outside' };
  let real: string;
  try {
    real = await realpath(abs);
  } catch {
    // Missing (or a dangling link): the reader reports it as not found, having read nothing.
    return { ok: true, path: abs };
  }
  return within(root.real, real) ? { ok: true, path: real } : { ok: false, why: 'symlink' };
}

/** The nearest folder that holds both: what `--root` would have to be for the file to be read. */
export function commonFolder(a: string, b: string): string {
  let dir = a;
  while (!within(dir, b) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** A path as users should see it: relative to the current folder, with forward slashes. */
export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  if (rel === '' || isAbsolute(rel)) return abs.split(sep).join('/');
  return rel.split(sep).join('/');
}
