import { FILE_PROPS } from './file-refs.js';
import { locatorOf } from './located.js';
import { sourceFile, type SourceFile } from './source-file.js';
import type { Locate } from './types.js';
import { parseFastYaml, parseFastYamlPlain } from './yaml-fast.js';

export interface PlainSpec {
  value: Record<string, unknown>;
  source: SourceFile;
  /** Builds the located tree on its first call: a spec with no problem to place never needs it. */
  locate: Locate;
}

/**
 * A spec that needs nothing of the located tree but the places of its problems, read straight into its
 * value: one file in plain block YAML (the fast parser's subset), without `extends`, without `${…}`
 * references (no `${` in the text, nor a backslash, the only other way to spell one) and without file
 * paths to rebase (`documents[].file`, `email_templates[].body_file`). Undefined for any other spec: the
 * loader then builds the located tree, merges and substitutes as usual (src/spec/load.ts), with the same
 * result — which `toPlain` of that tree is, test/spec/yaml-fast.test.ts and test/spec/load-plain.test.ts
 * check. Issue #18: the tree of a 700 KB spec is some 10 MB of objects to allocate and collect.
 */
export function plainSpec(file: string, text: string): PlainSpec | undefined {
  if (text.includes('${') || text.includes('\\')) return undefined;
  // Words a spec that needs the tree is sure to hold (`extends:`, `file:`, `body_file:`): such a spec is
  // not read twice. Finding them elsewhere only sends a spec the usual way, which is always right.
  if (text.includes('extends') || text.includes('file:')) return undefined;
  const value = parseFastYamlPlain(text);
  if (value === undefined || Object.hasOwn(value, 'extends') || hasFileRefs(value)) return undefined;
  const source = sourceFile(file, text);
  let locator: Locate | undefined;
  const locate: Locate = (pointer, part) => {
    if (!locator) {
      const root = parseFastYaml(source);
      // The same parser read the text a moment ago; it cannot give up now.
      locator = root ? locatorOf(root) : () => undefined;
    }
    return locator(pointer, part);
  };
  return { value, source, locate };
}

function hasFileRefs(value: Record<string, unknown>): boolean {
  return Object.entries(FILE_PROPS).some(([section, prop]) => {
    const list = Object.hasOwn(value, section) ? value[section] : undefined;
    return (
      Array.isArray(list) &&
      list.some(
        (item: unknown) =>
          item !== null &&
          typeof item === 'object' &&
          typeof (item as Record<string, unknown>)[prop] === 'string' &&
          (item as Record<string, unknown>)[prop] !== '',
      )
    );
  });
}
