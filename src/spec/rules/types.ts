import type { Text, TextData } from '../../core/i18n.js';
import type { ProblemMeta } from '../problem.js';
import type { Spec } from '../spec.generated.js';
import type { LocationPart, Severity } from '../types.js';
import type { SpecIndex } from './spec-index.js';

export interface RuleReport<Id extends string> {
  messageId: Id;
  data?: TextData;
  /** JSON pointer of the offending value in the merged spec. */
  path: string;
  /** Overrides the rule's default severity for this report (e.g. a length that only may not fit). */
  severity?: Severity;
  hint?: Text;
  part?: LocationPart;
}

export interface RuleContext<Id extends string> {
  /** The spec as written; rules run even when the schema failed, so they read it defensively. */
  spec: Spec;
  /** Lookups shared by all rules, built once per validation (keeps validation linear). */
  index: SpecIndex;
  report(r: RuleReport<Id>): void;
}

/** A semantic rule (ESLint-style): data about itself plus one pure check that reports message ids. */
export interface SpecRule<Id extends string = string> {
  meta: ProblemMeta<Id>;
  check(ctx: RuleContext<Id>): void;
}

/** Identity helper that keeps the message ids of a rule typed. */
export function defineRule<Id extends string>(rule: SpecRule<Id>): SpecRule<Id> {
  return rule;
}
