/**
 * Bitrix filter keys carry their operator as a prefix: "=ID", "!STAGE_ID", ">=DATE_CREATE",
 * "@ASSIGNED_BY_ID", "%TITLE" … (CSQLWhere for legacy lists, ORM for crm.item.list;
 * https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-list.html "filter"). An array value without a prefix means IN.
 */
export type FilterOp =
  | 'eq'
  | 'ne'
  | 'gt'
  | 'ge'
  | 'lt'
  | 'le'
  | 'in'
  | 'nin'
  | 'like'
  | 'nlike'
  | 'pattern'
  | 'npattern'
  | 'between'
  | 'nbetween';

const PREFIXES: Array<[string, FilterOp]> = [
  ['!><', 'nbetween'],
  ['!=%', 'npattern'],
  ['!%=', 'npattern'],
  ['!@', 'nin'],
  ['!=', 'ne'],
  ['!%', 'nlike'],
  ['><', 'between'],
  ['>=', 'ge'],
  ['<=', 'le'],
  ['=%', 'pattern'],
  ['%=', 'pattern'],
  ['!', 'ne'],
  ['@', 'in'],
  ['=', 'eq'],
  ['>', 'gt'],
  ['<', 'lt'],
  ['%', 'like'],
];

export function parseFilterKey(key: string): { op: FilterOp; field: string } {
  for (const [prefix, op] of PREFIXES) {
    if (key.startsWith(prefix) && key.length > prefix.length) return { op, field: key.slice(prefix.length) };
  }
  return { op: 'eq', field: key };
}
