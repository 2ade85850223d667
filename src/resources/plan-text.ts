import type { Catalogue } from '../core/catalogue.js';
import { fmt, LANGS, type Lang, type Text } from '../core/i18n.js';

/**
 * Texts of a plan (reasons, hints, notes, manual summaries) are catalogue messages by id with their
 * parameters: the planner never carries prose of its own. They turn into words only where the plan
 * is rendered or saved (src/report/plan/), so a saved plan file keeps its `{ru, en}` texts and
 * `apply plan.json` reads them back as plain `Text`.
 */
export interface PlanMessage {
  /** The catalogue entry's id, e.g. `stageRecreateHint`. */
  id: string;
  /** The catalogue entry itself (both languages, with `{placeholders}`). */
  template: Text;
  params?: Readonly<Record<string, TextParam>>;
}

/** A parameter: plain data, a pair of words already in both languages, or another message. */
export type TextParam = string | number | boolean | null | undefined | Text | PlanMessage;

/** A message made by the planner, or the `{ru, en}` text of a plan read back from a file. */
export type PlanText = PlanMessage | Text;

/** `say(STAGE_MESSAGES, 'recreateHint')`: the message with this id, with its parameters. */
export function say<C extends Catalogue, K extends keyof C & string>(
  catalogue: C,
  id: K,
  params?: Readonly<Record<string, TextParam>>,
): PlanMessage {
  return params === undefined
    ? { id, template: catalogue[id] as Text }
    : { id, template: catalogue[id] as Text, params };
}

export function isPlanMessage(v: unknown): v is PlanMessage {
  return typeof v === 'object' && v !== null && 'template' in v && 'id' in v;
}

/** The text in one language. */
export function planText(t: PlanText, lang: Lang): string {
  if (!isPlanMessage(t)) return t[lang];
  if (t.params === undefined) return fmt(t.template, lang);
  const data: Record<string, string | number | boolean | null | undefined> = {};
  for (const [k, v] of Object.entries(t.params)) data[k] = paramText(v, lang);
  return fmt(t.template, lang, data);
}

function paramText(v: TextParam, lang: Lang): string | number | boolean | null | undefined {
  if (v === null || typeof v !== 'object') return v;
  return planText(v, lang);
}

/** Both languages, as a saved plan stores them. */
export function resolvedText(t: PlanText): Text {
  if (!isPlanMessage(t)) return t;
  const out = {} as Text;
  for (const lang of LANGS) out[lang] = planText(t, lang);
  return out;
}

/** Several messages shown as one (e.g. two coercion notes of one open line), joined with "; ". */
export function joinedText(parts: readonly PlanText[]): Text {
  const out = {} as Text;
  for (const lang of LANGS) out[lang] = parts.map((p) => planText(p, lang)).join('; ');
  return out;
}

/** JSON.stringify replacer: every message becomes its `{ru, en}` text, in place. */
export function planTextReplacer(_key: string, value: unknown): unknown {
  return isPlanMessage(value) ? resolvedText(value) : value;
}
