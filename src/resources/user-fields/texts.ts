import type { FieldDiff } from '../change.js';
import type { Field, LocalizedText } from '../../spec/spec.generated.js';
import type { PortalUserField } from './read.js';

/** The label keys the spec's `label` writes: the card's, the grid's and the filter's. */
export const LABEL_KEYS = ['EDIT_FORM_LABEL', 'LIST_COLUMN_LABEL', 'LIST_FILTER_LABEL'] as const;

/**
 * Texts the portal has per language vs the spec's text (a string means every language, a map only the
 * languages it lists), one diff per language that differs, named `<key>.<lang>`.
 */
function textDiffs(key: string, spec: LocalizedText, portal: Readonly<Record<string, string>>): FieldDiff[] {
  const out: FieldDiff[] = [];
  for (const lang of Object.keys(portal).sort()) {
    const want = typeof spec === 'string' ? spec : (spec as Record<string, string | undefined>)[lang];
    if (want === undefined) continue;
    if (portal[lang] !== want) out.push({ field: `${key}.${lang}`, before: portal[lang], after: want });
  }
  return out;
}

/** Labels the portal has per language vs the spec's label (a string means every language). */
export function labelDiffs(spec: LocalizedText, portal: Record<string, string>): FieldDiff[] {
  return textDiffs('EDIT_FORM_LABEL', spec, portal);
}

/**
 * The grid's column header and the filter's name per language vs the spec's label, which b24cfg writes to
 * all three. An empty one is not compared: fields made otherwise than in the CRM's settings or by
 * b24cfg may hold none (docs/bitrix24/user-fields.md#list-labels).
 */
export function listLabelDiffs(spec: LocalizedText, p: PortalUserField): FieldDiff[] {
  const given = (texts: Readonly<Record<string, string>> | undefined) =>
    Object.fromEntries(Object.entries(texts ?? {}).filter(([, t]) => t !== ''));
  return [
    ...textDiffs('LIST_COLUMN_LABEL', spec, given(p.columnLabels)),
    ...textDiffs('LIST_FILTER_LABEL', spec, given(p.filterLabels)),
  ];
}

/** The field's help per language vs the spec's `help`; no `help` in the spec leaves it unmanaged. */
export function helpDiffs(
  spec: LocalizedText | undefined,
  portal: Readonly<Record<string, string>>,
): FieldDiff[] {
  return spec === undefined ? [] : textDiffs('HELP_MESSAGE', spec, portal);
}

/** Every text diff of a field: its label in the three places, then its help. */
export function textDiffsOf(f: Field, p: PortalUserField): FieldDiff[] {
  return [
    ...labelDiffs(f.label, p.labels),
    ...listLabelDiffs(f.label, p),
    ...helpDiffs(f.help, p.help ?? {}),
  ];
}

/**
 * Whether an update with these diffs sends a label key or the help as a language map (calls.ts sends
 * the three label keys together when any of them differs, and the help when it differs).
 */
export function sendsTextMap(f: Field, diffs: readonly FieldDiff[]): boolean {
  const differs = (keys: readonly string[]) =>
    diffs.some((d) => keys.some((k) => d.field.startsWith(`${k}.`)));
  return (
    (typeof f.label === 'object' && differs(LABEL_KEYS)) ||
    (typeof f.help === 'object' && differs(['HELP_MESSAGE']))
  );
}

/**
 * Whether the plan would update this existing field with a label or the help as a language map: the
 * field's texts must then be read in every portal language first (src/resources/user-fields/all-texts.ts).
 * A field whose type or multiplicity differs is refused, not updated.
 */
export function needsAllTexts(f: Field, p: PortalUserField): boolean {
  if (p.type !== f.type || (f.multiple !== undefined && p.multiple !== f.multiple)) return false;
  return sendsTextMap(f, textDiffsOf(f, p));
}

/**
 * A label or the help as update must receive it to leave exactly the spec's texts. A string goes to
 * every language as it is. A map writes the languages it lists and "" to every other one
 * (docs/bitrix24/parity.md#uf-labels), so the field's texts in every other language, read with
 * userfield.get (`allTexts`), are sent back with it.
 */
export function textToSend(spec: LocalizedText, portal: Readonly<Record<string, string>>): LocalizedText {
  if (typeof spec === 'string') return spec;
  const given = Object.entries(spec as Readonly<Record<string, string | undefined>>).filter(
    (e): e is [string, string] => e[1] !== undefined,
  );
  return { ...portal, ...Object.fromEntries(given) };
}
