/** Process (P), success (S) or failure (F): crm.status SEMANTICS, P stored as empty (docs/bitrix24/stages.md#semantics). */
export type Semantics = 'P' | 'S' | 'F';

/** One item of a crm.status list as the spec wants it (a stage, a lead status, a source …). */
export interface DesiredStatus {
  code: string;
  /** undefined = keep whatever name the portal has (e.g. WON when the spec has no `won:`). */
  name?: string;
  color?: string;
  /** A sort the spec fixes; otherwise the order of the list decides. */
  sort?: number;
  semantics: Semantics;
  pointer: string;
}

/** One item of a crm.status list on the portal (or a default stage of a pipeline this plan creates). */
export interface StatusRef {
  /** STATUS_ID without the C{id}: prefix of a non-default pipeline. */
  code: string;
  /** undefined for a default stage of a pipeline this plan creates. */
  id?: number;
  /** Position in the SORT-ordered list of a new pipeline's default stages. */
  defaultIndex?: number;
  name?: string;
  sort: number;
  color: string | null;
  semantics: 'S' | 'F' | null;
  system: boolean;
}

export const semanticsOf = (s: StatusRef['semantics']): Semantics =>
  s === 'S' ? 'S' : s === 'F' ? 'F' : 'P';

/** What an update of a list item carries: its sort move orders the calls (src/resources/crm-status/calls.ts). */
export interface SortMove {
  sortFrom: number;
  sortTo: number;
}
