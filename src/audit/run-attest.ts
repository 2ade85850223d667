import { dirname, relative, resolve } from 'node:path';
import type { CliContext } from '../cli/context.js';
import { requireFormat } from '../cli/context.js';
import { CliError } from '../core/errors.js';
import { EXIT, type ExitCode } from '../core/exit-codes.js';
import { appendEntry, dayOf, isIsoDate } from '../standards/attestations.js';
import { findStandard } from '../standards/registry.js';

export interface AttestCommandOptions {
  by?: string;
  note?: string;
  evidence?: string;
  expires?: string;
  spec?: string;
  suppress?: boolean;
  reason?: string;
}

function bad(
  code: string,
  ru: string,
  en: string,
  hintRu: string,
  hintEn: string,
  data: Record<string, string> = {},
): CliError {
  return new CliError({
    code,
    exit: EXIT.findings,
    message: { ru, en },
    hint: { ru: hintRu, en: hintEn },
    data,
  });
}

function checkDate(value: string | undefined, today: string, required: boolean): string | undefined {
  if (value === undefined) {
    if (required)
      throw bad(
        'USAGE',
        'для исключения нужен срок --expires',
        'a suppression needs --expires',
        'Исключение без срока легко забыть: укажите дату, например --expires 2026-06-30.',
        'A waiver without an end is easy to forget: give a date, e.g. --expires 2026-06-30.',
      );
    return undefined;
  }
  if (!isIsoDate(value))
    throw bad(
      'USAGE',
      'дата --expires не в формате ГГГГ-ММ-ДД: {value}',
      '--expires is not a YYYY-MM-DD date: {value}',
      'Например --expires 2026-12-31.',
      'For example --expires 2026-12-31.',
      { value },
    );
  if (value < today)
    throw bad(
      'USAGE',
      'дата --expires уже прошла: {value}',
      '--expires is already past: {value}',
      'Укажите будущую дату.',
      'Give a date in the future.',
      { value },
    );
  return value;
}

/**
 * `b24cfg attest SD-13 --by … --note …`: a person confirms a standard no API can check; with
 * `--suppress --reason … --expires …` a waiver instead. Both are appended to .b24cfg/attestations.yaml.
 */
export async function runAttest(ctx: CliContext, id: string, o: AttestCommandOptions): Promise<ExitCode> {
  requireFormat(ctx, ['pretty', 'json']);
  const std = findStandard(id);
  if (!std) {
    throw bad(
      'STANDARD_UNKNOWN',
      'нет стандарта «{id}»',
      'there is no standard "{id}"',
      'Стандарты пакета: SD-01 … SD-33 (список: standards/README.md).',
      'The pack has SD-01 … SD-33 (list: standards/README.md).',
      { id },
    );
  }
  const today = dayOf(ctx.now());
  const dir = o.spec !== undefined ? dirname(resolve(ctx.cwd, o.spec)) : ctx.cwd;
  const by = o.by?.trim();
  let entry: Record<string, string>;
  let list: 'attestations' | 'suppressions';
  if (o.suppress) {
    const reason = o.reason?.trim() ?? '';
    if (reason.length < 3)
      throw bad(
        'USAGE',
        'для исключения нужна причина --reason',
        'a suppression needs --reason',
        'Объясните, почему стандарт временно не проверяется, например --reason "телефония подключается в марте".',
        'Say why the standard is waived for now, e.g. --reason "telephony goes live in March".',
      );
    entry = { standard: std.meta.id, reason, expires: checkDate(o.expires, today, true) as string };
    if (by) entry.by = by;
    list = 'suppressions';
  } else {
    if (!std.meta.classes.includes('M')) {
      throw bad(
        'NOT_MANUAL',
        '{id} проверяется автоматически — подтверждать его не нужно',
        '{id} is checked automatically; it takes no attestation',
        'Чтобы временно не учитывать его, используйте исключение: b24cfg attest {id} --suppress --reason … --expires ГГГГ-ММ-ДД.',
        'To waive it for a while, use a suppression: b24cfg attest {id} --suppress --reason … --expires YYYY-MM-DD.',
        { id: std.meta.id },
      );
    }
    if (!by || !o.note?.trim())
      throw bad(
        'USAGE',
        'нужны --by и --note',
        '--by and --note are required',
        'Кто проверил и что именно: --by "Мария Петрова" --note "права на удаление сняты у всех ролей".',
        'Who checked and what exactly: --by "Maria Petrova" --note "delete rights removed from every role".',
      );
    entry = { standard: std.meta.id, by, at: today, note: o.note.trim() };
    if (o.evidence?.trim()) entry.evidence = o.evidence.trim();
    const expires = checkDate(o.expires, today, false);
    if (expires) entry.expires = expires;
    list = 'attestations';
  }
  const path = await appendEntry(dir, ctx.cwd, list, entry);
  const shown = relative(ctx.cwd, path) || path;
  if (ctx.format === 'json')
    ctx.out.write(
      `${JSON.stringify({ file: shown, [list === 'attestations' ? 'attestation' : 'suppression']: entry }, null, 2)}\n`,
    );
  else {
    const until = entry.expires ? ctx.t({ ru: ' до {d}', en: ' until {d}' }, { d: entry.expires }) : '';
    const what =
      list === 'attestations'
        ? ctx.t({ ru: 'Подтверждение', en: 'Attestation' })
        : ctx.t({ ru: 'Исключение', en: 'Suppression' });
    ctx.out.write(
      `${ctx.chalk.green('✓')} ${what} ${std.meta.id} «${std.meta.title[ctx.lang]}»${until} → ${shown}\n`,
    );
  }
  return EXIT.ok;
}
