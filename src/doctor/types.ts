import type { Text, TextData } from '../core/i18n.js';

export type CheckStatus = 'ok' | 'warn' | 'fail';

export interface DoctorCheck {
  /** Stable id, e.g. "reachable", "scope:imopenlines", "method:crm.category.add". */
  id: string;
  status: CheckStatus;
  title: Text;
  detail: Text;
  /** What to do; present for warn and fail. */
  fix?: Text;
  data?: TextData;
  /** A failure of access itself (auth, scope, admin): the command exits 5, not 1. */
  access?: boolean;
  /** The portal could not be reached after the retries: the command exits 6 (run it again), not 1. */
  resumable?: boolean;
}

export interface DoctorReport {
  host: string;
  checks: DoctorCheck[];
  /** Scopes the webhook has, when `scope` answered. */
  scopes?: string[];
  license?: string;
}
