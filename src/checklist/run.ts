import { resolve } from 'node:path';
import type { CliContext } from '../cli/context.js';
import { requireFormat } from '../cli/context.js';
import { loadSpecInput } from '../cli/spec-input.js';
import { EXIT, type ExitCode } from '../core/exit-codes.js';
import { writeTextFile } from '../core/files.js';
import { manualChangesOf } from '../resources/manual/index.js';
import { buildChecklist } from './build.js';
import { checklistFormatOf, loadEmailBodies, renderChecklist, type ChecklistFormat } from './files.js';

export interface ChecklistCommandOptions {
  out?: string;
}

/**
 * `b24cfg checklist <spec>`: the handover checklist from the spec alone, without a portal (the items
 * that depend on a portal's state — company structure differences, people missing on the portal —
 * come with `apply --checklist`). Markdown on stdout by default; --format html or --out x.html for HTML.
 */
export async function runChecklist(
  ctx: CliContext,
  specPath: string,
  o: ChecklistCommandOptions,
): Promise<ExitCode> {
  requireFormat(ctx, ['pretty', 'markdown', 'html']);
  const input = await loadSpecInput(ctx, specPath);
  const checklist = buildChecklist({
    spec: input.spec,
    specFile: input.specFile,
    manual: manualChangesOf(input.spec),
    bodies: await loadEmailBodies(input.spec, input.stateDir),
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
    ctx.note(
      ctx.t(
        { ru: 'Чек-лист записан: {out} ({n} пунктов)', en: 'Checklist written: {out} ({n} items)' },
        { out: o.out, n: checklist.total },
      ),
    );
    return EXIT.ok;
  }
  ctx.out.write(renderChecklist(checklist, given ?? 'markdown', ctx.lang));
  return EXIT.ok;
}
