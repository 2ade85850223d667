import type { OpenLine } from '../../spec/spec.generated.js';
import type { BlockedOf, CreateOf, DeleteOf, RenameOf, UpdateOf } from '../change.js';

export interface DesiredLine {
  name: string;
  renamedFrom: string[];
  pointer: string;
  line: OpenLine;
}

/** PARAMS of imopenlines.config.add / .update, as the portal takes them (Y/N flags, seconds, QUEUE). */
export type LineParams = Record<string, unknown>;

export interface LineWrite {
  name: string;
  params: LineParams;
}

export type OpenLineChange =
  | CreateOf<'openLine', LineWrite>
  | UpdateOf<'openLine', LineWrite>
  | RenameOf<'openLine', LineWrite>
  | DeleteOf<'openLine', { name: string }>
  | BlockedOf<'openLine'>;
