import { dirname, resolve } from 'node:path';
import { fingerprintOf } from '../core/hash.js';
import { accessProblem, type AccessContext } from './access-problem.js';
import { rebaseFileRefs, displayPath } from './file-refs.js';
import { extendsMeta } from './load-meta.js';
import { plainSpec, type PlainSpec } from './load-plain.js';
import { toPlain, withEntry, type LMap, type LNode } from './located.js';
import { mergeLocated } from './merge.js';
import { makeProblem, sortProblems } from './problem.js';
import type { Spec } from './spec.generated.js';
import { substitute } from './substitute.js';
import type { Locate, SourceLocation, SpecLoadResult, SpecProblem } from './types.js';
import { validateSpec } from './validate.js';
import { readLimitedText, type SourceFile } from './source-file.js';
import { parseYamlSource } from './yaml-parse.js';
import { checkFileAccess, findProjectRoot } from './project-root.js';
import { webhookSecretsIn } from './credentials.js';

export interface LoadSpecOptions {
  env: Record<string, string | undefined>;
  cwd: string;
  /** `--root`: the project folder the spec may read files from (default: see findProjectRoot). */
  root?: string;
}

interface LoadState {
  cwd: string;
  access: AccessContext;
  problems: SpecProblem[];
  sources: Map<string, SourceFile>;
  files: string[];
  /** One tree per file, so a base shared by two specs (a diamond) is read and reported once. */
  trees: Map<string, Promise<LMap | undefined>>;
  /** Set when a file could not be read or parsed: the merged spec would be missing parts. */
  unusable: boolean;
}

interface ExtendsRef {
  target: string;
  loc: SourceLocation;
  pointer: string;
}

function extendsRefs(root: LMap, state: LoadState): ExtendsRef[] {
  const entry = root.entries.get('extends');
  if (!entry) return [];
  const nodes: { node: LNode; pointer: string }[] =
    entry.node.kind === 'seq'
      ? entry.node.items.map((node, i) => ({ node, pointer: `/extends/${i}` }))
      : [{ node: entry.node, pointer: '/extends' }];
  const refs: ExtendsRef[] = [];
  for (const { node, pointer } of nodes) {
    if (node.kind === 'scalar' && typeof node.value === 'string' && node.value !== '') {
      refs.push({ target: node.value, loc: node.loc, pointer });
    } else {
      state.problems.push(
        makeProblem(extendsMeta, { messageId: 'notAString', path: pointer, location: node.loc }),
      );
    }
  }
  return refs;
}

/** Reads one file and everything it extends, merged: bases in order, then the file itself on top. */
function loadTree(
  file: string,
  chain: readonly string[],
  state: LoadState,
  via?: ExtendsRef,
): Promise<LMap | undefined> {
  let tree = state.trees.get(file);
  if (!tree) {
    tree = readTree(file, chain, state, via);
    state.trees.set(file, tree);
  }
  return tree;
}

async function readTree(
  file: string,
  chain: readonly string[],
  state: LoadState,
  via: ExtendsRef | undefined,
): Promise<LMap | undefined> {
  const read = await readLimitedText(file, displayPath(file, state.cwd));
  if (!read.ok) {
    state.unusable = true;
    if (via && read.problem.messageId === 'notFound') {
      state.problems.push(
        makeProblem(extendsMeta, {
          messageId: 'missing',
          data: { target: via.target },
          path: via.pointer,
          location: via.loc,
        }),
      );
    } else {
      state.problems.push(via ? { ...read.problem, path: via.pointer, location: via.loc } : read.problem);
    }
    return undefined;
  }
  state.files.push(file);
  const parsed = await parseYamlSource(file, read.text);
  state.sources.set(file, parsed.source);
  state.problems.push(...parsed.problems);
  if (parsed.root?.kind !== 'map') {
    state.unusable = true;
    return undefined;
  }
  const own = parsed.root;
  let merged: LNode | undefined;
  for (const ref of extendsRefs(own, state)) {
    const written = resolve(dirname(file), ref.target);
    const allowed = await checkFileAccess(state.access.root, written);
    if (!allowed.ok) {
      // Refused before anything is read: not even whether the file exists is told.
      state.unusable = true;
      state.problems.push(
        accessProblem(state.access, allowed.why, ref.target, written, ref.pointer, ref.loc),
      );
      continue;
    }
    const target = allowed.path;
    const seen = [...chain, file];
    const from = seen.indexOf(target);
    if (from >= 0) {
      const cycle = [...seen.slice(from), target].map((f) => displayPath(f, state.cwd)).join(' → ');
      state.problems.push(
        makeProblem(extendsMeta, {
          messageId: 'cycle',
          data: { chain: cycle },
          path: ref.pointer,
          location: ref.loc,
        }),
      );
      continue;
    }
    const base = await loadTree(target, seen, state, ref);
    if (base) merged = merged ? mergeLocated(merged, base) : base;
  }
  const self = withEntry(own, 'extends', undefined);
  const result = merged ? mergeLocated(merged, self) : self;
  return result.kind === 'map' ? result : undefined;
}

/**
 * Loads a spec file (README.md#the-spec): YAML with locations, `extends` merged by key, variables
 * substituted, file paths rebased on the root spec's folder; then the JSON Schema and the semantic rules.
 * Never throws for a bad spec: every problem comes back as data, each with file:line:col where there is one.
 */
export async function loadSpec(path: string, opts: LoadSpecOptions): Promise<SpecLoadResult> {
  const rootFile = resolve(opts.cwd, path);
  const baseDir = dirname(rootFile);
  const root = await findProjectRoot(rootFile, opts.cwd, opts.root);
  const state: LoadState = {
    cwd: opts.cwd,
    access: { root, cwd: opts.cwd, rootSpec: displayPath(rootFile, opts.cwd) },
    problems: [],
    sources: new Map(),
    files: [],
    trees: new Map(),
    unusable: false,
  };
  const plain = await readPlain(rootFile, state);
  if (plain) return checked(plain.value, plain.locate);
  const tree = await loadTree(rootFile, [], state);
  const empty = (): SpecLoadResult => ({
    spec: undefined,
    problems: sortProblems(state.problems, state.files),
    ok: false,
    rootFile,
    baseDir,
    projectRoot: root.dir,
    files: state.files,
    specHash: fingerprintOf(null),
    sources: sourceTexts(state),
    locate: () => undefined,
  });
  if (!tree || state.unusable) return empty();

  const substituted = await substitute(tree, {
    env: opts.env,
    sources: state.sources,
    access: state.access,
    envSecrets: webhookSecretsIn(opts.env),
  });
  state.problems.push(...substituted.problems);
  const rebased = await rebaseFileRefs(substituted.root, baseDir, state.access);
  state.problems.push(...rebased.problems);

  const { value, locate } = toPlain(rebased.root);
  return checked(value, locate);

  function checked(value: unknown, locate: Locate): SpecLoadResult {
    const result = validateSpec(value as Spec, locate);
    const problems = sortProblems([...state.problems, ...result.errors, ...result.warnings], state.files);
    let hash: string | undefined;
    return {
      spec: value as Spec,
      problems,
      ok: !problems.some((p) => p.severity === 'error'),
      rootFile,
      baseDir,
      projectRoot: root.dir,
      files: state.files,
      // Computed when read: plain `validate` never needs it (cold start, issue #8).
      get specHash() {
        return (hash ??= fingerprintOf(value));
      },
      sources: sourceTexts(state),
      locate,
    };
  }
}

/**
 * The root spec read straight into its value when it needs no tree (src/spec/load-plain.ts); undefined
 * otherwise, or when it cannot be read (the usual way then reads it again and reports why).
 */
async function readPlain(file: string, state: LoadState): Promise<PlainSpec | undefined> {
  const read = await readLimitedText(file, displayPath(file, state.cwd));
  const plain = read.ok ? plainSpec(file, read.text) : undefined;
  if (plain) {
    state.files.push(file);
    state.sources.set(file, plain.source);
  }
  return plain;
}

function sourceTexts(state: LoadState): Map<string, string> {
  return new Map([...state.sources].map(([file, src]) => [file, src.text]));
}
