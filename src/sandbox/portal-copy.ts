/**
 * What the sandbox can be seeded from: a portal's configuration as b24cfg read it (an export or the
 * `state` of a snapshot). The sandbox declares the shape it reads itself, so that it depends on nothing
 * outside its folder; b24cfg's own PortalState fits it, which test/sandbox/seeds.test.ts checks by
 * passing one in.
 */
export interface PortalCopy {
  readonly info: {
    readonly host: string;
    readonly kind: 'http' | 'sandbox';
    readonly readAt: string;
    readonly crmMode?: number;
  };
  readonly pipelines: ReadonlyArray<{ readonly id: number; readonly name: string; readonly sort: number }>;
  readonly statuses: ReadonlyArray<{
    readonly id: number;
    readonly entityId: string;
    readonly statusId: string;
    readonly name: string;
    readonly sort: number;
    readonly color: string | null;
    readonly semantics: 'S' | 'F' | null;
    readonly system: boolean;
    readonly categoryId: number | null;
  }>;
  /** Keyed by CRM entity: deal, lead, contact, company. */
  readonly userFields: Readonly<Record<string, readonly CopiedUserField[]>>;
  readonly openLines: readonly CopiedOpenLine[];
  readonly numerators: ReadonlyArray<{
    readonly id: number;
    readonly name: string;
    readonly template: string;
    readonly start: number;
    readonly step: number;
    readonly length: number;
    readonly padString: string;
    readonly periodicBy: string | null;
  }>;
  readonly documentTemplates: ReadonlyArray<{
    readonly id: number;
    readonly name: string;
    readonly region: string;
    readonly numeratorId: number | null;
    readonly entityTypeIds: readonly string[];
    readonly active: boolean;
    /** Absent from a copy made before b24cfg read it. */
    readonly withStamps?: boolean;
    readonly users: readonly string[];
    readonly sort: number;
  }>;
  readonly departments: ReadonlyArray<{
    readonly id: number;
    readonly name: string;
    readonly sort: number;
    readonly parentId: number | null;
    readonly headUserId: number | null;
  }>;
  readonly users: ReadonlyArray<{
    readonly id: number;
    readonly email: string;
    readonly name: string;
    readonly lastName: string;
    readonly active: boolean;
    readonly departmentIds: readonly number[];
    readonly position: string;
    readonly isAdmin?: boolean;
  }>;
}

export interface CopiedUserField {
  readonly id: number;
  readonly fieldName: string;
  readonly type: string;
  readonly multiple: boolean;
  readonly mandatory: boolean;
  readonly showFilter: boolean;
  readonly showInList: boolean;
  readonly sort: number;
  readonly xmlId: string | null;
  readonly labels: Readonly<Record<string, string>>;
  /** HELP_MESSAGE per language; a copy made before b24cfg read it has none, and its labels stand in. */
  readonly help?: Readonly<Record<string, string>>;
  /** LIST_COLUMN_LABEL and LIST_FILTER_LABEL per language; as `help`. */
  readonly columnLabels?: Readonly<Record<string, string>>;
  readonly filterLabels?: Readonly<Record<string, string>>;
  readonly settings: Readonly<Record<string, unknown>>;
  readonly list: ReadonlyArray<{
    readonly id: number;
    readonly xmlId: string;
    readonly value: string;
    readonly sort: number;
    readonly def: boolean;
  }>;
}

export interface CopiedOpenLine {
  readonly id: number;
  readonly name: string;
  readonly active: boolean;
  readonly crm: boolean;
  readonly crmCreate: string;
  readonly crmSource: string;
  readonly crmForward: boolean;
  readonly queueType: string;
  readonly queue: readonly number[];
  readonly queueTime: number;
  readonly noAnswerTime: number;
  readonly checkAvailable: boolean;
  readonly kpiFirstAnswerTime: number;
  readonly kpiFurtherAnswerTime: number;
  readonly kpiFirstAnswerAlert: boolean;
  readonly kpiFurtherAnswerAlert: boolean;
  readonly kpiCheckOperatorActivity: boolean;
  /** Absent from a copy made before b24cfg read it: the greeting is then taken as switched on. */
  readonly welcomeOn?: boolean;
  readonly welcomeMessage: string;
}
