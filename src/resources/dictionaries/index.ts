import { dictionariesToSpec } from './to-spec.js';
import { describeDictionaries } from './describe.js';
import { statusReader, type PortalStatus } from '../crm-status/read.js';
import type { ResourceKind } from '../kind.js';
import { dictionaryCalls } from './calls.js';
import { desiredDictionaries, diffDictionaries } from './diff.js';
import type { DesiredDictionary, DictionaryChange } from './types.js';

export { desiredDictionaries } from './diff.js';
export { dictionaryTitle } from './describe.js';
export {
  DICTIONARY_ENTITIES,
  type DictionaryChange,
  type DictionaryEntity,
  type DictTarget,
} from './types.js';

/** Lead statuses, sources, contact and company types. */
export const dictionaryKind: ResourceKind<
  'dictionaries',
  DictionaryChange,
  DesiredDictionary[],
  PortalStatus[],
  'statuses'
> = {
  name: 'dictionaries',
  dependsOn: [],
  changeKinds: ['dictionary'],
  read: statusReader,
  desired: desiredDictionaries,
  current: (state) => state.statuses,
  diff: diffDictionaries,
  toCalls: dictionaryCalls,
  describe: describeDictionaries,
  specSections: ['segments', 'lead_sources', 'lead_statuses'],
  toSpec: dictionariesToSpec,
};
