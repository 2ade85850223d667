import { fmt, type Lang, type Text } from '../core/i18n.js';
import { CHECKLIST_TEXT as T } from './messages.js';
import { capitalize, generatedAt, itemsCount } from './texts.js';
import type { Checklist, ChecklistBody, ChecklistItem } from './types.js';

/**
 * The checklist as one self-contained HTML page: inline CSS, no scripts, no fonts, images or links
 * to anything outside the file (it is opened offline at a client's office and printed). Checkboxes
 * work in the browser; every text from the spec is escaped, e-mail HTML is shown as source.
 */
export function checklistToHtml(c: Checklist, lang: Lang): string {
  const L = (x: Text) => fmt(x, lang);
  const meta = [
    c.client ? `<b>${L(T.client)}:</b> ${esc(c.client)}` : '',
    c.portal ? `<b>${L(T.portal)}:</b> ${esc(c.portal)}` : '',
    `<b>${L(T.spec)}:</b> ${esc(c.specFile)}`,
    `<b>${L(T.generated)}:</b> ${generatedAt(c)}`,
    `<b>${itemsCount(c.total, lang)}</b>`,
  ].filter(Boolean);
  const toc = c.sections
    .map((s, i) => {
      const n = s.groups.reduce((m, g) => m + g.items.length, 0);
      return `<li><a href="#s${i + 1}">${esc(L(s.title))}</a> <span class="count">${n}</span></li>`;
    })
    .join('');
  const sections = c.sections
    .map((s, i) => {
      const n = s.groups.reduce((m, g) => m + g.items.length, 0);
      const groups = s.groups
        .map(
          (g) =>
            (g.title ? `<h3>${esc(L(g.title))}</h3>` : '') +
            (g.where ? `<p class="where"><b>${L(T.where)}:</b> ${esc(L(g.where))}</p>` : '') +
            `<ul class="items">${g.items.map((it) => itemHtml(it, lang)).join('')}</ul>`,
        )
        .join('');
      return (
        `<section id="s${i + 1}"><h2>${i + 1}. ${esc(L(s.title))} <span class="count">${itemsCount(n, lang)}</span></h2>` +
        `<p class="where"><b>${L(T.where)}:</b> ${esc(L(s.where))}</p>${groups}</section>`
      );
    })
    .join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(L(T.title))}${c.client ? ` — ${esc(c.client)}` : ''}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header>
<h1>${esc(L(T.title))}</h1>
<p class="meta">${meta.join(' · ')}</p>
<p class="intro">${esc(L(T.intro))}</p>
${c.archive ? archiveHtml(c.archive, lang) : ''}
${c.sections.length > 0 ? `<nav><b>${L(T.contents)}</b><ol>${toc}</ol></nav>` : `<p>${esc(L(T.nothing))}</p>`}
</header>
${sections}
</main>
</body>
</html>
`;
}

function itemHtml(item: ChecklistItem, lang: Lang): string {
  const L = (x: Text) => fmt(x, lang);
  const fields = item.fields.length
    ? `<dl>${item.fields.map((f) => `<dt>${esc(L(f.label))}</dt><dd>${esc(L(f.value))}</dd>`).join('')}</dl>`
    : '';
  const warnings = item.warnings.map((w) => `<p class="warn">⚠ ${esc(L(w))}</p>`).join('');
  const shows = item.archive?.status === 'differs' ? `✗ ${L(T.archiveDiffers)}` : L(T.archiveCannot);
  const archive = (item.archive?.notes ?? [])
    .map(
      (n) =>
        `<p class="${item.archive?.status === 'differs' ? 'warn' : 'why'}">${esc(shows)}: ${esc(L(n))}</p>`,
    )
    .join('');
  const bodies = item.bodies.map((b) => bodyHtml(b, lang)).join('');
  return (
    `<li><label><input type="checkbox"> <span class="title">${esc(capitalize(L(item.title)))}</span></label>` +
    `${fields}${warnings}${archive}<p class="why">${L(T.why)}: ${esc(L(item.reason))}</p>${bodies}</li>`
  );
}

/** The archive the checklist was checked against, and what is set up only on the portal. */
function archiveHtml(a: NonNullable<Checklist['archive']>, lang: Lang): string {
  const L = (x: Text) => fmt(x, lang);
  const head = `<p class="archive">${esc(fmt(T.archiveChecked, lang, { file: a.file, age: L(a.age), matched: a.matched }))}</p>`;
  if (a.portalOnly.length === 0) return head;
  const items = a.portalOnly.map((p) => `<li>${esc(L(p))}</li>`).join('');
  return `${head}<p class="warn"><b>${esc(fmt(T.portalOnly, lang, { n: a.portalOnly.length }))}:</b></p><ul>${items}</ul>`;
}

function bodyHtml(b: ChecklistBody, lang: Lang): string {
  const label = `${fmt(b.label, lang)}${b.file ? ` (${b.file})` : ''}`;
  const source =
    b.source !== undefined
      ? `<details><summary>${fmt(T.html, lang)}</summary><pre>${esc(b.source.trimEnd())}</pre></details>`
      : '';
  return `<details class="body" open><summary>${esc(label)}</summary><pre>${esc(b.text)}</pre>${source}</details>`;
}

function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const CSS = `
:root{color-scheme:light;--ink:#1f2937;--muted:#6b7280;--line:#e5e7eb;--accent:#2563eb;--warn:#b45309}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:#f9fafb}
main{max-width:960px;margin:0 auto;padding:24px 20px 64px;background:#fff}
h1{font-size:26px;margin:0 0 8px}
h2{font-size:20px;margin:36px 0 6px;padding-top:12px;border-top:2px solid var(--line)}
h3{font-size:16px;margin:22px 0 4px}
.meta,.where,.why{color:var(--muted)}
.intro{background:#eff6ff;border-left:4px solid var(--accent);padding:8px 12px}
.archive{background:#f0fdf4;border-left:4px solid #16a34a;padding:8px 12px}
.count{font-size:13px;font-weight:normal;color:var(--muted)}
nav ol{margin:6px 0 0;padding-left:22px}
nav a{color:var(--accent);text-decoration:none}
ul.items{list-style:none;margin:6px 0;padding:0}
ul.items>li{border:1px solid var(--line);border-radius:8px;padding:10px 12px;margin:8px 0;break-inside:avoid}
label{display:flex;gap:8px;align-items:baseline;cursor:pointer}
input[type=checkbox]{transform:scale(1.2)}
input[type=checkbox]:checked+.title{text-decoration:line-through;color:var(--muted)}
.title{font-weight:600}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:8px 0 4px 28px}
dt{color:var(--muted)}
dd{margin:0}
.warn{color:var(--warn);margin:6px 0 0 28px}
.why{font-size:13px;margin:6px 0 0 28px;font-style:italic}
details{margin:6px 0 0 28px}
summary{cursor:pointer;color:var(--muted)}
pre{white-space:pre-wrap;background:#f3f4f6;border-radius:6px;padding:8px 10px;margin:4px 0;font:13px/1.45 ui-monospace,Menlo,Consolas,monospace}
@media print{body{background:#fff}main{padding:0}nav{display:none}details{display:block}}
`;
