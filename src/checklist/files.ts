import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, resolve } from 'node:path';
import { writeTextFile } from '../core/files.js';
import type { Lang } from '../core/i18n.js';
import type { Spec } from '../spec/spec.generated.js';
import { checklistToHtml } from './html.js';
import { checklistToMarkdown } from './markdown.js';
import type { Checklist } from './types.js';

/** The e-mail bodies the checklist shows, read from `body_file` (relative to the spec folder). */
export async function loadEmailBodies(spec: Spec, specDir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const tpl of spec.email_templates ?? []) {
    const file = tpl.body_file;
    if (file === undefined || out.has(file)) continue;
    try {
      out.set(file, await readFile(isAbsolute(file) ? file : resolve(specDir, file), 'utf8'));
    } catch {
      // `validate` reports a missing body file; the checklist then shows the path instead of the text.
    }
  }
  return out;
}

export type ChecklistFormat = 'markdown' | 'html';

/** .html / .htm → HTML, anything else → Markdown. */
export function checklistFormatOf(path: string): ChecklistFormat {
  const ext = extname(path).toLowerCase();
  return ext === '.html' || ext === '.htm' ? 'html' : 'markdown';
}

export function renderChecklist(c: Checklist, format: ChecklistFormat, lang: Lang): string {
  return format === 'html' ? checklistToHtml(c, lang) : checklistToMarkdown(c, lang);
}

/** Writes the checklist to each path (atomic, redacted: src/core/files.ts); returns the absolute paths. */
export async function writeChecklists(
  c: Checklist,
  paths: readonly string[],
  cwd: string,
  lang: Lang,
): Promise<string[]> {
  const written: string[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    await writeTextFile(abs, renderChecklist(c, checklistFormatOf(p), lang));
    written.push(abs);
  }
  return written;
}
