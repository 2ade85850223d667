import { fmt, type Text, type TextData } from '../core/i18n.js';
import type { Locate, LocationPart, Severity, SourceLocation, SpecProblem } from './types.js';

/**
 * What a problem source declares about itself (ESLint-style meta): semantic rules, the schema check and the
 * loader all have one, so SARIF can list them as tool rules and tests can refer to messages by id.
 */
export interface ProblemMeta<Id extends string = string> {
  id: string;
  severity: Severity;
  /** One line: what the rule checks. */
  description: Text;
  messages: Record<Id, Text>;
  hints?: Partial<Record<Id, Text>>;
}

export interface ProblemInit<Id extends string = string> {
  messageId: Id;
  data?: TextData;
  path: string;
  severity?: Severity;
  /** Overrides the meta's hint for this one report. */
  hint?: Text;
  location?: SourceLocation;
  /** Where the location points when it is looked up by path (default: the value). */
  part?: LocationPart;
}

/**
 * Longest quoted value in a message and in the problem's data (which `--format json` prints): a value read
 * from a file (`${file:…}`) can be a whole file.
 */
const MAX_QUOTED = 120;

function shortened(data: TextData): TextData {
  const short: TextData = {};
  for (const [k, v] of Object.entries(data))
    short[k] = typeof v === 'string' && v.length > MAX_QUOTED ? `${v.slice(0, MAX_QUOTED - 1)}…` : v;
  return short;
}

function filled(t: Text, short: TextData): Text {
  return { ru: fmt(t, 'ru', short), en: fmt(t, 'en', short) };
}

/** Builds a SpecProblem with both languages filled in. */
export function makeProblem<Id extends string>(
  meta: ProblemMeta<Id>,
  init: ProblemInit<Id>,
  locate?: Locate,
): SpecProblem {
  const data = shortened(init.data ?? {});
  const hint = init.hint ?? meta.hints?.[init.messageId];
  const location = init.location ?? locate?.(init.path, init.part);
  return {
    rule: meta.id,
    messageId: init.messageId,
    severity: init.severity ?? meta.severity,
    message: filled(meta.messages[init.messageId], data),
    ...(hint ? { hint: filled(hint, data) } : {}),
    data,
    path: init.path,
    ...(location ? { location } : {}),
  };
}

/**
 * Problems in file, line, column order (files in `fileOrder`, the root spec first); problems without a
 * place keep their order at the end.
 */
export function sortProblems(
  problems: readonly SpecProblem[],
  fileOrder: readonly string[] = [],
): SpecProblem[] {
  const rank = (file: string) => {
    const i = fileOrder.indexOf(file);
    return i < 0 ? fileOrder.length : i;
  };
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => {
      const la = a.p.location;
      const lb = b.p.location;
      if (!la || !lb) return la ? -1 : lb ? 1 : a.i - b.i;
      if (la.file !== lb.file) return rank(la.file) - rank(lb.file) || (la.file < lb.file ? -1 : 1);
      return la.line - lb.line || la.col - lb.col || a.i - b.i;
    })
    .map((x) => x.p);
}
