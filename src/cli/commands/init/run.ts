import { dataJson } from '../../../core/data-text.js';
import { resolve } from 'node:path';
import { EXIT, type ExitCode } from '../../../core/exit-codes.js';
import { displayPath } from '../../../spec/file-refs.js';
import { listTemplates, planInit, writeInit } from '../../../spec/templates.js';
import type { CliContext } from '../../context.js';
import { requireFormat } from '../../context.js';
import { INIT_MESSAGES as M } from './messages.js';

export interface InitOptions {
  template: string;
  out: string;
  force?: boolean;
  list?: boolean;
}

/** `b24cfg init`: the template list, or the spec and its files written, with what to run next. */
export async function runInit(ctx: CliContext, opts: InitOptions): Promise<ExitCode> {
  requireFormat(ctx, ['pretty', 'json']);
  if (opts.list) {
    const all = await listTemplates();
    if (ctx.format === 'json') {
      ctx.out.write(
        dataJson({ version: 1, templates: all.map(({ name, description }) => ({ name, description })) }),
      );
    } else {
      for (const t of all) ctx.out.write(`${ctx.chalk.bold(t.name)}  ${t.description}\n`);
    }
    return EXIT.ok;
  }
  const out = resolve(ctx.cwd, opts.out);
  const plan = await planInit(opts.template, out);
  const written = (await writeInit(plan, { force: opts.force === true, cwd: ctx.cwd })).map((f) =>
    displayPath(f, ctx.cwd),
  );
  const spec = displayPath(out, ctx.cwd);
  const next = [`b24cfg validate ${spec}`, `b24cfg plan ${spec} --portal sandbox`] as const;
  if (ctx.format === 'json') {
    ctx.out.write(dataJson({ version: 1, template: plan.template.name, written, next }));
    return EXIT.ok;
  }
  const c = ctx.chalk;
  const lines = [
    `${c.green('✔')} ${ctx.t(M.wrote, { spec, template: plan.template.name })}`,
    ...written.slice(1).map((f) => `  + ${f}`),
    '',
    c.bold(ctx.t(M.next)),
    `  1. ${ctx.t(M.fillVariables)}`,
    `  2. ${ctx.t(M.validate)} ${c.cyan(next[0])}`,
    `  3. ${ctx.t(M.plan)} ${c.cyan(next[1])}`,
  ];
  ctx.out.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
