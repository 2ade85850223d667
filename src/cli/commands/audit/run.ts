import { Chalk } from 'chalk';
import { dirname, relative, resolve } from 'node:path';
import {
  auditPortal,
  auditSettings,
  auditSnapshot,
  auditSpecAlone,
  scoreAudited,
  type Audited,
  type AuditedSpec,
  type AuditSettings,
} from '../../../audit/audit.js';
import { evaluateGates, parseGates, type Gates } from '../../../audit/gates.js';
import { errorOf } from '../../../core/errors.js';
import { EXIT, type ExitCode } from '../../../core/exit-codes.js';
import { writeTextFile } from '../../../core/files.js';
import { formatAudit } from '../../../report/audit/index.js';
import type { OutputFormat } from '../../../report/format.js';
import { STANDARDS_PACK } from '../../../standards/types.js';
import type { CliContext } from '../../context.js';
import { requireFormat } from '../../context.js';
import { readCrmSettingsOption, type CrmSettingsOptionValues } from '../../crm-settings-option.js';
import { outFileFor } from '../../out-file.js';
import { withPortal, type PortalOptionValues } from '../../portal-option.js';
import { startProgress } from '../../progress.js';
import { loadValidSpec } from '../../spec-input.js';
import { AUDIT_CLI_ERRORS, AUDIT_MESSAGES as M } from './messages.js';

export interface AuditCommandOptions extends PortalOptionValues, CrmSettingsOptionValues {
  snapshot?: string;
  saveSnapshot?: string;
  minScore?: string;
  failOn?: string;
  out?: string;
  force?: boolean;
}

const NO_COLOUR = new Chalk({ level: 0 });

const FORMAT_BY_EXTENSION: ReadonlyArray<[RegExp, OutputFormat]> = [
  [/\.html?$/i, 'html'],
  [/\.(md|markdown)$/i, 'markdown'],
  [/\.sarif(\.json)?$/i, 'sarif'],
  [/\.json$/i, 'json'],
  [/\.xml$/i, 'junit'],
];

function formatOfFile(path: string): OutputFormat | undefined {
  return FORMAT_BY_EXTENSION.find(([re]) => re.test(path))?.[1];
}

/** Loads the spec like `validate`; a spec with errors stops the audit with the problems printed. */
async function loadAuditSpec(ctx: CliContext, path: string): Promise<AuditedSpec> {
  const r = await loadValidSpec(ctx, path, M.nothingAudited);
  return {
    spec: r.spec,
    locate: r.locate,
    file: relative(ctx.cwd, r.rootFile) || r.rootFile,
    hash: r.specHash,
    dir: dirname(r.rootFile),
  };
}

/** Scores, prints or saves the report, and applies the gates (exit 3). */
async function report(
  ctx: CliContext,
  settings: AuditSettings,
  audited: Audited,
  gates: Gates,
  o: AuditCommandOptions,
  outPath: string | undefined,
): Promise<ExitCode> {
  const scored = scoreAudited(settings, audited, ctx.cwd);
  // `--out report.html` without --format means the HTML report (likewise .md, .json, .sarif, .xml).
  const format = !ctx.formatGiven && o.out !== undefined ? (formatOfFile(o.out) ?? ctx.format) : ctx.format;
  const text = formatAudit(format, scored, {
    lang: ctx.lang,
    chalk: format === 'pretty' && o.out !== undefined ? NO_COLOUR : ctx.chalk,
    cwd: ctx.cwd,
    quiet: ctx.quiet,
  });
  if (o.out !== undefined && outPath !== undefined) {
    await writeTextFile(outPath, text);
    ctx.note(ctx.t(M.reportSaved, { path: o.out, score: scored.score.value }));
  } else {
    ctx.out.write(text);
  }
  const failed = evaluateGates(scored, gates);
  for (const why of failed) ctx.err.write(`${ctx.chalk.red('✗')} ${ctx.t(M.gateFailed)}${why[ctx.lang]}\n`);
  return failed.length > 0 ? EXIT.gateFailed : EXIT.ok;
}

/** `b24cfg audit`: a live portal, a snapshot, or a spec alone → findings, a score, a report, gates. */
export async function runAuditCommand(
  ctx: CliContext,
  specPath: string | undefined,
  o: AuditCommandOptions,
): Promise<ExitCode> {
  requireFormat(ctx, ['pretty', 'json', 'markdown', 'junit', 'sarif', 'html']);
  const gates = parseGates(o.minScore, o.failOn);
  if (o.snapshot !== undefined && o.portal !== undefined)
    throw errorOf(AUDIT_CLI_ERRORS, 'snapshotAndPortal');
  if (o.snapshot !== undefined && o.saveSnapshot !== undefined)
    throw errorOf(AUDIT_CLI_ERRORS, 'saveSnapshotOfSnapshot');
  // Checked before anything is read: the report never replaces a file silently, nor what it reads.
  const inputs = [specPath, o.snapshot].filter((f): f is string => f !== undefined);
  const outPath = o.out !== undefined ? await outFileFor(ctx, o.out, { force: o.force, inputs }) : undefined;
  const spec = specPath !== undefined ? await loadAuditSpec(ctx, specPath) : undefined;
  const asked = spec?.spec.standards;
  if (asked !== undefined && asked !== STANDARDS_PACK)
    ctx.note(ctx.t(M.otherPack, { asked, pack: STANDARDS_PACK }));
  const settings = await auditSettings(spec, ctx.cwd, await readCrmSettingsOption(ctx, o));

  if (o.snapshot !== undefined) {
    const audited = await auditSnapshot(settings, resolve(ctx.cwd, o.snapshot), o.snapshot);
    return report(ctx, settings, audited, gates, o, outPath);
  }
  if (o.portal === undefined && spec !== undefined)
    return report(ctx, settings, auditSpecAlone({ ...settings, spec }, ctx.now()), gates, o, outPath);
  // Report inside the portal's scope, so the request summary comes after it.
  return withPortal(ctx, o, async (client) => {
    const save = o.saveSnapshot;
    const audited = await auditPortal(settings, client, {
      now: ctx.now,
      progress: async () => {
        const p = await startProgress(ctx, ctx.t(M.readingData), { resultToFile: o.out !== undefined });
        return {
          update: (done, total) => p.update(ctx.t(M.readingPages, { done, total })),
          stop: () => p.stop(),
        };
      },
      ...(save !== undefined ? { saveSnapshot: { path: resolve(ctx.cwd, save), shownAs: save } } : {}),
    });
    if (save !== undefined) ctx.note(ctx.t(M.snapshotSaved, { path: save }));
    return report(ctx, settings, audited, gates, o, outPath);
  });
}
