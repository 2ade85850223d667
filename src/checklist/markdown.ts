import { fmt, type Lang } from '../core/i18n.js';
import { terminalSafe } from '../core/terminal-text.js';
import { CHECKLIST_TEXT as T } from './messages.js';
import { capitalize, generatedAt, itemsCount } from './texts.js';
import type { Checklist, ChecklistBody, ChecklistItem } from './types.js';

/** A checklist line holds a whole task description written in the spec: cut only what no one wrote. */
const MAX_CHECKLIST_LINE = 20_000;

/** The checklist as Markdown with task-list boxes (`- [ ]`), readable as plain text too. */
export function checklistToMarkdown(c: Checklist, lang: Lang): string {
  const L = (x: { ru: string; en: string }) => fmt(x, lang);
  const out: string[] = [`# ${L(T.title)}`, ''];
  const meta = [
    c.client ? `**${L(T.client)}:** ${esc(c.client)}` : '',
    c.portal ? `**${L(T.portal)}:** ${esc(c.portal)}` : '',
    `**${L(T.spec)}:** ${esc(c.specFile)}`,
    `**${L(T.generated)}:** ${generatedAt(c)}`,
    `**${itemsCount(c.total, lang)}**`,
  ].filter(Boolean);
  out.push(meta.join(' · '), '', `> ${L(T.intro)}`, '');
  if (c.archive) out.push(...archiveLines(c.archive, lang));
  if (c.sections.length === 0) {
    out.push(L(T.nothing), '');
    return terminalSafe(out.join('\n'), { maxLine: MAX_CHECKLIST_LINE });
  }
  c.sections.forEach((s, si) => {
    const n = s.groups.reduce((m, g) => m + g.items.length, 0);
    out.push(
      `## ${si + 1}. ${esc(L(s.title))} (${itemsCount(n, lang)})`,
      '',
      `**${L(T.where)}:** ${esc(L(s.where))}`,
      '',
    );
    for (const g of s.groups) {
      if (g.title) out.push(`### ${esc(L(g.title))}`, '');
      if (g.where) out.push(`*${L(T.where)}:* ${esc(L(g.where))}`, '');
      for (const item of g.items) out.push(...itemLines(item, lang), '');
    }
  });
  const text = `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
  return terminalSafe(text, { maxLine: MAX_CHECKLIST_LINE });
}

function itemLines(item: ChecklistItem, lang: Lang): string[] {
  const L = (x: { ru: string; en: string }) => fmt(x, lang);
  const lines = [`- [ ] **${esc(capitalize(L(item.title)))}**`];
  for (const f of item.fields) lines.push(`  - ${esc(L(f.label))}: ${esc(L(f.value))}`);
  for (const w of item.warnings) lines.push(`  - ⚠ ${esc(L(w))}`);
  const shows = item.archive?.status === 'differs' ? `✗ ${L(T.archiveDiffers)}` : L(T.archiveCannot);
  for (const n of item.archive?.notes ?? []) lines.push(`  - ${shows}: ${esc(L(n))}`);
  lines.push(`  - *${L(T.why)}: ${esc(L(item.reason))}*`);
  for (const b of item.bodies) lines.push('', ...bodyLines(b, lang));
  return lines;
}

/** The archive the checklist was checked against, and what is set up only on the portal. */
function archiveLines(a: NonNullable<Checklist['archive']>, lang: Lang): string[] {
  const L = (x: { ru: string; en: string }) => fmt(x, lang);
  const out = [fmt(T.archiveChecked, lang, { file: esc(a.file), age: L(a.age), matched: a.matched }), ''];
  if (a.portalOnly.length > 0) {
    out.push(`**${fmt(T.portalOnly, lang, { n: a.portalOnly.length })}:**`, '');
    for (const p of a.portalOnly) out.push(`- ${esc(L(p))}`);
    out.push('');
  }
  return out;
}

function bodyLines(b: ChecklistBody, lang: Lang): string[] {
  const label = `${fmt(b.label, lang)}${b.file ? ` (${b.file})` : ''}:`;
  const out = [`  ${esc(label)}`, '', ...fenced(b.text, 'text')];
  if (b.source !== undefined)
    out.push('', `  ${fmt(T.html, lang)}:`, '', ...fenced(b.source.trimEnd(), 'html'));
  return out;
}

/** A fenced block indented under the list item, with a fence longer than any backtick run inside. */
function fenced(text: string, info: string): string[] {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`  ${fence}${info}`, ...text.split('\n').map((l) => (l === '' ? '' : `  ${l}`)), `  ${fence}`];
}

/** Escapes what Markdown would turn into markup; underscores inside words are left alone. */
function esc(s: string): string {
  return s.replace(/([\\`*[\]<>])/g, '\\$1');
}
