import type { ChalkInstance } from 'chalk';
import { fmt, type Lang } from '../../core/i18n.js';
import { scoreText } from '../audit/labels.js';
import {
  deltaText,
  gradeTitle,
  identityLine,
  labelsText,
  plain,
  requestsLine,
  summaryLine,
  worstFirst,
} from './common.js';
import { FLEET_LINES as L, FLEET_WORDS as W, REASON_TEXT } from './messages.js';
import type { FleetPortalResult, FleetResult } from './types.js';

export interface FleetPrettyOptions {
  lang: Lang;
  chalk: ChalkInstance;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function band(value: number, chalk: ChalkInstance): (s: string) => string {
  return value >= 80 ? chalk.green : value >= 55 ? chalk.yellow : chalk.red;
}

function auditRow(p: FleetPortalResult, width: number, o: FleetPrettyOptions): string {
  const { chalk, lang } = o;
  const score = p.score?.value ?? 0;
  const mark = (p.gateFailed?.length ?? 0) > 0 ? chalk.red('✗') : chalk.green('✔');
  const change = p.change
    ? `${deltaText(p.change.delta)}${p.change.newlyFailing.length > 0 ? ` (${W.newlyFailing[lang].toLowerCase()}: ${p.change.newlyFailing.join(', ')})` : ''}`
    : '';
  const cols = [
    `${mark} ${pad(p.name, width)}`,
    band(score, chalk)(pad(scoreText(score), 6)),
    pad(p.score ? gradeTitle(p.score.grade, lang) : '', 13),
    pad(change, 10),
    chalk.dim(labelsText(p.labels)),
  ];
  const lines = [cols.join(' ').trimEnd()];
  for (const why of p.gateFailed ?? []) lines.push(`    ${chalk.red(W.gate[lang])}: ${plain(why)}`);
  return lines.join('\n');
}

function planRow(p: FleetPortalResult, width: number, o: FleetPrettyOptions): string {
  const { chalk, lang } = o;
  const s = p.plan?.summary;
  const drift = p.plan?.drift === true;
  const counts = s
    ? (['create', 'update', 'rename', 'delete', 'blocked', 'manual'] as const)
        .filter((k) => s[k] > 0)
        .map((k) => `${W[k][lang]} ${s[k]}`)
        .join(', ')
    : '';
  const mark = drift ? chalk.yellow('~') : chalk.green('✔');
  const state = drift ? chalk.yellow(W.drift[lang]) : chalk.green(W.inSync[lang]);
  return `${mark} ${pad(p.name, width)} ${state}${counts ? ` · ${counts}` : ''} ${chalk.dim(labelsText(p.labels))}`.trimEnd();
}

function errorRow(p: FleetPortalResult, width: number, o: FleetPrettyOptions): string {
  const { chalk, lang } = o;
  const e = p.error;
  if (!e) return '';
  const lines = [
    `${chalk.red('✗')} ${pad(p.name, width)} ${chalk.red(W.failed[lang])} ${chalk.dim(`[${e.code}]`)} ${REASON_TEXT[e.reason][lang]}: ${plain(e.message)}`,
  ];
  if (e.where) lines.push(`    ${chalk.dim(W.where[lang])} ${plain(e.where)}`);
  if (e.hint) lines.push(`    ${chalk.cyan(W.hint[lang])} ${plain(e.hint)}`);
  return lines.join('\n');
}

/** The terminal view: one line per portal, worst first, the failed ones with what to do; then the totals. */
export function formatFleetPretty(r: FleetResult, o: FleetPrettyOptions): string {
  const { chalk, lang } = o;
  const width = Math.min(32, Math.max(8, ...r.portals.map((p) => p.name.length)));
  const out = [chalk.bold(r.kind === 'audit' ? W.fleetAudit[lang] : W.fleetPlan[lang]), ''];
  for (const p of worstFirst(r))
    out.push(
      p.error ? errorRow(p, width, o) : r.kind === 'audit' ? auditRow(p, width, o) : planRow(p, width, o),
    );
  const changed = r.portals.filter(
    (p) => p.change && (p.change.newlyFailing.length > 0 || p.change.fixed.length > 0),
  );
  if (changed.length > 0) {
    out.push('', chalk.bold(W.changesSince[lang]));
    for (const p of changed) {
      const c = p.change;
      if (!c) continue;
      out.push(
        `  ${fmt(L.changeSince, lang, { name: p.name, previous: scoreText(c.previousScore), score: scoreText(p.score?.value ?? 0), delta: deltaText(c.delta), since: c.since })}`,
      );
      if (c.newlyFailing.length > 0)
        out.push(`    ${chalk.red(W.newlyFailing[lang])}: ${c.newlyFailing.join(', ')}`);
      if (c.fixed.length > 0) out.push(`    ${chalk.green(W.fixed[lang])}: ${c.fixed.join(', ')}`);
    }
  }
  out.push(
    '',
    chalk.bold(summaryLine(r, lang)),
    chalk.dim(requestsLine(r, lang)),
    chalk.dim(identityLine(r, lang)),
  );
  return `${out.join('\n')}\n`;
}
