import type { LNode } from './located.js';
import { sourceFile, type SourceFile } from './source-file.js';
import type { SpecProblem } from './types.js';
import { parseFastYaml } from './yaml-fast.js';

export interface ParsedYaml {
  root?: LNode;
  problems: SpecProblem[];
  source: SourceFile;
}

/**
 * Parses a spec file into a located tree: with the fast parser when the file is plain block YAML (nearly
 * every spec), otherwise with `yaml`, loaded only then, which handles all of YAML and explains every syntax
 * error. Both give the same tree for the same text (test/spec/yaml-fast.test.ts).
 */
export async function parseYamlSource(file: string, text: string): Promise<ParsedYaml> {
  const source = sourceFile(file, text);
  const root = parseFastYaml(source);
  if (root) return { root, problems: [], source };
  const { parseYamlFull } = await import('./yaml-full.js');
  return { ...parseYamlFull(source), source };
}
