import { dataJson } from '../../core/data-text.js';
import { displayPath } from '../../spec/file-refs.js';
import { countBySeverity, placedProblems } from './collect.js';
import type { ValidationFormatOptions, ValidationResults } from './types.js';

/** Version of the JSON output below; bump it on any incompatible change. */
export const VALIDATION_JSON_VERSION = 1;

/** For machines: a versioned object with the files, every problem (in the chosen language) and a summary. */
export function formatValidationJson(results: ValidationResults, o: ValidationFormatOptions): string {
  const rel = (f: string) => displayPath(f, o.cwd);
  const problems = placedProblems(results);
  const files = results.map((r) => {
    const own = problems.filter((p) => p.spec === r.rootFile);
    return {
      file: rel(r.rootFile),
      ok: r.ok,
      specHash: r.spec === undefined ? null : r.specHash,
      sources: r.files.map(rel),
      ...countBySeverity(own),
    };
  });
  const out = {
    version: VALIDATION_JSON_VERSION,
    ok: results.every((r) => r.ok),
    files,
    problems: problems.map(({ spec, file, problem }) => ({
      spec: rel(spec),
      file: rel(file),
      line: problem.location?.line ?? null,
      col: problem.location?.col ?? null,
      endLine: problem.location?.endLine ?? null,
      endCol: problem.location?.endCol ?? null,
      severity: problem.severity,
      rule: problem.rule,
      messageId: problem.messageId,
      message: problem.message[o.lang],
      hint: problem.hint ? problem.hint[o.lang] : null,
      path: problem.path,
      data: problem.data,
    })),
    summary: { files: results.length, ...countBySeverity(problems) },
  };
  return dataJson(out);
}
