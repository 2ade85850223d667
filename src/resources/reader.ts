import type { BatchItemResult, RestCall } from '../portal/client.js';
import type { ReadCall, SectionAnswers } from '../portal/read.js';
import type { Spec } from '../spec/spec.generated.js';

/** What the reader asks of every section alike. */
export interface ReadContext {
  /** Languages of the user-field labels to read (labels come one language per call). */
  languages: readonly string[];
  /**
   * The spec's user fields when a plan reads the portal: a field whose label or help the plan would
   * send as a language map is read whole in the follow-up (src/resources/user-fields/all-texts.ts).
   */
  fields?: Spec['fields'];
}

/**
 * How one slice of the portal state is read: the REST calls that fetch it (packed with every other
 * section's into one batch by src/portal/read.ts) and the pure parsing of their answers into the
 * slice's own types. A slice two kinds share (the crm.status lists of stages and dictionaries) has
 * one reader, and both kinds point at it.
 */
export interface SectionReader<Section extends string, S> {
  /** The slice's key in the portal state, and its name in `unreadable`. */
  section: Section;
  calls(ctx: ReadContext): ReadCall[];
  /** Calls chosen from the first answers (raw, by key); they ride in the one follow-up request. */
  followUps?: (first: (key: string) => BatchItemResult | undefined, ctx: ReadContext) => RestCall[];
  /**
   * A paged call whose answer never says how many rows follow (its `total` counts only the page, so
   * there is no `next`): read on after the first page, a few pages a request, until one comes back
   * with fewer than 50 rows. `rows` counts the rows of one page.
   */
  readOn?: { key: string; rows(page: unknown): number };
  /** Answers → the slice. Also called for a section not read or unreadable (no answers): then empty. */
  parse(answers: SectionAnswers, ctx: ReadContext): S;
}
