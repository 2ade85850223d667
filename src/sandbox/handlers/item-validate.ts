/**
 * crm.item.list checks its filter and order against the entity's fields before it reads anything
 * (docs/bitrix24/parity.md#crm-item-list): an unknown field, an operator it does not know, a list where
 * the operator takes one value, or a direction other than ASC/DESC is INVALID_ARG_VALUE. Field names are
 * compared in the upper snake case the controller converts them to.
 */
import { RestError } from '../rest-error.js';
import type { TableDef } from '../query/table.js';
import { isRecord } from '../values.js';

const PREFIXES = [
  '!><',
  '!=%',
  '!%=',
  '!@',
  '!=',
  '!%',
  '><',
  '>=',
  '<=',
  '=%',
  '%=',
  '!',
  '@',
  '=',
  '>',
  '<',
  '%',
  '',
];
const LIST_PREFIXES = new Set(['@', '!@', '!=', '=', '']);

/** stageSemanticId → STAGE_SEMANTIC_ID, closedate → CLOSEDATE. */
export function upperSnake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

function invalid(description: string): RestError {
  return new RestError(400, 'INVALID_ARG_VALUE', description);
}

function split(key: string): { prefix: string; field: string } | undefined {
  const m = /^([=%><@!]*)(\w+)$/.exec(key);
  if (!m) return undefined;
  return { prefix: m[1] ?? '', field: m[2] ?? '' };
}

export function checkItemFilter<R>(table: TableDef<R>, filter: unknown): void {
  if (filter === undefined || filter === null) return;
  if (!isRecord(filter) && !Array.isArray(filter)) throw invalid('filter should be an associative array');
  const known = new Set(table.fields.map((f) => upperSnake(f.name)));
  const walk = (node: Record<string, unknown> | unknown[]): void => {
    for (const [key, value] of Object.entries(node)) {
      if (isRecord(value) || Array.isArray(value)) walk(value);
      const upper = key === 'logic' || key === 'LOGIC' ? key : upperSnake(key);
      const parts = split(upper);
      const allowed =
        /^\d+$/.test(key) ||
        key === 'logic' ||
        key === 'LOGIC' ||
        (parts !== undefined && PREFIXES.includes(parts.prefix) && known.has(parts.field));
      if (!allowed) throw invalid(`Invalid filter: field '${upper}' is not allowed in filter`);
      const listOk = parts !== undefined && LIST_PREFIXES.has(parts.prefix);
      if ((isRecord(value) || Array.isArray(value)) && !listOk)
        throw invalid(`Invalid filter: field '${upper}' has invalid value`);
    }
  };
  walk(filter);
}

export function checkItemOrder<R>(table: TableDef<R>, order: unknown): void {
  if (order === undefined || order === null) return;
  if (!isRecord(order)) throw invalid('Order should be an associative array');
  const known = new Set(table.fields.map((f) => upperSnake(f.name)));
  for (const [key, dir] of Object.entries(order)) {
    const field = upperSnake(key);
    if (!known.has(field)) throw invalid(`Invalid order: field '${field}' is not allowed in order`);
    const direction = typeof dir === 'string' ? dir.toUpperCase() : String(dir);
    if (direction !== 'ASC' && direction !== 'DESC')
      throw invalid(
        `Invalid order: allowed sort directions are ASC, DESC. But got '${direction}' for field '${field}'`,
      );
  }
}
