import type { ChalkInstance } from 'chalk';
import type { Lang } from '../../core/i18n.js';
import type { SpecLoadResult, SpecProblem } from '../../spec/types.js';

/** What the validation formatters need besides the results; they are pure `(results, options) => string`. */
export interface ValidationFormatOptions {
  lang: Lang;
  chalk: ChalkInstance;
  /** Paths are shown relative to this folder. */
  cwd: string;
  /** b24cfg version, for SARIF's tool.driver. */
  version: string;
  /** --quiet (as ESLint's): errors and the summary line; no warnings, no line per clean file. */
  quiet?: boolean;
}

/** One problem with the file it belongs to (its location's file, or the spec that was validated). */
export interface PlacedProblem {
  spec: string;
  file: string;
  problem: SpecProblem;
}

export type ValidationResults = readonly SpecLoadResult[];
