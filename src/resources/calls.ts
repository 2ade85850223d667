import type { RestCall } from '../portal/client.js';

/**
 * One REST call of an apply. Calls reference results of earlier calls with `$result[key][...]`
 * (docs: https://apidocs.bitrix24.com/api-reference/how-to-call-rest-api/batch.html): resolved by the portal when both sit in one batch request, by the executor
 * (src/apply/refs.ts) when the earlier call ran in an earlier request.
 */
export interface PlannedCall extends RestCall {
  key: string;
  /** The plan changes this call carries out (for the journal and the report). */
  changeIds: string[];
  /** Keys of earlier calls this call references. */
  refs: string[];
  /**
   * The method answers `false`, not an error, when it refuses the write and keeps nothing
   * (imopenlines.config.update with a queue it rejects, docs/bitrix24/parity.md#openline-config):
   * such an answer is a failed call.
   */
  refusedWhenFalse?: true;
}

/** The error code an apply records for a call refused with a `false` answer (`refusedWhenFalse`). */
export const ANSWERED_FALSE = 'ANSWERED_FALSE';

/** `$result[key][a][b]` — the reference syntax of batch commands. */
export function ref(key: string, ...path: Array<string | number>): string {
  return `$result[${key}]${path.map((p) => `[${p}]`).join('')}`;
}
