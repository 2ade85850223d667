import type { Numerator } from '../../spec/spec.generated.js';
import type { BlockedOf, CreateOf, DeleteOf, UpdateOf } from '../change.js';

export interface DesiredNumerator {
  name: string;
  renamedFrom: string[];
  pointer: string;
  n: Numerator;
}

/** The sequence generator's settings block, in the documented shape (numerator.add). */
export interface NumeratorSettings {
  Bitrix_Main_Numerator_Generator_SequentNumberGenerator: {
    start: number;
    step: number;
    length: number;
    padString: string;
    periodicBy: string;
  };
}

export interface NumeratorCreate {
  name: string;
  template: string;
  settings: NumeratorSettings;
}

export interface NumeratorUpdate {
  name: string;
  fields: { template?: string; settings?: NumeratorSettings };
}

export type NumeratorChange =
  | CreateOf<'numerator', NumeratorCreate>
  | UpdateOf<'numerator', NumeratorUpdate>
  | DeleteOf<'numerator', { name: string; template: string }>
  | BlockedOf<'numerator'>;
