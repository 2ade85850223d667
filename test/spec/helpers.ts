import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** Writes `files` (relative path → text) into a fresh temporary folder, removed after the test. */
export async function tmpTree(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'b24cfg-spec-'));
  made.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    const path = join(dir, rel);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, 'utf8');
  }
  return dir;
}

/** `file:line:col` of every problem, for compact assertions. */
export function places(
  problems: readonly { rule: string; location?: { file: string; line: number; col: number } }[],
) {
  return problems.map((p) => {
    const l = p.location;
    return l ? `${p.rule} ${l.file.split('/').pop()}:${l.line}:${l.col}` : `${p.rule} -`;
  });
}
