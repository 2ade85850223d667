import { dataJson } from '../../../core/data-text.js';
import { dirname, relative, resolve } from 'node:path';
import { attest } from '../../../audit/attest.js';
import { EXIT, type ExitCode } from '../../../core/exit-codes.js';
import type { CliContext } from '../../context.js';
import { requireFormat } from '../../context.js';
import { ATTEST_MESSAGES as M } from './messages.js';

export interface AttestCommandOptions {
  by?: string;
  note?: string;
  evidence?: string;
  expires?: string;
  spec?: string;
  suppress?: boolean;
  reason?: string;
}

/** `b24cfg attest SD-13 --by … --note …` (or `--suppress --reason … --expires …`). */
export async function runAttest(ctx: CliContext, id: string, o: AttestCommandOptions): Promise<ExitCode> {
  requireFormat(ctx, ['pretty', 'json']);
  const done = await attest({
    id,
    by: o.by,
    note: o.note,
    evidence: o.evidence,
    expires: o.expires,
    suppress: o.suppress === true,
    reason: o.reason,
    dir: o.spec !== undefined ? dirname(resolve(ctx.cwd, o.spec)) : ctx.cwd,
    cwd: ctx.cwd,
    now: ctx.now(),
  });
  const shown = relative(ctx.cwd, done.path) || done.path;
  const std = done.standard.meta;
  if (ctx.format === 'json') {
    const key = done.list === 'attestations' ? 'attestation' : 'suppression';
    ctx.out.write(dataJson({ file: shown, [key]: done.entry }));
    return EXIT.ok;
  }
  const until = done.entry.expires ? ctx.t(M.until, { d: done.entry.expires }) : '';
  const what = ctx.t(done.list === 'attestations' ? M.attestation : M.suppression);
  ctx.out.write(`${ctx.chalk.green('✓')} ${what} ${std.id} «${std.title[ctx.lang]}»${until} → ${shown}\n`);
  return EXIT.ok;
}
