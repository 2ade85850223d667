/**
 * `b24cfg sandbox handwork` and `b24cfg sandbox crm-export`: play the consultant on the emulated
 * portal (do what the checklist asks a person to do) and download its CRM settings archive, so demos
 * and tests can check the manual half end to end (docs/bitrix24/crm-settings-archive.md). The spec →
 * steps mapping is src/resources/manual-archive/handwork-steps.ts; the sandbox is reached through
 * src/portal/sandbox-adapter.ts.
 */
import { dataJson } from '../../../core/data-text.js';
import { resolve } from 'node:path';
import { EXIT, type ExitCode } from '../../../core/exit-codes.js';
import { writeBinaryFile } from '../../../core/files.js';
import {
  doHandworkStep,
  loadSandboxState,
  saveSandboxState,
  writeCrmSettingsArchive,
  type SandboxState,
} from '../../../portal/sandbox-adapter.js';
import { handworkSteps, type HandworkLookup } from '../../../resources/manual-archive/handwork-steps.js';
import type { CliContext } from '../../context.js';
import { requireFormat } from '../../context.js';
import { loadSpecInput } from '../../spec-input.js';
import { SANDBOX_MESSAGES as M } from './messages.js';
import { intOption } from './options.js';

export interface HandworkOptions {
  state: string;
  skip?: string;
}

export interface CrmExportOptions {
  state: string;
  out: string;
}

/** The sandbox's pipelines, people and templates, as the steps name them. */
export function lookupOf(state: SandboxState): HandworkLookup {
  return {
    pipelineId: (dir) => {
      if (dir.key === 'default') return 0;
      const names = [dir.name, ...(dir.renamed_from ?? [])];
      return state.pipelines.find((p) => names.includes(p.name))?.id;
    },
    userId: (email) => state.users.find((u) => u.email.toLowerCase() === email.toLowerCase())?.id,
    documentId: (name) => state.documentTemplates.find((d) => d.name === name)?.id,
  };
}

export async function sandboxHandwork(
  ctx: CliContext,
  specPath: string,
  opts: HandworkOptions,
): Promise<ExitCode> {
  requireFormat(ctx, ['pretty', 'json']);
  const skip = intOption('--skip', opts.skip, 0);
  const input = await loadSpecInput(ctx, specPath);
  const path = resolve(ctx.cwd, opts.state);
  const state = await loadSandboxState(path);
  const { steps, byPersonOnly } = handworkSteps(input.spec, lookupOf(state));
  const skipped = steps.slice(0, skip).map((s) => s.id);
  const done = steps.slice(skip);
  for (const s of done) doHandworkStep(state, s.step, { statePath: opts.state });
  await saveSandboxState(state, path);
  if (ctx.format === 'json') {
    const ids = done.map((s) => s.id);
    ctx.out.write(dataJson({ version: 1, done: ids, skipped, byPersonOnly }));
    return EXIT.ok;
  }
  ctx.out.write(
    `${ctx.t(M.handworkDone, { ok: ctx.chalk.green('✔'), n: done.length, state: opts.state })}\n`,
  );
  if (skipped.length > 0)
    ctx.out.write(`${ctx.t(M.handworkSkipped, { n: skipped.length, ids: skipped.join(', ') })}\n`);
  if (byPersonOnly.length > 0) ctx.note(ctx.t(M.handworkByPerson, { n: byPersonOnly.length }));
  ctx.note(ctx.t(M.handworkNext, { state: opts.state }));
  return EXIT.ok;
}

export async function sandboxCrmExport(ctx: CliContext, opts: CrmExportOptions): Promise<ExitCode> {
  requireFormat(ctx, ['pretty', 'json']);
  const state = await loadSandboxState(resolve(ctx.cwd, opts.state));
  const zip = await writeCrmSettingsArchive(state, { now: ctx.now() });
  await writeBinaryFile(resolve(ctx.cwd, opts.out), zip);
  if (ctx.format === 'json') {
    ctx.out.write(dataJson({ version: 1, archive: opts.out, bytes: zip.length }));
    return EXIT.ok;
  }
  ctx.out.write(`${ctx.t(M.crmExported, { ok: ctx.chalk.green('✔'), out: opts.out, bytes: zip.length })}\n`);
  ctx.note(ctx.t(M.crmExportNext, { state: opts.state, out: opts.out }));
  return EXIT.ok;
}
