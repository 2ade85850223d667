/**
 * The spec: load, validate, durations.
 *
 * - `loadSpec(path, { env, cwd })` reads a YAML spec with `extends`, variables and file references, and
 *   checks it against the JSON Schema and the semantic rules. It never throws for a bad spec: problems come
 *   back as data (`problems`, `ok`), each with file:line:col where one exists, and `locate(pointer)` maps any
 *   JSON pointer of the merged spec back to where it was written.
 * - `validateSpec(spec, locate?)` checks a spec built in memory (e.g. by `export`) the same way and returns
 *   `{ errors, warnings }`.
 * - `parseDuration('15m') === 900`: spec durations in seconds; throws a CliError for anything else.
 */
export { loadSpec, type LoadSpecOptions } from './load.js';
export { validateSpec } from './validate.js';
export { parseDuration, tryParseDuration, formatDuration } from './duration.js';
export { SPEC_SCHEMA } from './schema-json.js';
export { SPEC_RULES } from './rules/index.js';
export { LOAD_METAS } from './load-meta.js';
export { schemaMeta } from './schema-meta.js';
export { BUILTIN_DEAL_FIELDS } from './builtin-fields.js';
export { displayPath } from './file-refs.js';
export type { ProblemMeta } from './problem.js';
export type { SpecRule } from './rules/types.js';
export type { Spec } from './spec.generated.js';
export type {
  Locate,
  LocationPart,
  Severity,
  SourceLocation,
  SpecLoadResult,
  SpecProblem,
  SpecValidationResult,
} from './types.js';
