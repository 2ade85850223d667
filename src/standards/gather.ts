import { ROW_FAMILIES, type AuditRows, type RowFamily, type RowOf } from './audit-data.js';

/**
 * How a standard's data check reads portal data: rows come one family at a time, page by page, in any
 * interleaving of families (the scans run side by side), and a family's rows in the portal's id order.
 * A gatherer keeps only what its finding needs — counts, a few bytes per id for the joins between
 * families (an open deal and its activities), and the first samples by id — so an audit's memory follows
 * the evidence, not the portal (issue #18). `finish` is called once, after the last row.
 */
export type RowSink = { [F in RowFamily]?: (row: RowOf[F]) => void };

export interface Gatherer<D> extends RowSink {
  finish(): D;
}

/** A gatherer that failed on some row: its standard is reported as a failed check, like a check that throws. */
export class GatherFailure {
  constructor(readonly why: string) {}
}

/** Feeds rows held in memory (a snapshot read whole, a test) to a sink, family by family. */
export function replayRows(rows: AuditRows, sink: RowSink): void {
  for (const family of ROW_FAMILIES) {
    const take = sink[family] as ((row: unknown) => void) | undefined;
    if (!take) continue;
    for (const row of rows[family]) take(row);
  }
}
