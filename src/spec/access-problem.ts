import { accessMeta } from './load-meta.js';
import { makeProblem } from './problem.js';
import { commonFolder, displayPath, type ProjectRoot } from './project-root.js';
import type { SourceLocation, SpecProblem } from './types.js';

/** What the loader knows about the project while it resolves files and variables. */
export interface AccessContext {
  root: ProjectRoot;
  cwd: string;
  /** The root spec as the user named it, for the `--root` hint. */
  rootSpec: string;
}

const HOW: Record<ProjectRoot['how'], { ru: string; en: string }> = {
  option: { ru: 'папка из --root', en: 'the one given with --root' },
  git: {
    ru: 'папка репозитория, ближайшая вверх с .git',
    en: 'the repository folder, the nearest one up with .git',
  },
  cwd: { ru: 'текущая папка', en: 'the working folder' },
  spec: { ru: 'папка спецификации', en: 'the folder of the spec' },
};

/** A file the spec names that it may not read: outside the project folder, or a link out of it. */
export function accessProblem(
  ctx: AccessContext,
  why: 'outside' | 'symlink',
  written: string,
  abs: string,
  path: string,
  location: SourceLocation | undefined,
): SpecProblem {
  const how = HOW[ctx.root.how];
  return makeProblem(accessMeta, {
    messageId: why === 'outside' ? 'outsideRoot' : 'symlinkOut',
    data: {
      target: written,
      root: displayPath(ctx.root.dir, ctx.cwd),
      spec: ctx.rootSpec,
      common: displayPath(commonFolder(ctx.root.dir, abs), ctx.cwd),
      how_ru: how.ru,
      how_en: how.en,
    },
    path,
    ...(location ? { location } : {}),
  });
}
