type Row = Record<string, unknown>;

interface Source {
  queue: Row[];
  /** The last id this source gave; its next rows have greater ids (an ID cursor ascends). */
  last: number;
  done: boolean;
}

/**
 * Several ID-cursor scans of one list, merged into one ascending stream with each id once. A row is let
 * out only when no unfinished scan can still give a smaller id: every scan ascends, so that bound is the
 * least of the unfinished scans' last ids. What waits is the rows one scan read ahead of another, never
 * more than the scans' union. A row without a numeric id goes out at once, for the reader to refuse.
 */
export class IdMerge {
  private readonly sources: Source[];

  constructor(
    count: number,
    private readonly idOf: (row: Row) => number,
  ) {
    this.sources = Array.from({ length: count }, () => ({
      queue: [],
      last: Number.NEGATIVE_INFINITY,
      done: false,
    }));
  }

  /** A page of source `i`, in its order; returns the rows that can go out now, ascending. */
  push(i: number, rows: readonly Row[]): Row[] {
    const s = this.source(i);
    const odd: Row[] = [];
    for (const r of rows) {
      const id = this.idOf(r);
      if (!Number.isFinite(id)) odd.push(r);
      else {
        s.queue.push(r);
        if (id > s.last) s.last = id;
      }
    }
    return [...odd, ...this.release()];
  }

  /** Source `i` has nothing more to give; returns the rows that can go out now. */
  finish(i: number): Row[] {
    this.source(i).done = true;
    return this.release();
  }

  /** Every source is over (or abandoned): all that waits, ascending. */
  drain(): Row[] {
    for (const s of this.sources) s.done = true;
    return this.release();
  }

  private source(i: number): Source {
    const s = this.sources[i];
    if (!s) throw new RangeError(`no source ${i}`);
    return s;
  }

  private release(): Row[] {
    let bound = Number.POSITIVE_INFINITY;
    for (const s of this.sources) if (!s.done && s.last < bound) bound = s.last;
    const out: Array<{ id: number; row: Row }> = [];
    for (const s of this.sources) {
      let n = 0;
      while (n < s.queue.length && this.idOf(s.queue[n] as Row) <= bound) n++;
      if (n === 0) continue;
      for (const row of s.queue.splice(0, n)) out.push({ id: this.idOf(row), row });
    }
    out.sort((a, b) => a.id - b.id);
    const rows: Row[] = [];
    let prev = Number.NaN;
    for (const { id, row } of out) {
      // A row two scans both gave (it changed between their reads) is one row.
      if (id !== prev) rows.push(row);
      prev = id;
    }
    return rows;
  }
}
