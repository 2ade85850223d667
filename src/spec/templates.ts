import { constants } from 'node:fs';
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { CliError } from '../core/errors.js';
import { pathExists, writeTextFile } from '../core/files.js';
import { packageRoot } from '../core/package-root.js';
import { closest } from './suggest.js';

/** templates/ at the package root (src/, dist/ and the bundled CLI alike). */
export function templatesDir(): string {
  return join(packageRoot(), 'templates') + sep;
}

export interface TemplateInfo {
  name: string;
  file: string;
  description: string;
}

export interface InitFile {
  from: string;
  to: string;
}

export interface InitPlan {
  template: TemplateInfo;
  spec: InitFile;
  /** Files the spec refers to (document templates, e-mail bodies), placed next to the output the same way. */
  assets: InitFile[];
}

/** The starter specs shipped in templates/, with the first line of each one's `description`. */
export async function listTemplates(dir = templatesDir()): Promise<TemplateInfo[]> {
  const names = (await readdir(dir)).filter((f) => extname(f) === '.yaml').sort();
  return Promise.all(
    names.map(async (f) => {
      const file = join(dir, f);
      const doc: unknown = parse(await readFile(file, 'utf8'));
      const description =
        doc !== null && typeof doc === 'object' && 'description' in doc
          ? String(doc.description).split('\n')[0]
          : '';
      return { name: basename(f, '.yaml'), file, description: description ?? '' };
    }),
  );
}

/** Relative paths of the files a template refers to: documents[].file, email_templates[].body_file, ${file:…}. */
export function referencedFiles(text: string): string[] {
  const doc: unknown = parse(text);
  const out = new Set<string>();
  const pick = (list: unknown, prop: string) => {
    if (!Array.isArray(list)) return;
    for (const item of list as unknown[]) {
      const v =
        item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[prop] : undefined;
      if (typeof v === 'string') out.add(v);
    }
  };
  if (doc !== null && typeof doc === 'object') {
    const spec = doc as Record<string, unknown>;
    pick(spec.documents, 'file');
    pick(spec.email_templates, 'body_file');
  }
  for (const m of text.matchAll(/(?<!\$)\$\{file:([^}]+)\}/g)) out.add(m[1]!);
  return [...out].sort();
}

export async function planInit(name: string, outFile: string, dir = templatesDir()): Promise<InitPlan> {
  const all = await listTemplates(dir);
  const template = all.find((t) => t.name === name);
  if (!template) {
    const near = closest(
      name,
      all.map((t) => t.name),
    );
    throw new CliError({
      code: 'INIT_UNKNOWN_TEMPLATE',
      message: { ru: 'шаблона «{name}» нет', en: 'there is no template "{name}"' },
      hint: {
        ru: `Есть: {list}.${near ? ` Возможно, «${near}»?` : ''} Список: b24cfg init --list`,
        en: `Available: {list}.${near ? ` Did you mean "${near}"?` : ''} List them: b24cfg init --list`,
      },
      data: { name, list: all.map((t) => t.name).join(', ') },
    });
  }
  const outDir = dirname(outFile);
  const assets = referencedFiles(await readFile(template.file, 'utf8')).map((rel) => {
    const from = resolve(dir, rel);
    // A template only ever ships files inside templates/; anything else would be a packaging mistake.
    if (relative(dir, from).startsWith('..')) throw new Error(`template file outside templates/: ${rel}`);
    return { from, to: resolve(outDir, rel) };
  });
  return { template, spec: { from: template.file, to: outFile }, assets };
}

/**
 * Writes the starter spec and its files. Without `force` nothing is written when any target exists.
 * Text goes through writeTextFile (atomic, redacted); .docx files are binary templates copied verbatim.
 */
export async function writeInit(plan: InitPlan, opts: { force: boolean; cwd: string }): Promise<string[]> {
  const targets = [plan.spec, ...plan.assets];
  if (!opts.force) {
    const taken = [];
    for (const t of targets)
      if (await pathExists(t.to)) taken.push(relative(opts.cwd, t.to).split(sep).join('/'));
    if (taken.length > 0) {
      throw new CliError({
        code: 'INIT_EXISTS',
        message: { ru: 'файлы уже существуют: {files}', en: 'files already exist: {files}' },
        hint: {
          ru: 'Укажите другой --out или перезапишите их: {rerun} --force',
          en: 'Choose another --out, or overwrite them: {rerun} --force',
        },
        data: { files: taken.join(', ') },
      });
    }
  }
  for (const t of targets) {
    if (extname(t.from) === '.docx') {
      await mkdir(dirname(t.to), { recursive: true });
      await copyFile(t.from, t.to, opts.force ? 0 : constants.COPYFILE_EXCL);
    } else {
      await writeTextFile(t.to, await readFile(t.from, 'utf8'));
    }
  }
  return targets.map((t) => t.to);
}
