import { openLinesToSpec } from './to-spec.js';
import { openLineBindings } from './bindings.js';
import { describeOpenLines } from './describe.js';
import { openLineReader, type PortalOpenLine } from './read.js';
import type { ResourceKind } from '../kind.js';
import { openLineCalls } from './calls.js';
import { desiredLines, diffOpenLines } from './diff.js';
import type { DesiredLine, OpenLineChange } from './types.js';

export { desiredLines, matchLines } from './diff.js';
export { openLineCallKey } from './calls.js';
export type { CrmCreate, PortalOpenLine, QueueType } from './read.js';
export type { DesiredLine, OpenLineChange } from './types.js';

/** Open lines of the contact center. */
export const openLineKind: ResourceKind<
  'openLines',
  OpenLineChange,
  DesiredLine[] | undefined,
  PortalOpenLine[],
  'openLines'
> = {
  name: 'openLines',
  // An open line names a source (CRM_SOURCE) the dictionaries create.
  dependsOn: ['dictionaries'],
  changeKinds: ['openLine'],
  read: openLineReader,
  desired: (spec) => (spec.open_lines === undefined ? undefined : desiredLines(spec)),
  current: (state) => state.openLines,
  diff: diffOpenLines,
  toCalls: openLineCalls,
  describe: describeOpenLines,
  bindings: openLineBindings,
  specSections: ['open_lines'],
  toSpec: openLinesToSpec,
};
