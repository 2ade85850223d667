import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { accessProblem, type AccessContext } from './access-problem.js';
import { escapePointer, type LEntry, type LMap, type LNode } from './located.js';
import { fileRefMeta } from './load-meta.js';
import { makeProblem } from './problem.js';
import { checkFileAccess, displayPath } from './project-root.js';
import type { SpecProblem } from './types.js';

/** Properties that name files, per top-level list: `documents[].file`, `email_templates[].body_file`. */
export const FILE_PROPS: Readonly<Record<string, string>> = {
  documents: 'file',
  email_templates: 'body_file',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Rewrites file paths written in the spec (relative to the file that declares them) to be relative to the
 * root spec's folder, so a base spec in another folder keeps working, and reports files that do not exist
 * or that lie outside the project folder (src/spec/project-root.ts).
 */
export async function rebaseFileRefs(
  root: LMap,
  rootDir: string,
  access: AccessContext,
): Promise<{ root: LMap; problems: SpecProblem[] }> {
  const cwd = access.cwd;
  const problems: SpecProblem[] = [];
  const entries = new Map<string, LEntry>(root.entries);
  for (const [section, prop] of Object.entries(FILE_PROPS)) {
    const entry = root.entries.get(section);
    if (entry?.node.kind !== 'seq') continue;
    const items = await Promise.all(
      entry.node.items.map(async (item, i): Promise<LNode> => {
        const ref = item.kind === 'map' ? item.entries.get(prop) : undefined;
        if (item.kind !== 'map' || ref?.node.kind !== 'scalar' || typeof ref.node.value !== 'string')
          return item;
        const written = ref.node.value;
        if (written === '') return item;
        const abs = resolve(dirname(ref.node.loc.file), written);
        const path = `/${section}/${i}/${escapePointer(prop)}`;
        const allowed = await checkFileAccess(access.root, abs);
        if (!allowed.ok) {
          problems.push(accessProblem(access, allowed.why, written, abs, path, ref.node.loc));
          return item;
        }
        if (!(await isFile(abs))) {
          problems.push(
            makeProblem(fileRefMeta, {
              messageId: 'missing',
              data: { target: written, resolved: displayPath(abs, cwd) },
              path,
              location: ref.node.loc,
            }),
          );
          return item;
        }
        const rebased = isAbsolute(written) ? written : relative(rootDir, abs).split(sep).join('/');
        const next = new Map(item.entries);
        next.set(prop, { ...ref, node: { ...ref.node, value: rebased } });
        return { ...item, entries: next };
      }),
    );
    entries.set(section, { ...entry, node: { ...entry.node, items } });
  }
  return { root: { ...root, entries }, problems };
}

export { displayPath } from './project-root.js';
