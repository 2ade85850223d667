import { dataJson } from '../../../core/data-text.js';
import { dirname, relative } from 'node:path';
import { errorOf } from '../../../core/errors.js';
import { EXIT, type ExitCode } from '../../../core/exit-codes.js';
import { writeTextFile } from '../../../core/files.js';
import { exportPortal, saveExportBindings } from '../../../export/export-portal.js';
import { EXPORT_SECTIONS, type ExportSection } from '../../../export/to-spec.js';
import { exportToYaml } from '../../../export/yaml.js';
import type { CliContext } from '../../context.js';
import { requireFormat } from '../../context.js';
import { readCrmSettingsOption, type CrmSettingsOptionValues } from '../../crm-settings-option.js';
import { outFileFor } from '../../out-file.js';
import { withPortal, type PortalOptionValues } from '../../portal-option.js';
import { EXPORT_ERRORS, EXPORT_MESSAGES } from './messages.js';

export interface ExportCommandOptions extends PortalOptionValues, CrmSettingsOptionValues {
  out?: string;
  force?: boolean;
  sections?: string;
}

/** `b24cfg export [--out spec.yaml]`: YAML (or JSON) on stdout or in a file beside its state file. */
export async function runExport(ctx: CliContext, o: ExportCommandOptions): Promise<ExitCode> {
  requireFormat(ctx, ['pretty', 'json']);
  const sections = parseSections(o.sections);
  // Checked before the portal is read: a hand-written spec is never replaced silently.
  const outPath = o.out ? await outFileFor(ctx, o.out, { force: o.force }) : undefined;
  const stateDir = outPath ? dirname(outPath) : ctx.cwd;
  const crmSettings = await readCrmSettingsOption(ctx, o);
  return withPortal(ctx, o, async (client) => {
    const exported = await exportPortal(client, {
      sections,
      stateDir,
      now: ctx.now,
      ...(crmSettings ? { crmSettings } : {}),
    });
    const text =
      ctx.format === 'json'
        ? dataJson(exported.result.spec)
        : exportToYaml(exported.result, exported.state, ctx.lang);
    if (outPath) {
      await writeTextFile(outPath, text);
      const statePath = await saveExportBindings(stateDir, exported, ctx.now());
      ctx.note(
        ctx.t(EXPORT_MESSAGES.written, {
          out: relative(ctx.cwd, outPath),
          state: relative(ctx.cwd, statePath),
        }),
      );
    } else {
      ctx.out.write(text);
    }
    return EXIT.ok;
  });
}

function parseSections(raw: string | undefined): ExportSection[] | undefined {
  if (raw === undefined) return undefined;
  const list = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = list.filter((s) => !EXPORT_SECTIONS.includes(s));
  if (bad.length > 0)
    throw errorOf(EXPORT_ERRORS, 'USAGE', { data: { bad: bad.join(', '), all: EXPORT_SECTIONS.join(', ') } });
  return list;
}
