import { dirname, relative, resolve } from 'node:path';
import type { CliContext } from '../cli/context.js';
import { requireFormat } from '../cli/context.js';
import { withPortal, type PortalOptionValues } from '../cli/portal-option.js';
import { CliError } from '../core/errors.js';
import { EXIT, type ExitCode } from '../core/exit-codes.js';
import { writeTextFile } from '../core/files.js';
import { readPortalState } from '../resources/read-state.js';
import { loadStateFile, saveStateFile } from '../portal/state-file.js';
import { EXPORT_SECTIONS, portalToSpec, type ExportSection } from './to-spec.js';
import { exportToYaml } from './yaml.js';

export interface ExportCommandOptions extends PortalOptionValues {
  out?: string;
  sections?: string;
}

/** `b24cfg export`: a portal → a spec that `plan` shows as "no changes" against the same portal. */
export async function runExport(ctx: CliContext, o: ExportCommandOptions): Promise<ExitCode> {
  requireFormat(ctx, ['pretty', 'json']);
  const sections = parseSections(o.sections);
  const outPath = o.out ? resolve(ctx.cwd, o.out) : undefined;
  const stateDir = outPath ? dirname(outPath) : ctx.cwd;
  return withPortal(ctx, o, async (client) => {
    const state = await readPortalState(client, { now: ctx.now });
    const previous = await loadStateFile(stateDir, client.host);
    const result = portalToSpec(state, { sections, binding: previous });
    const text =
      ctx.format === 'json'
        ? `${JSON.stringify(result.spec, null, 2)}\n`
        : exportToYaml(result, state, ctx.lang);
    if (outPath) {
      await writeTextFile(outPath, text);
      const statePath = await saveStateFile(stateDir, { ...previous, ...result.binding }, ctx.now());
      ctx.note(
        ctx.t(
          {
            ru: 'Спецификация записана: {out}; привязки объектов: {state}',
            en: 'Spec written: {out}; object bindings: {state}',
          },
          { out: relative(ctx.cwd, outPath), state: relative(ctx.cwd, statePath) },
        ),
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
  if (bad.length > 0) {
    throw new CliError({
      code: 'USAGE',
      message: { ru: 'неизвестные разделы: {bad}', en: 'unknown sections: {bad}' },
      hint: { ru: 'Допустимо: {all}.', en: 'Use any of: {all}.' },
      data: { bad: bad.join(', '), all: EXPORT_SECTIONS.join(', ') },
    });
  }
  return list;
}
