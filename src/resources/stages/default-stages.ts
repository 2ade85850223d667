/**
 * The eight stages Bitrix24 creates with every new deal pipeline, in SORT order
 * (docs/bitrix24/pipelines.md#default-stages). NEW, WON and LOSE are SYSTEM stages.
 */
export interface DefaultStage {
  code: string;
  sort: number;
  semantics: 'S' | 'F' | null;
  system: boolean;
}

export const DEFAULT_DEAL_STAGES: readonly DefaultStage[] = [
  { code: 'NEW', sort: 10, semantics: null, system: true },
  { code: 'PREPARATION', sort: 20, semantics: null, system: false },
  { code: 'PREPAYMENT_INVOICE', sort: 30, semantics: null, system: false },
  { code: 'EXECUTING', sort: 40, semantics: null, system: false },
  { code: 'FINAL_INVOICE', sort: 50, semantics: null, system: false },
  { code: 'WON', sort: 60, semantics: 'S', system: true },
  { code: 'LOSE', sort: 70, semantics: 'F', system: true },
  { code: 'APOLOGY', sort: 80, semantics: 'F', system: false },
];
