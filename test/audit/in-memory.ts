import { collectAuditData, type RowsOut } from '../../src/audit/collect.js';
import type { PlanInput } from '../../src/audit/collect-plan.js';
import type { B24Client } from '../../src/portal/client.js';
import { ROW_FAMILIES, type AuditData, type AuditRows } from '../../src/standards/audit-data.js';

/** A RowsOut that keeps every row, as the audit did before it streamed: for tests that look at the rows. */
export function keepRows(): RowsOut & { kept: AuditRows } {
  const kept = Object.fromEntries(ROW_FAMILIES.map((f) => [f, []])) as unknown as AuditRows;
  return {
    kept,
    start: () => undefined,
    rows(family, page) {
      (kept[family] as unknown[]).push(...page);
    },
    drop(family) {
      kept[family] = [];
    },
  };
}

/** The data pass with every row kept: the facts and the rows together, as a snapshot holds them. */
export async function collectInMemory(
  client: B24Client,
  input: PlanInput,
  readStart = { httpRequests: 0, restCalls: 0 },
): Promise<AuditData> {
  const out = keepRows();
  const facts = await collectAuditData(client, input, { readStart, out });
  return { ...facts, ...out.kept };
}
