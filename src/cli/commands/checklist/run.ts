import { resolve } from 'node:path';
import { specChecklist } from '../../../checklist/for-spec.js';
import { checklistFormatOf, renderChecklist, type ChecklistFormat } from '../../../checklist/files.js';
import { EXIT, type ExitCode } from '../../../core/exit-codes.js';
import { writeTextFile } from '../../../core/files.js';
import type { CliContext } from '../../context.js';
import { requireFormat } from '../../context.js';
import { loadSpecInput } from '../../spec-input.js';
import { CHECKLIST_MESSAGES } from './messages.js';

export interface ChecklistCommandOptions {
  out?: string;
}

/**
 * `b24cfg checklist <spec>`: Markdown on stdout by default; --format html or --out x.html for HTML
 * (an explicit --format wins over the file's extension).
 */
export async function runChecklist(
  ctx: CliContext,
  specPath: string,
  o: ChecklistCommandOptions,
): Promise<ExitCode> {
  requireFormat(ctx, ['pretty', 'markdown', 'html']);
  const input = await loadSpecInput(ctx, specPath);
  const checklist = await specChecklist({
    spec: input.spec,
    specFile: input.specFile,
    specDir: input.stateDir,
    now: ctx.now(),
  });
  const given: ChecklistFormat | undefined = ctx.formatGiven
    ? ctx.format === 'html'
      ? 'html'
      : 'markdown'
    : undefined;
  if (o.out !== undefined) {
    const format = given ?? checklistFormatOf(o.out);
    await writeTextFile(resolve(ctx.cwd, o.out), renderChecklist(checklist, format, ctx.lang));
    ctx.note(ctx.t(CHECKLIST_MESSAGES.written, { out: o.out, n: checklist.total }));
    return EXIT.ok;
  }
  ctx.out.write(renderChecklist(checklist, given ?? 'markdown', ctx.lang));
  return EXIT.ok;
}
