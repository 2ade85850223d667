import { asObject, asRows, int, str } from '../../portal/malformed.js';
import type { SectionReader } from '../reader.js';

export interface PortalPipeline {
  /** 0 is the default pipeline. */
  id: number;
  name: string;
  sort: number;
  isDefault: boolean;
}

const LIST = 'crm.category.list';

/** Deal pipelines: crm.category.list of entity type 2 (docs/bitrix24/pipelines.md#response-shape). */
export const pipelineReader: SectionReader<'pipelines', PortalPipeline[]> = {
  section: 'pipelines',
  calls: () => [{ key: 'pipelines', method: LIST, params: { entityTypeId: 2 } }],
  parse: (answers) => {
    const result = answers.result('pipelines');
    return result === undefined ? [] : parsePipelines(result);
  },
};

function parsePipelines(result: unknown): PortalPipeline[] {
  const m = LIST;
  const rows = asRows(asObject(result, m, 'result').categories, m);
  return rows
    .map((r) => ({
      id: int(r.id, m, 'id'),
      name: str(r.name, m, 'name'),
      sort: int(r.sort, m, 'sort'),
      isDefault: r.isDefault === 'Y' || r.isDefault === true || int(r.id, m, 'id') === 0,
    }))
    .sort((a, b) => a.sort - b.sort || a.id - b.id);
}
