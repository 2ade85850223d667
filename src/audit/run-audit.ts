import { dirname, relative, resolve } from 'node:path';
import { labelLanguages } from '../plan/against-portal.js';
import { Chalk } from 'chalk';
import type { CliContext } from '../cli/context.js';
import type { OutputFormat } from '../report/format.js';
import { requireFormat } from '../cli/context.js';
import { withPortal, type PortalOptionValues } from '../cli/portal-option.js';
import { startProgress } from '../cli/progress.js';
import { loadValidSpec } from '../cli/spec-input.js';
import { CliError } from '../core/errors.js';
import { EXIT, type ExitCode } from '../core/exit-codes.js';
import { writeTextFile } from '../core/files.js';
import { loadStateFile, type StateFile } from '../portal/state-file.js';
import { readPortalState } from '../resources/read-state.js';
import type { PortalState } from '../resources/state.js';
import type { Locate } from '../spec/types.js';
import type { Spec } from '../spec/spec.generated.js';
import { formatAudit } from '../report/audit/index.js';
import { loadAttestations, type AttestationsFile, type SuppressionEntry } from '../standards/attestations.js';
import { STANDARDS_PACK, type AuditContext } from '../standards/types.js';
import { collectAuditData } from './collect.js';
import { runAudit } from './engine.js';
import { evaluateGates, parseGates } from './gates.js';
import type { AuditReport, AuditSource } from '../report/audit/types.js';
import { makeAuditSnapshot, readAuditSnapshot, snapshotHash, writeAuditSnapshot } from './snapshot-io.js';
import type { AuditData } from '../standards/audit-data.js';

export interface AuditCommandOptions extends PortalOptionValues {
  snapshot?: string;
  saveSnapshot?: string;
  minScore?: string;
  failOn?: string;
  out?: string;
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

interface LoadedSpec {
  spec: Spec;
  locate: Locate;
  file: string;
  hash: string;
  dir: string;
}

function usage(ru: string, en: string, hintRu: string, hintEn: string): CliError {
  return new CliError({
    code: 'USAGE',
    exit: EXIT.findings,
    message: { ru, en },
    hint: { ru: hintRu, en: hintEn },
  });
}

/** Loads the spec like `validate`; a spec with errors stops the audit with the problems printed. */
async function loadAuditSpec(ctx: CliContext, path: string): Promise<LoadedSpec> {
  const r = await loadValidSpec(ctx, path, { ru: 'аудит не выполнен', en: 'nothing was audited' });
  return {
    spec: r.spec,
    locate: r.locate,
    file: relative(ctx.cwd, r.rootFile) || r.rootFile,
    hash: r.specHash,
    dir: dirname(r.rootFile),
  };
}

function specSuppressions(spec: Spec | undefined): SuppressionEntry[] {
  return (spec?.audit?.suppress ?? []).map((s, i) => ({
    ...s,
    source: 'spec' as const,
    pointer: `/audit/suppress/${i}`,
  }));
}

/** audit.thresholds without the holes the generated type allows. */
function thresholdsOf(spec: Spec | undefined): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [id, values] of Object.entries(spec?.audit?.thresholds ?? {})) {
    const clean: Record<string, number> = {};
    for (const [k, v] of Object.entries(values ?? {})) if (typeof v === 'number') clean[k] = v;
    out[id] = clean;
  }
  return out;
}

interface Audited {
  state?: PortalState;
  data?: AuditData;
  binding?: StateFile;
  now: Date;
  source: AuditSource;
}

/** `b24cfg audit`: a live portal, a snapshot, or a spec alone → findings, a score, a report, gates. */
export async function runAuditCommand(
  ctx: CliContext,
  specPath: string | undefined,
  o: AuditCommandOptions,
): Promise<ExitCode> {
  requireFormat(ctx, ['pretty', 'json', 'markdown', 'junit', 'sarif', 'html']);
  const gates = parseGates(o.minScore, o.failOn);
  if (o.snapshot !== undefined && o.portal !== undefined) {
    throw usage(
      '--snapshot и --portal вместе не используются',
      '--snapshot and --portal do not go together',
      'Аудит идёт либо по порталу, либо по сохранённому снимку.',
      'Audit either a portal or a saved snapshot.',
    );
  }
  if (o.snapshot !== undefined && o.saveSnapshot !== undefined) {
    throw usage(
      '--save-snapshot сохраняет снимок живого портала, а не файла',
      '--save-snapshot saves a live portal, not a file',
      'Уберите --save-snapshot или укажите --portal.',
      'Drop --save-snapshot or give --portal.',
    );
  }
  const loaded = specPath !== undefined ? await loadAuditSpec(ctx, specPath) : undefined;
  const spec = loaded?.spec;
  if (spec?.standards !== undefined && spec.standards !== STANDARDS_PACK) {
    ctx.note(
      ctx.t(
        {
          ru: 'Спецификация просит пакет стандартов {asked}, а эта версия b24cfg оценивает по {pack}: оценки разных пакетов несравнимы.',
          en: 'The spec asks for the standards pack {asked}, but this b24cfg scores against {pack}: scores of different packs do not compare.',
        },
        { asked: spec.standards, pack: STANDARDS_PACK },
      ),
    );
  }
  const file: AttestationsFile = await loadAttestations(loaded?.dir ?? ctx.cwd, ctx.cwd);
  const thresholds = thresholdsOf(spec);
  const windowDays = spec?.audit?.window_days ?? 30;
  const specInfo = loaded ? { spec: loaded.file, specHash: loaded.hash } : {};
  const bindingFor = async (host: string) => (loaded ? loadStateFile(loaded.dir, host) : undefined);

  // Report inside the portal's scope, so the request summary comes after it.
  const finish = async (audited: Audited): Promise<ExitCode> => {
    const actx: AuditContext = {
      spec,
      locate: loaded?.locate,
      state: audited.state,
      data: audited.data,
      binding: audited.binding,
      attestations: file.attestations,
      suppressions: [...specSuppressions(spec), ...file.suppressions],
      now: audited.now,
      thresholds,
      windowDays,
      portalBase: audited.state?.info.kind === 'http' ? `https://${audited.state.info.host}` : undefined,
    };
    const report: AuditReport = runAudit(actx, { source: audited.source, cwd: ctx.cwd });
    // `--out report.html` without --format means the HTML report (likewise .md, .json, .sarif, .xml).
    const format = !ctx.formatGiven && o.out !== undefined ? (formatOfFile(o.out) ?? ctx.format) : ctx.format;
    const text = formatAudit(format, report, {
      lang: ctx.lang,
      chalk: format === 'pretty' && o.out !== undefined ? NO_COLOUR : ctx.chalk,
      cwd: ctx.cwd,
    });
    if (o.out !== undefined) {
      await writeTextFile(resolve(ctx.cwd, o.out), text);
      ctx.note(
        ctx.t(
          { ru: 'Отчёт сохранён: {path} (оценка {score})', en: 'Report saved: {path} (score {score})' },
          { path: o.out, score: report.score.value },
        ),
      );
    } else {
      ctx.out.write(text);
    }
    const failed = evaluateGates(report, gates);
    for (const why of failed)
      ctx.err.write(
        `${ctx.chalk.red('✗')} ${ctx.t({ ru: 'Порог аудита не пройден: ', en: 'Audit gate failed: ' })}${why[ctx.lang]}\n`,
      );
    return failed.length > 0 ? EXIT.gateFailed : EXIT.ok;
  };

  let audited: Audited;
  if (o.snapshot !== undefined) {
    const path = resolve(ctx.cwd, o.snapshot);
    const snap = await readAuditSnapshot(path);
    audited = {
      state: snap.state,
      data: snap.audit,
      binding: await bindingFor(snap.state.info.host),
      now: new Date(snap.takenAt),
      source: {
        kind: 'snapshot',
        host: snap.state.info.host,
        portalKind: snap.state.info.kind,
        ...specInfo,
        snapshot: o.snapshot,
        takenAt: snap.takenAt,
        hash: snapshotHash(snap),
      },
    };
  } else if (o.portal !== undefined || !loaded) {
    return withPortal(ctx, o, async (client) => {
      const readStart = { httpRequests: client.stats.httpRequests, restCalls: client.stats.restCalls };
      const state = await readPortalState(client, {
        languages: spec ? labelLanguages(spec) : undefined,
        now: ctx.now,
      });
      // The portal's own clock decides what is overdue and what falls in the window (rest-map §14 server.time).
      const now = new Date(state.info.readAt);
      const binding = await bindingFor(client.host);
      const progress = await startProgress(
        ctx,
        ctx.t({ ru: 'Читаем данные портала…', en: 'Reading portal data…' }),
      );
      const data = await collectAuditData(
        client,
        { spec, state, binding, thresholds, windowDays, now },
        {
          readStart,
          onProgress: (done, total) =>
            progress.update(
              ctx.t(
                {
                  ru: 'Читаем данные портала: страниц {done} из {total}',
                  en: 'Reading portal data: {done} of {total} pages',
                },
                { done, total },
              ),
            ),
        },
      );
      progress.stop();
      const snap = makeAuditSnapshot(state, data);
      if (o.saveSnapshot !== undefined) {
        await writeAuditSnapshot(resolve(ctx.cwd, o.saveSnapshot), snap);
        ctx.note(
          ctx.t(
            {
              ru: 'Снимок сохранён: {path} (повторить аудит: b24cfg audit --snapshot {path})',
              en: 'Snapshot saved: {path} (audit it again: b24cfg audit --snapshot {path})',
            },
            { path: o.saveSnapshot },
          ),
        );
      }
      return finish({
        state,
        data,
        binding,
        now,
        source: {
          kind: 'portal',
          host: state.info.host,
          portalKind: state.info.kind,
          ...specInfo,
          ...(o.saveSnapshot ? { snapshot: o.saveSnapshot } : {}),
          takenAt: snap.takenAt,
          hash: snapshotHash(snap),
        },
      } satisfies Audited);
    });
  } else {
    audited = { now: ctx.now(), source: { kind: 'spec', ...specInfo, hash: loaded.hash } };
  }

  return finish(audited);
}
