import type { Text, TextData } from '../core/i18n.js';
import type { Spec } from './spec.generated.js';

export type Severity = 'error' | 'warning';

/** A place in a spec file; line and col are 1-based, end is exclusive of nothing (the last char + 1). */
export interface SourceLocation {
  /** Absolute path of the file the value came from (after extends, the file that declared it). */
  file: string;
  line: number;
  col: number;
  endLine?: number;
  endCol?: number;
}

/** Which part of a mapping entry a location points at: the key (`stges:`) or its value. */
export type LocationPart = 'key' | 'value';

export type Locate = (pointer: string, part?: LocationPart) => SourceLocation | undefined;

/**
 * One problem found in a spec. `message` (and `hint`) are already filled with `data` in both languages,
 * so formatters only pick the language.
 */
export interface SpecProblem {
  rule: string;
  messageId: string;
  severity: Severity;
  message: Text;
  hint?: Text;
  data: TextData;
  /** JSON pointer into the merged spec ('' = the whole document). */
  path: string;
  location?: SourceLocation;
}

export interface SpecValidationResult {
  errors: SpecProblem[];
  warnings: SpecProblem[];
}

export interface SpecLoadResult {
  /** The merged, substituted spec; undefined only when the file is unusable (unreadable, not YAML, not a map). */
  spec: Spec | undefined;
  /** Every problem of loading, schema and semantic checks, in file/line order. */
  problems: SpecProblem[];
  /** True when no problem is an error. */
  ok: boolean;
  /** Absolute path of the spec that was asked for. */
  rootFile: string;
  /** Directory of the root spec: file paths inside the spec (documents[].file, body_file) are relative to it. */
  baseDir: string;
  /**
   * The project folder the spec may read files from (src/spec/project-root.ts): `--root`, else the nearest
   * folder up with `.git`, else the working folder (when it holds the spec), else the spec's folder.
   */
  projectRoot: string;
  /** Absolute paths of every spec file read (root first, then the bases it extends). */
  files: string[];
  /** Fingerprint of the merged, substituted spec (src/core/hash.ts fingerprintOf). */
  specHash: string;
  /** The source text of every file read, for code frames in reports. */
  sources: ReadonlyMap<string, string>;
  /** Where a JSON pointer of the merged spec was written. */
  locate: Locate;
}

/** The text of one rule message in both languages; `{name}` placeholders are filled from the report's data. */
export type MessageCatalog = Record<string, Text>;
