import { plural, type Lang } from '../core/i18n.js';
import type { TransportStats } from './client.js';

function seconds(ms: number, lang: Lang): string {
  const s = (ms / 1000).toFixed(ms < 10_000 ? 1 : 0);
  return lang === 'ru' ? s.replace('.', ',') : s;
}

/**
 * The line every networked command prints at the end (README.md#commands: a command's cost is counted in
 * HTTP requests). With `verbose`, one more line per method, busiest first.
 */
export function formatRequestSummary(stats: TransportStats, lang: Lang, verbose: boolean): string {
  const calls = stats.restCalls;
  const parts =
    lang === 'ru'
      ? [
          `Запросов к порталу: ${stats.httpRequests} HTTP`,
          `${calls} ${plural(lang, calls, ['вызов', 'вызова', 'вызовов'], ['', ''])} REST`,
        ]
      : [
          `Portal requests: ${stats.httpRequests} HTTP`,
          `${calls} REST ${plural(lang, calls, ['', '', ''], ['call', 'calls'])}`,
        ];
  if (stats.retries > 0) {
    parts.push(
      lang === 'ru'
        ? `${stats.retries} ${plural(lang, stats.retries, ['повтор', 'повтора', 'повторов'], ['', ''])}`
        : `${stats.retries} ${plural(lang, stats.retries, ['', '', ''], ['retry', 'retries'])}`,
    );
  }
  if (stats.waitedMs > 0) {
    parts.push(
      lang === 'ru'
        ? `ожидание ${seconds(stats.waitedMs, lang)} с`
        : `waited ${seconds(stats.waitedMs, lang)} s`,
    );
  }
  const lines = [parts.join(', ')];
  if (verbose) {
    const rows = Object.entries(stats.byMethod).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    for (const [method, n] of rows) lines.push(`  ${method} × ${n}`);
  }
  return lines.join('\n');
}
