import type { CrmEntity } from './read.js';
import type { Field, LocalizedText } from '../../spec/spec.generated.js';
import type { BlockedOf, CreateOf, DeleteOf, ManualOf, UpdateOf } from '../change.js';

/** The spec's fields per CRM entity; an entity absent from the spec is unmanaged. */
export type DesiredFields = Partial<Record<CrmEntity, Field[]>>;

export interface FieldTarget {
  entity: CrmEntity;
  fieldName: string;
}

export interface NewListItem {
  xmlId: string;
  value: string;
  sort: number;
  def: boolean;
}

export interface FieldCreate extends FieldTarget {
  type: string;
  multiple: boolean;
  mandatory: boolean;
  showFilter: boolean;
  showInList: boolean;
  sort?: number;
  label: LocalizedText;
  help?: LocalizedText;
  settings?: Record<string, unknown>;
  items: NewListItem[];
}

export interface FieldUpdate extends FieldTarget {
  id: number;
  /** The label as update is sent it (a map completed with the portal's other labels read). */
  label: LocalizedText;
  /** The same for the column header and the filter name, each completed with its own texts read. */
  columnLabel?: LocalizedText;
  filterLabel?: LocalizedText;
  /** HELP_MESSAGE as update is sent it (a map completed with the portal's other texts); absent = unmanaged. */
  help?: LocalizedText;
  settings?: Record<string, unknown>;
}

export interface FieldCurrent extends FieldTarget {
  id: number;
  type: string;
}

/** A list item of an enumeration field: the field it belongs to travels with it. */
export interface ItemTarget extends FieldTarget {
  fieldId: number;
}

export interface ItemCreate extends ItemTarget {
  xmlId: string;
  value: string;
  sort?: number;
  def: boolean;
}

export interface ItemUpdate extends ItemCreate {
  id: number;
}

export interface ItemCurrent extends ItemTarget {
  id: number;
  xmlId: string;
  value: string;
}

export type UserFieldChange =
  | CreateOf<'userField', FieldCreate>
  | UpdateOf<'userField', FieldUpdate>
  | DeleteOf<'userField', FieldCurrent>
  | BlockedOf<'userField'>
  | ManualOf<'userField'>;

export type ListItemChange =
  | CreateOf<'listItem', ItemCreate>
  | UpdateOf<'listItem', ItemUpdate>
  | DeleteOf<'listItem', ItemCurrent>
  | BlockedOf<'listItem'>
  | ManualOf<'listItem'>;
