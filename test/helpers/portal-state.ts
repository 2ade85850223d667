import { refingerprint } from '../../src/resources/read-state.js';
import { emptyStateFile, type StateFile } from '../../src/portal/state-file.js';
import type { PortalState } from '../../src/resources/state.js';
import type { PortalStatus } from '../../src/resources/crm-status/read.js';
import type { PortalUserField } from '../../src/resources/user-fields/read.js';
import { DEFAULT_DEAL_STAGES } from '../../src/resources/stages/default-stages.js';
import { bindingSections } from '../../src/resources/registry.js';

let nextId = 1000;

function stage(
  entityId: string,
  prefix: string,
  categoryId: number | null,
  code: string,
  sort: number,
  sem: 'S' | 'F' | null,
  system: boolean,
  name = code,
): PortalStatus {
  return {
    id: nextId++,
    entityId,
    statusId: `${prefix}${code}`,
    name,
    sort,
    color: '#AAAAAA',
    semantics: sem,
    system,
    categoryId,
  };
}

/** A portal state as b24cfg would read it, built in memory for pure planner tests. */
export class PortalBuilder {
  state: Omit<PortalState, 'fingerprint'>;
  constructor() {
    this.state = {
      info: { host: 'test.bitrix24.ru', kind: 'http', readAt: '2026-11-24T00:00:00.000Z' },
      pipelines: [{ id: 0, name: 'Общее', sort: 100, isDefault: true }],
      statuses: DEFAULT_DEAL_STAGES.map((d) =>
        stage('DEAL_STAGE', '', null, d.code, d.sort, d.semantics, d.system),
      ),
      userFields: { deal: [], lead: [], contact: [], company: [] },
      openLines: [],
      documentTemplates: [],
      numerators: [],
      departments: [],
      users: [
        {
          id: 1,
          email: 'admin@example.com',
          name: 'Admin',
          lastName: '',
          active: true,
          departmentIds: [1],
          position: '',
        },
      ],
      unreadable: {},
    };
  }

  pipeline(
    id: number,
    name: string,
    sort = 200,
    stages: Array<[string, number, 'S' | 'F' | null, boolean?]> = DEFAULT_DEAL_STAGES.map((d) => [
      d.code,
      d.sort,
      d.semantics,
      d.system,
    ]),
  ): this {
    this.state.pipelines.push({ id, name, sort, isDefault: false });
    for (const [code, s, sem, system] of stages) {
      this.state.statuses.push(stage(`DEAL_STAGE_${id}`, `C${id}:`, id, code, s, sem, system ?? false));
    }
    return this;
  }

  setStage(pipelineId: number, code: string, patch: Partial<PortalStatus>): this {
    const entity = pipelineId === 0 ? 'DEAL_STAGE' : `DEAL_STAGE_${pipelineId}`;
    const s = this.state.statuses.find((x) => x.entityId === entity && x.statusId.endsWith(code));
    if (!s) throw new Error(`no stage ${code}`);
    Object.assign(s, patch);
    return this;
  }

  removeStage(pipelineId: number, code: string): this {
    const entity = pipelineId === 0 ? 'DEAL_STAGE' : `DEAL_STAGE_${pipelineId}`;
    this.state.statuses = this.state.statuses.filter(
      (x) => !(x.entityId === entity && x.statusId.replace(/^C\d+:/, '') === code),
    );
    return this;
  }

  addStage(pipelineId: number, code: string, sort: number, sem: 'S' | 'F' | null = null, name = code): this {
    const entity = pipelineId === 0 ? 'DEAL_STAGE' : `DEAL_STAGE_${pipelineId}`;
    this.state.statuses.push(
      stage(
        entity,
        pipelineId === 0 ? '' : `C${pipelineId}:`,
        pipelineId === 0 ? null : pipelineId,
        code,
        sort,
        sem,
        false,
        name,
      ),
    );
    return this;
  }

  field(
    entity: 'deal' | 'lead' | 'contact' | 'company',
    f: Partial<PortalUserField> & { fieldName: string; type: string },
  ): this {
    this.state.userFields[entity].push({
      id: nextId++,
      entity,
      multiple: false,
      mandatory: false,
      showFilter: true,
      showInList: true,
      sort: 100,
      xmlId: null,
      labels: {},
      help: {},
      settings: {},
      list: [],
      ...f,
    });
    return this;
  }

  /** An active employee (e-mail as the spec names people by role). */
  user(id: number, email: string, name: string, departmentIds: number[], lastName = ''): this {
    this.state.users.push({ id, email, name, lastName, active: true, departmentIds, position: '' });
    return this;
  }

  build(): PortalState {
    return refingerprint(structuredClone(this.state));
  }
}

export function binding(): StateFile {
  return emptyStateFile('test.bitrix24.ru', bindingSections);
}
