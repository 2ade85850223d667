import type { ReadCall, SectionAnswers, SectionRead } from '../portal/read.js';

/** What the reader asks of every section alike. */
export interface ReadContext {
  /** Languages of the user-field labels to read (labels come one language per call). */
  languages: readonly string[];
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
  followUps?: SectionRead['followUps'];
  /**
   * A paged call whose answer never says how many rows follow (its `total` counts only the page, so
   * there is no `next`): read on after the first page, a few pages a request, until one comes back
   * with fewer than 50 rows. `rows` counts the rows of one page.
   */
  readOn?: { key: string; rows(page: unknown): number };
  /** Answers → the slice. Also called for a section not read or unreadable (no answers): then empty. */
  parse(answers: SectionAnswers, ctx: ReadContext): S;
}
