import { dataJson } from '../../core/data-text.js';
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LOAD_METAS } from '../../spec/load-meta.js';
import type { ProblemMeta } from '../../spec/problem.js';
import { SPEC_RULES } from '../../spec/rules/index.js';
import { schemaMeta } from '../../spec/schema-meta.js';
import { placedProblems } from './collect.js';
import type { ValidationFormatOptions, ValidationResults } from './types.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Every problem source b24cfg validate has, as SARIF rules: loader, schema, then the semantic rules. */
export function validationRuleMetas(): ProblemMeta[] {
  return [...LOAD_METAS, schemaMeta, ...SPEC_RULES.map((r) => r.meta)];
}

function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relative(cwd, file);
  if (rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(file).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/**
 * SARIF 2.1.0 for code scanning: tool.driver.rules from the rule metas, one result per problem with its
 * physical location (uri relative to the current folder, region line/column), so GitHub shows each problem
 * on its YAML line.
 */
export function formatValidationSarif(results: ValidationResults, o: ValidationFormatOptions): string {
  const metas = validationRuleMetas();
  const ruleIndex = new Map(metas.map((m, i) => [m.id, i]));
  const rules = metas.map((m) => ({
    id: m.id,
    shortDescription: { text: m.description[o.lang] },
    defaultConfiguration: { level: m.severity === 'error' ? 'error' : 'warning' },
    properties: { tags: ['b24cfg', m.id === 'schema' ? 'schema' : 'spec'] },
  }));
  const sarifResults = placedProblems(results).map(({ file, problem }) => {
    const loc = problem.location;
    const text = problem.hint
      ? `${problem.message[o.lang]} ${problem.hint[o.lang]}`
      : problem.message[o.lang];
    return {
      ruleId: problem.rule,
      ...(ruleIndex.has(problem.rule) ? { ruleIndex: ruleIndex.get(problem.rule) } : {}),
      level: problem.severity === 'error' ? 'error' : 'warning',
      message: { text },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(file, o.cwd),
            ...(loc
              ? {
                  region: {
                    startLine: loc.line,
                    startColumn: loc.col,
                    ...(loc.endLine !== undefined ? { endLine: loc.endLine } : {}),
                    ...(loc.endCol !== undefined ? { endColumn: loc.endCol } : {}),
                  },
                }
              : {}),
          },
          ...(problem.path
            ? { logicalLocations: [{ fullyQualifiedName: problem.path, kind: 'member' }] }
            : {}),
        },
      ],
      properties: { messageId: problem.messageId },
    };
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'b24cfg',
            version: o.version,
            semanticVersion: o.version,
            informationUri: 'https://github.com/b24cfg/b24cfg',
            rules,
          },
        },
        originalUriBaseIds: {
          '%SRCROOT%': { uri: pathToFileURL(o.cwd.endsWith(sep) ? o.cwd : `${o.cwd}${sep}`).href },
        },
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return dataJson(log);
}
