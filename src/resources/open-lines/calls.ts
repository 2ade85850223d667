import { touch, type PlannedCall, type PortalObject } from '../calls.js';
import { callKey } from '../context.js';
import type { OpenLineChange } from './types.js';

/** The batch key of the imopenlines.config.add call of a line (its result is the new id). */
export function openLineCallKey(name: string): string {
  return callKey('ol', name);
}

/**
 * Calls for open lines: imopenlines.config.add {PARAMS}, .update {CONFIG_ID, PARAMS} with only the
 * attributes that differ, .delete {CONFIG_ID} (docs/bitrix24/open-lines.md#methods; request shapes as in
 * rest-requests/imopenlines.config.add.json and .update.json).
 */
export function openLineCalls(changes: readonly OpenLineChange[]): PlannedCall[] {
  const calls: PlannedCall[] = [];
  for (const c of changes) {
    if (c.op === 'create') {
      calls.push({
        key: openLineCallKey(c.key),
        method: 'imopenlines.config.add',
        params: { PARAMS: c.desired.params },
        changeIds: [c.id],
        refs: [],
        touches: lineTouches(touch.newOpenLine(c.key), c.desired.params),
        // Config::create answers false when the line cannot be stored.
        refusedWhenFalse: true,
      });
    } else if (c.op === 'update' || c.op === 'rename') {
      calls.push({
        key: callKey('olu', c.key),
        method: 'imopenlines.config.update',
        params: { CONFIG_ID: c.portalId, PARAMS: c.desired.params },
        changeIds: [c.id],
        refs: [],
        touches: lineTouches(touch.openLine(c.portalId), c.desired.params),
        refusedWhenFalse: true,
      });
    } else if (c.op === 'delete') {
      calls.push({
        key: callKey('old', c.portalId),
        method: 'imopenlines.config.delete',
        params: { CONFIG_ID: c.portalId },
        changeIds: [c.id],
        refs: [],
        touches: [touch.openLine(c.portalId)],
      });
    }
  }
  return calls;
}

/** A line that names a CRM source (CRM_SOURCE) waits for the writes of the SOURCE list the dictionaries make. */
function lineTouches(line: PortalObject, params: Record<string, unknown>): PortalObject[] {
  return params.CRM_SOURCE === undefined ? [line] : [line, touch.statusList('SOURCE')];
}
