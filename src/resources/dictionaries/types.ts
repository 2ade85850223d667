import type { StatusCreate, StatusCurrent, StatusListChange } from '../crm-status/list-diff.js';
import type { DesiredStatus } from '../crm-status/types.js';

/** crm.status lists b24cfg manages besides deal stages (docs/bitrix24/dictionaries.md#dictionary-lists). */
export const DICTIONARY_ENTITIES = ['STATUS', 'SOURCE', 'CONTACT_TYPE', 'COMPANY_TYPE'] as const;
export type DictionaryEntity = (typeof DICTIONARY_ENTITIES)[number];

/** One managed list of the spec; an absent section is unmanaged. */
export interface DesiredDictionary {
  entity: DictionaryEntity;
  items: DesiredStatus[];
}

/** What a dictionary change carries so calls can be built from the change alone (saved plans). */
export interface DictTarget {
  entity: DictionaryEntity;
  code: string;
  id?: number;
}

export type DictCreate = StatusCreate<DictTarget>;
export type DictCurrent = StatusCurrent<DictTarget>;
export type DictionaryChange = StatusListChange<'dictionary', DictTarget>;
