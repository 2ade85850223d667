import type { RowFamily, RowOf } from '../standards/audit-data.js';
import { GatherFailure, type Gatherer } from '../standards/gather.js';
import { STANDARDS } from '../standards/registry.js';
import type { AuditContext, Standard } from '../standards/types.js';

/** The standards' gatherers over one stream of rows. */
export interface Digesting {
  feed<F extends RowFamily>(family: F, rows: ReadonlyArray<RowOf[F]>): void;
  /** What each gatherer made of the rows, by standard id (a GatherFailure for one that failed). */
  finish(): Map<string, unknown>;
}

interface Running {
  id: string;
  g?: Gatherer<unknown>;
  failed?: GatherFailure;
}

function failureOf(e: unknown): GatherFailure {
  return new GatherFailure(e instanceof Error ? e.message : String(e));
}

/**
 * Starts every standard's gatherer (src/standards/gather.ts) on `ctx`, whose data holds the facts known
 * before the rows. A gatherer that throws is stopped and its standard reported as a failed check; the
 * others go on, as a check that throws does not take the audit down (src/audit/engine.ts).
 */
export function startDigests(ctx: AuditContext, standards: readonly Standard[] = STANDARDS): Digesting {
  const running = standards.flatMap((std): Running[] => {
    if (!std.gather) return [];
    try {
      return [{ id: std.meta.id, g: std.gather(ctx) }];
    } catch (e) {
      return [{ id: std.meta.id, failed: failureOf(e) }];
    }
  });
  return {
    feed(family, rows) {
      for (const r of running) {
        const take = r.g?.[family] as ((row: RowOf[typeof family]) => void) | undefined;
        if (!take || r.failed) continue;
        try {
          for (const row of rows) take(row);
        } catch (e) {
          r.failed = failureOf(e);
        }
      }
    },
    finish() {
      const out = new Map<string, unknown>();
      for (const r of running) {
        if (r.failed || !r.g) {
          out.set(r.id, r.failed);
          continue;
        }
        try {
          out.set(r.id, r.g.finish());
        } catch (e) {
          out.set(r.id, failureOf(e));
        }
      }
      return out;
    },
  };
}
