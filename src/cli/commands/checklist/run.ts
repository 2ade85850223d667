import { portalIdentities, specChecklist } from '../../../checklist/for-spec.js';
import { checklistFormatOf, renderChecklist, type ChecklistFormat } from '../../../checklist/files.js';
import { itemsCount } from '../../../checklist/texts.js';
import { EXIT, type ExitCode } from '../../../core/exit-codes.js';
import { writeTextFile } from '../../../core/files.js';
import type { CliContext } from '../../context.js';
import { requireFormat } from '../../context.js';
import { readCrmSettingsOption, type CrmSettingsOptionValues } from '../../crm-settings-option.js';
import { withPortal, type PortalOptionValues } from '../../portal-option.js';
import { outFileFor } from '../../out-file.js';
import { loadSpecInput } from '../../spec-input.js';
import { CHECKLIST_MESSAGES } from './messages.js';

export interface ChecklistCommandOptions extends PortalOptionValues, CrmSettingsOptionValues {
  out?: string;
  force?: boolean;
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
  const outPath =
    o.out !== undefined ? await outFileFor(ctx, o.out, { force: o.force, inputs: [specPath] }) : undefined;
  const input = await loadSpecInput(ctx, specPath);
  const facts = await readCrmSettingsOption(ctx, o);
  if (o.portal !== undefined && !facts) ctx.note(ctx.t(CHECKLIST_MESSAGES.portalNeedsArchive));
  // The portal only names the people and templates the archive refers to by id.
  const portal =
    facts && o.portal !== undefined
      ? await withPortal(ctx, o, (client) => portalIdentities(client, input.stateDir, ctx.now))
      : undefined;
  const checklist = await specChecklist({
    spec: input.spec,
    specFile: input.specFile,
    specDir: input.stateDir,
    now: ctx.now(),
    ...(facts ? { archive: { facts, ...(portal ? { portal } : {}) } } : {}),
  });
  const given: ChecklistFormat | undefined = ctx.formatGiven
    ? ctx.format === 'html'
      ? 'html'
      : 'markdown'
    : undefined;
  if (o.out !== undefined && outPath !== undefined) {
    const format = given ?? checklistFormatOf(o.out);
    await writeTextFile(outPath, renderChecklist(checklist, format, ctx.lang));
    ctx.note(ctx.t(CHECKLIST_MESSAGES.written, { out: o.out, items: itemsCount(checklist.total, ctx.lang) }));
    return EXIT.ok;
  }
  ctx.out.write(renderChecklist(checklist, given ?? 'markdown', ctx.lang));
  return EXIT.ok;
}
