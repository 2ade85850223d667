import { dataJson } from '../../core/data-text.js';
import type { FleetResult } from './types.js';

/**
 * The result as data (schema b24cfg-fleet-result, version 1): what `fleet merge` reads back, so a merged
 * result is this very shape again. Portals in the fleet file's order.
 */
export function formatFleetJson(r: FleetResult): string {
  return dataJson(r);
}
