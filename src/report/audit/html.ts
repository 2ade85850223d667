import type { Lang } from '../../core/i18n.js';
import type { AuditReport, ReportedFinding, StandardResult } from './types.js';
import { findStandard } from '../../standards/registry.js';
import type { Evidence } from '../../standards/types.js';
import {
  gradeAction,
  gradeTitle,
  identityLine,
  isSuppressed,
  manualResults,
  requestsLine,
  shownCounts,
  shownFindings,
  shownStatus,
  sourceLine,
  type ShownStatus,
} from './common.js';
import { HTML_STYLE } from './html-style.js';
import { pointsText, scoreText, STATUS_SYMBOL } from './labels.js';
import { CATEGORY_TEXT, PART_TEXT, REPORT_WORDS as W, STATUS_TEXT } from './messages.js';

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Only http(s) links are made clickable; anything else is shown as text. */
function link(label: string, url: string | undefined): string {
  return url && /^https?:\/\//.test(url)
    ? `<a href="${esc(url)}" rel="noopener">${esc(label)}</a>`
    : esc(label);
}

function chip(status: ShownStatus, lang: Lang): string {
  return `<span class="chip s-${status}">${STATUS_SYMBOL[status]} ${esc(STATUS_TEXT[status][lang])}</span>`;
}

/** Green from 80, amber from 55, red below: the grade bands' colours. */
function band(value: number): string {
  return value >= 80 ? 'var(--ok)' : value >= 55 ? 'var(--part)' : 'var(--bad)';
}

function dial(value: number, lang: Lang): string {
  const r = 80;
  const c = 2 * Math.PI * r;
  const filled = (Math.max(0, Math.min(100, value)) / 100) * c;
  const colour = band(value);
  return `<svg class="dial" data-testid="score-dial" viewBox="0 0 200 200" width="200" height="200" role="img" aria-label="${esc(W.score[lang])} ${scoreText(value)}">
<circle cx="100" cy="100" r="${r}" fill="none" stroke="#e3e7ee" stroke-width="18"/>
<circle cx="100" cy="100" r="${r}" fill="none" stroke="${colour}" stroke-width="18" stroke-linecap="round" stroke-dasharray="${filled.toFixed(2)} ${c.toFixed(2)}" transform="rotate(-90 100 100)"/>
<text x="100" y="110" text-anchor="middle" font-size="40" fill="#1d2433" data-testid="score">${scoreText(value)}</text>
<text x="100" y="135" text-anchor="middle" font-size="13" fill="#5d6678">/ 100</text></svg>`;
}

function evidenceHtml(ev: Evidence, lang: Lang): string {
  const parts: string[] = [];
  if (ev.counts.length > 0) {
    parts.push(
      `<table><tbody>${ev.counts.map((c) => `<tr><td>${esc(c.label[lang])}</td><td class="num">${c.value}</td></tr>`).join('')}</tbody></table>`,
    );
  }
  if (ev.expected || ev.actual) {
    parts.push(
      `<div>${ev.expected ? `${W.expected[lang]}: <b>${esc(ev.expected[lang])}</b>` : ''}${ev.expected && ev.actual ? ' · ' : ''}${ev.actual ? `${W.actual[lang]}: <b>${esc(ev.actual[lang])}</b>` : ''}</div>`,
    );
  }
  for (const g of ev.samples ?? []) {
    const more =
      g.total > g.items.length
        ? ` <span class="mute">(${g.items.length} ${W.of[lang]} ${g.total})</span>`
        : '';
    const rows = g.items
      .map((s) => `<tr><td>${link(s.label, s.url)}</td><td>${s.note ? esc(s.note[lang]) : ''}</td></tr>`)
      .join('');
    parts.push(`<div>${esc(g.title[lang])}${more}</div><table><tbody>${rows}</tbody></table>`);
  }
  if (ev.read.length > 0)
    parts.push(
      `<div class="mute">${W.read[lang]}: ${ev.read.map((r) => `<code>${esc(r)}</code>`).join(' ')}</div>`,
    );
  return parts.length > 0 ? `<div class="ev">${parts.join('')}</div>` : '';
}

function findingHtml(f: ReportedFinding, lang: Lang): string {
  const info = f.scored ? '' : ` <span class="mute">(${W.forInformation[lang]})</span>`;
  const locs = (f.locations ?? [])
    .map((l) => `<code>${esc(`${l.file}:${l.line}:${l.col}`)}</code>`)
    .join(' ');
  return `<div class="finding"><div class="part">${esc(PART_TEXT[f.part][lang])} ${chip(f.status, lang)}${info}</div><div>${esc(f.message[lang])}</div>${locs ? `<div>${locs}</div>` : ''}${evidenceHtml(f.evidence, lang)}</div>`;
}

function standardHtml(r: StandardResult, lang: Lang): string {
  const meta = findStandard(r.id)?.meta;
  const sup = r.suppression
    ? `<div class="sup">${W.suppressedUntil[lang]} ${esc(r.suppression.expires)}${r.suppression.expired ? ` — <b>${W.expired[lang]}</b>` : ''}: ${esc(r.suppression.reason)}${r.suppression.by ? ` (${esc(r.suppression.by)})` : ''}</div>`
    : '';
  const shown = shownStatus(r);
  const fix =
    r.status === 'pass' || r.status === 'manual-attested' || shown === 'suppressed'
      ? ''
      : `<div class="fix"><b>${W.howToFix[lang]}:</b> ${esc(r.remediation[lang])}</div>`;
  return `<article class="std s-${shown}" id="${r.id}" data-standard="${r.id}" data-status="${r.status}">
<header><h3>${r.id} · ${esc(r.title[lang])}</h3>${chip(shown, lang)}<span class="mute">${esc(CATEGORY_TEXT[r.category][lang])} · ${W.weightLower[lang]} ${r.weight} · ${W.pointsLower[lang]} ${pointsText(r.points)}${isSuppressed(r) ? ` · ${W.leftOutOfScore[lang]}` : ''}</span></header>
${meta ? `<p class="mute">${esc(meta.rationale[lang])}</p>` : ''}${shownFindings(r)
    .map((f) => findingHtml(f, lang))
    .join('')}${sup}${fix}</article>`;
}

/** One self-contained HTML file (inline CSS and SVG, nothing loaded from the network): the auditor's deliverable. */
export function formatAuditHtml(report: AuditReport, lang: Lang): string {
  const bars = report.score.byCategory
    .map(
      (c) =>
        `<div>${esc(CATEGORY_TEXT[c.category][lang])}</div><div class="bar"><span style="width:${c.value ?? 0}%;background:${band(c.value ?? 0)}"></span></div><div class="num">${scoreText(c.value)}</div>`,
    )
    .join('');
  const counts = shownCounts(report.results);
  const overview = report.results
    .map(
      (r) =>
        `<tr data-row="${r.id}"><td><a href="#${r.id}">${r.id}</a></td><td>${esc(r.title[lang])}</td><td>${chip(shownStatus(r), lang)}</td><td class="num">${r.weight}</td><td class="num">${pointsText(r.points)}</td></tr>`,
    )
    .join('');
  const atts =
    report.attestations.length === 0
      ? `<p class="mute">${W.noAttestations[lang]}</p>`
      : `<table><thead><tr><th>ID</th><th>${W.by[lang]}</th><th>${W.at[lang]}</th><th>${W.expires[lang]}</th><th>${W.note[lang]}</th></tr></thead><tbody>${report.attestations.map((a) => `<tr><td>${esc(a.standard)}</td><td>${esc(a.by)}</td><td>${esc(a.at)}</td><td>${esc(a.expires ?? '—')}${a.expired ? ` <span class="chip s-manual-expired">${W.expired[lang]}</span>` : ''}</td><td>${esc(a.note)}${a.evidence ? ` · ${link(a.evidence, a.evidence)}` : ''}</td></tr>`).join('')}</tbody></table>`;
  const sups =
    report.suppressions.length === 0
      ? `<p class="mute">${W.noSuppressions[lang]}</p>`
      : `<table><thead><tr><th>ID</th><th>${W.reason[lang]}</th><th>${W.expires[lang]}</th><th>${W.source[lang]}</th></tr></thead><tbody>${report.suppressions.map((s) => `<tr><td>${esc(s.standard)}</td><td>${esc(s.reason)}</td><td>${esc(s.expires)}${s.expired ? ` <span class="chip s-manual-expired">${W.expired[lang]}</span>` : ''}</td><td>${esc(s.source)}</td></tr>`).join('')}</tbody></table>`;
  const manual = manualResults(report)
    .map(
      (r) =>
        `<tr><td>${r.status === 'manual-attested' ? '☑' : '☐'}</td><td><a href="#${r.id}">${r.id}</a></td><td>${esc(r.title[lang])}<div class="mute">${esc(findStandard(r.id)?.meta.how[lang] ?? '')}</div></td><td><code>b24cfg attest ${r.id} --by … --note …</code></td></tr>`,
    )
    .join('');
  const req = requestsLine(report, lang);
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(W.salesDepartmentAudit[lang])} · ${scoreText(report.score.value)}</title><style>${HTML_STYLE}</style></head>
<body><main>
<h1>${esc(W.salesDepartmentAudit[lang])}</h1>
<div class="mute">${esc(sourceLine(report, lang))}</div><div class="mute" data-testid="identity">${esc(identityLine(report, lang))}</div>
<section class="card summary">${dial(report.score.value, lang)}<div><p class="grade" data-testid="grade">${esc(gradeTitle(report, lang))}</p><p>${esc(gradeAction(report, lang))}</p>
<div class="chips">${[...counts].map(([s, n]) => `<span class="chip s-${s}">${esc(STATUS_TEXT[s][lang])}: ${n}</span>`).join('')}</div></div></section>
<section class="card"><h2 style="margin-top:0">${W.byCategory[lang]}</h2><div class="bars">${bars}</div></section>
<h2>${W.allStandards[lang]}</h2><div class="card"><table data-testid="overview"><thead><tr><th>ID</th><th>${W.standard[lang]}</th><th>${W.status[lang]}</th><th class="num">${W.weight[lang]}</th><th class="num">${W.points[lang]}</th></tr></thead><tbody>${overview}</tbody></table></div>
<h2>${W.standardsInDetail[lang]}</h2>${report.results.map((r) => standardHtml(r, lang)).join('\n')}
<h2>${W.attestations[lang]}</h2><div class="card">${atts}</div>
<h2>${W.suppressions[lang]}</h2><div class="card">${sups}</div>
<h2>${W.appendixManualChecklist[lang]}</h2><div class="card"><table><tbody>${manual}</tbody></table></div>
<p class="mute">${req ? esc(req) : ''}</p>
</main></body></html>
`;
}
