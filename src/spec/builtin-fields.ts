/**
 * Standard deal fields a stage may name in `fields`, `required_fields` or `deadline.before_field` besides the
 * spec's own user fields. These are the deal fields of crm.deal.fields
 * (docs/bitrix24/data-audit.md#deal-lists reads them through crm.deal.list / crm.item.list) plus two card
 * blocks that are not fields in REST but are what a manager fills on a stage: PRODUCTS (the product rows,
 * crm.deal.productrows.*) and CLIENT (the contact/company block). A deal has no standard address field: an
 * address is a user field of type `address`.
 */
export const BUILTIN_DEAL_FIELDS: ReadonlySet<string> = new Set([
  'TITLE',
  'TYPE_ID',
  'OPPORTUNITY',
  'CURRENCY_ID',
  'IS_MANUAL_OPPORTUNITY',
  'TAX_VALUE',
  'PROBABILITY',
  'CONTACT_ID',
  'CONTACT_IDS',
  'COMPANY_ID',
  'QUOTE_ID',
  'BEGINDATE',
  'CLOSEDATE',
  'OPENED',
  'COMMENTS',
  'ADDITIONAL_INFO',
  'ASSIGNED_BY_ID',
  'OBSERVER_IDS',
  'SOURCE_ID',
  'SOURCE_DESCRIPTION',
  'LOCATION_ID',
  'UTM_SOURCE',
  'UTM_MEDIUM',
  'UTM_CAMPAIGN',
  'UTM_CONTENT',
  'UTM_TERM',
  'PRODUCTS',
  'CLIENT',
]);

/** Date fields a deadline may count back from (`deadline.before_field`). */
export const BUILTIN_DEAL_DATE_FIELDS: ReadonlySet<string> = new Set(['BEGINDATE', 'CLOSEDATE']);
