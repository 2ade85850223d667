import type { Lang } from '../../core/i18n.js';
import { CATEGORIES } from '../../standards/types.js';
import { esc } from '../audit/html.js';
import { scoreText } from '../audit/labels.js';
import { CATEGORY_TEXT } from '../audit/messages.js';
import {
  deltaText,
  gradeTitle,
  identityLine,
  plain,
  requestsLine,
  summaryLine,
  worstFirst,
} from './common.js';
import { FLEET_DASHBOARD_SCRIPT, FLEET_DASHBOARD_STYLE } from './html-assets.js';
import { FLEET_WORDS as W, REASON_TEXT } from './messages.js';
import type { FleetPortalResult, FleetResult, ReportHref } from './types.js';

const PLAN_KEYS = ['create', 'update', 'rename', 'delete', 'blocked', 'manual'] as const;

/** Red at 0 through amber to green at 100: the heat of one cell; grey when nothing counted. */
function heat(value: number | null | undefined): string {
  if (value === null || value === undefined) return 'background:#eef1f6;color:#5d6678';
  const hue = Math.round(Math.max(0, Math.min(100, value)) * 1.2);
  return `background:hsl(${hue},70%,${value >= 80 ? 82 : 86}%)`;
}

function nameCell(p: FleetPortalResult, href: ReportHref, lang: Lang): string {
  const name = esc(p.name);
  const link = p.report
    ? `<a href="${esc(encodeURI(href(p.report)))}" data-testid="report-link" title="${esc(W.fullReport[lang])}">${name}</a>`
    : `<span title="${esc(W.noReport[lang])}">${name}</span>`;
  return `<td class="name">${link}${p.host ? `<div class="mute">${esc(plain(p.host))}</div>` : ''}</td>`;
}

function labelsCell(p: FleetPortalResult): string {
  return `<td>${Object.entries(p.labels)
    .map(([k, v]) => `<span class="label">${esc(k)}: ${esc(plain(v))}</span>`)
    .join(' ')}</td>`;
}

function rowOpen(p: FleetPortalResult, extra: string): string {
  return `<tr data-portal="${esc(p.name)}" data-labels="${esc(JSON.stringify(p.labels))}"${extra}>`;
}

function changeCell(p: FleetPortalResult, lang: Lang): string {
  const c = p.change;
  if (!c) return '<td class="num mute">—</td>';
  const cls = c.delta > 0 ? 'up' : c.delta < 0 ? 'down' : '';
  const news =
    c.newlyFailing.length > 0
      ? `<div class="down small">${esc(W.newlyFailing[lang])}: ${c.newlyFailing.map(esc).join(', ')}</div>`
      : '';
  return `<td class="num" data-testid="change"><span class="${cls}" title="${esc(`${W.since[lang]} ${c.since}: ${scoreText(c.previousScore)}`)}">${esc(deltaText(c.delta))}</span>${news}</td>`;
}

function errorRow(p: FleetPortalResult, span: number, href: ReportHref, lang: Lang): string {
  const e = p.error;
  if (!e) return '';
  return `${rowOpen(p, ' class="failed" data-failed="1"')}${nameCell(p, href, lang)}<td colspan="${span}" class="err"><b>${esc(W.failed[lang])}</b> · ${esc(REASON_TEXT[e.reason][lang])} <code>${esc(e.code)}</code><div>${esc(plain(e.message))}</div>${e.hint ? `<div class="mute">${esc(W.hint[lang])} <code>${esc(plain(e.hint))}</code></div>` : ''}</td>${labelsCell(p)}</tr>`;
}

function auditRows(r: FleetResult, href: ReportHref, lang: Lang): { head: string; rows: string } {
  const head = `<tr><th>${W.portal[lang]}</th><th class="num">${W.score[lang]}</th><th>${W.grade[lang]}</th><th class="num">${W.change[lang]}</th>${CATEGORIES.map((c) => `<th class="num cat">${esc(CATEGORY_TEXT[c][lang])}</th>`).join('')}<th>${W.labels[lang]}</th></tr>`;
  const rows = worstFirst(r)
    .map((p) => {
      if (p.error) return errorRow(p, CATEGORIES.length + 3, href, lang);
      const by = new Map((p.score?.byCategory ?? []).map((c) => [c.category, c.value]));
      const value = p.score?.value ?? 0;
      const gate =
        (p.gateFailed?.length ?? 0) > 0
          ? ` <span class="down" title="${esc((p.gateFailed ?? []).map(plain).join('; '))}">✗</span>`
          : '';
      return `${rowOpen(p, '')}${nameCell(p, href, lang)}<td class="num score" style="${heat(value)}" data-testid="score">${scoreText(value)}${gate}</td><td>${esc(p.score ? gradeTitle(p.score.grade, lang) : '')}</td>${changeCell(p, lang)}${CATEGORIES.map((c) => `<td class="num" style="${heat(by.get(c))}">${scoreText(by.get(c) ?? null)}</td>`).join('')}${labelsCell(p)}</tr>`;
    })
    .join('\n');
  return { head, rows };
}

function planRows(r: FleetResult, href: ReportHref, lang: Lang): { head: string; rows: string } {
  const head = `<tr><th>${W.portal[lang]}</th><th>${W.result[lang]}</th>${PLAN_KEYS.map((k) => `<th class="num">${esc(W[k][lang])}</th>`).join('')}<th>${W.labels[lang]}</th></tr>`;
  const rows = worstFirst(r)
    .map((p) => {
      if (p.error) return errorRow(p, PLAN_KEYS.length + 1, href, lang);
      const s = p.plan?.summary;
      const drift = p.plan?.drift === true;
      return `${rowOpen(p, '')}${nameCell(p, href, lang)}<td style="${heat(drift ? 40 : 100)}">${esc(drift ? W.drift[lang] : W.inSync[lang])}</td>${PLAN_KEYS.map((k) => `<td class="num" style="${heat((s?.[k] ?? 0) > 0 && k !== 'manual' ? 40 : null)}">${s?.[k] ?? 0}</td>`).join('')}${labelsCell(p)}</tr>`;
    })
    .join('\n');
  return { head, rows };
}

function filters(r: FleetResult, lang: Lang): string {
  const keys = [...new Set(r.portals.flatMap((p) => Object.keys(p.labels)))].sort();
  const selects = keys
    .map((k) => {
      const values = [
        ...new Set(r.portals.flatMap((p) => (p.labels[k] !== undefined ? [p.labels[k]] : []))),
      ].sort();
      const options = values.map((v) => `<option value="${esc(v)}">${esc(plain(v))}</option>`).join('');
      return `<label>${esc(k)} <select data-filter="${esc(k)}"><option value="">${esc(W.all[lang])}</option>${options}</select></label>`;
    })
    .join(' ');
  return `<section class="card filters" data-testid="filters"><b>${W.filters[lang]}</b> ${selects} <span class="mute">${W.shown[lang]} <b data-testid="shown">${r.portals.length}</b> / ${r.portals.length}</span></section>`;
}

function changes(r: FleetResult, lang: Lang): string {
  const changed = r.portals.filter((p) => p.change);
  if (r.kind !== 'audit') return '';
  if (changed.length === 0) return `<h2>${W.changesSince[lang]}</h2><p class="mute">${W.noChange[lang]}</p>`;
  const rows = changed
    .map((p) => {
      const c = p.change;
      if (!c) return '';
      return `<tr><td>${esc(p.name)}</td><td class="num">${scoreText(c.previousScore)} → ${scoreText(p.score?.value ?? 0)}</td><td class="num">${esc(deltaText(c.delta))}</td><td>${c.newlyFailing.map(esc).join(', ') || esc(W.noneFailing[lang])}</td><td>${c.fixed.map(esc).join(', ') || '—'}</td><td class="mute">${esc(c.since)}</td></tr>`;
    })
    .join('');
  return `<h2>${W.changesSince[lang]}</h2><div class="card"><table data-testid="changes"><thead><tr><th>${W.portal[lang]}</th><th class="num">${W.score[lang]}</th><th class="num">${W.change[lang]}</th><th>${W.newlyFailing[lang]}</th><th>${W.fixed[lang]}</th><th>${W.since[lang]}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/**
 * The fleet dashboard: one self-contained HTML file (inline CSS and script, nothing from the network).
 * Portals × categories as a heat table, worst first, filters by label, each portal's change since its
 * previous run and a link to its full report.
 */
export function formatFleetHtml(r: FleetResult, lang: Lang, href: ReportHref = (x) => x): string {
  const title = r.kind === 'audit' ? W.fleetAudit[lang] : W.fleetPlan[lang];
  const table = r.kind === 'audit' ? auditRows(r, href, lang) : planRows(r, href, lang);
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)} · ${r.summary.done}/${r.summary.portals}</title><style>${FLEET_DASHBOARD_STYLE}</style></head>
<body><main>
<h1>${esc(title)}</h1>
<div class="mute" data-testid="identity">${esc(identityLine(r, lang))}</div>
<section class="card" data-testid="summary"><b>${esc(summaryLine(r, lang))}</b></section>
${filters(r, lang)}
<h2>${r.kind === 'audit' ? W.byCategory[lang] : W.changes[lang]}</h2>
<div class="card scroll"><table class="heat" data-testid="heat"><thead>${table.head}</thead><tbody>
${table.rows}
</tbody></table></div>
${changes(r, lang)}
<p class="mute">${esc(requestsLine(r, lang))}</p>
</main><script>${FLEET_DASHBOARD_SCRIPT}</script></body></html>
`;
}
