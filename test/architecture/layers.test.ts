import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { EXCEPTIONS, FOLDERS, LAYERS } from '../../scripts/layers.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

interface Edge {
  /** src-relative file, e.g. portal/open-portal.ts */
  file: string;
  /** src-relative target, e.g. sandbox/index.js */
  target: string;
  from: string;
  to: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Every import between two top folders of src/: static, re-exports, type-only and `import()`. */
function folderEdges(): Edge[] {
  return sourceFiles(SRC).flatMap((abs) => {
    const file = relative(SRC, abs).split(sep).join('/');
    const from = file.split('/')[0] as string;
    const { importedFiles } = ts.preProcessFile(readFileSync(abs, 'utf8'), true, true);
    return importedFiles
      .map((f) => f.fileName)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) =>
        relative(SRC, resolve(dirname(abs), spec))
          .split(sep)
          .join('/'),
      )
      .filter((target) => !target.startsWith('..'))
      .map((target) => ({ file, target, from, to: target.split('/')[0] as string }))
      .filter((e) => e.to !== e.from);
  });
}

const glob = (pattern: string, file: string) =>
  pattern.endsWith('/**') ? file.startsWith(pattern.slice(0, -2)) : pattern === file;

/** The exception an edge the table does not allow is made under, if any. */
function exceptionOf(e: Edge) {
  return EXCEPTIONS.find((x) => glob(x.from, `src/${e.file}`) && x.to.includes(e.target));
}

function cycleIn(edges: ReadonlyArray<Pick<Edge, 'from' | 'to'>>): string[] | undefined {
  const next = new Map<string, Set<string>>();
  for (const e of edges) next.set(e.from, (next.get(e.from) ?? new Set()).add(e.to));
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (n: string): string[] | undefined => {
    if (state.get(n) === 'done') return undefined;
    if (state.get(n) === 'open') return [...path.slice(path.indexOf(n)), n];
    state.set(n, 'open');
    path.push(n);
    for (const m of next.get(n) ?? []) {
      const found = visit(m);
      if (found) return found;
    }
    path.pop();
    state.set(n, 'done');
    return undefined;
  };
  for (const n of next.keys()) {
    const found = visit(n);
    if (found) return found;
  }
  return undefined;
}

describe('the layers of src/ (scripts/layers.mjs)', () => {
  const edges = folderEdges();

  it('names every top folder of src/', () => {
    const dirs = readdirSync(SRC, { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(dirs.map((d) => d.name).sort()).toEqual([...FOLDERS].sort());
  });

  it('the table itself runs one way: no folder reaches itself through it', () => {
    const tableEdges = FOLDERS.flatMap((from) => (LAYERS[from] ?? []).map((to) => ({ from, to })));
    expect(cycleIn(tableEdges)).toBeUndefined();
  });

  it('every import between folders is one the table or an exception allows', () => {
    const wrong = edges
      .filter((e) => !(LAYERS[e.from] ?? []).includes(e.to) && !exceptionOf(e))
      .map((e) => `src/${e.file} → src/${e.target}`);
    expect(wrong).toEqual([]);
  });

  it('the folder import graph has no cycle (temporary exceptions aside)', () => {
    const lasting = edges.filter((e) => exceptionOf(e)?.until === undefined);
    expect(cycleIn(lasting)).toBeUndefined();
  });

  it('nothing outside src/cli imports src/cli; only the adapter imports the sandbox', () => {
    expect(edges.filter((e) => e.to === 'cli').map((e) => e.file)).toEqual([]);
    expect([...new Set(edges.filter((e) => e.to === 'sandbox').map((e) => e.file))]).toEqual([
      'portal/sandbox-adapter.ts',
    ]);
  });

  it('every exception is still used (delete the ones that are not)', () => {
    const unused = EXCEPTIONS.flatMap((x) =>
      x.to
        .filter((t) => !edges.some((e) => glob(x.from, `src/${e.file}`) && e.target === t))
        .map((t) => `${x.from} → ${t}`),
    );
    expect(unused).toEqual([]);
  });
});

describe('the lint rule fails a wrong import (eslint.config.js)', () => {
  // The layer rules need no type information: lint without it, so the check takes a second, not ten.
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
    ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports' || ruleId === 'no-restricted-syntax',
  });
  const lint = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
    return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
  };

  const wrong: Array<[string, string, RegExp]> = [
    [
      'src/core/errors.ts',
      "import type { CliContext } from '../cli/context.js';",
      /src\/core may import only nothing/,
    ],
    [
      'src/report/audit/index.ts',
      "import { runAudit } from '../../audit/engine.js';",
      /src\/report may import only/,
    ],
    [
      'src/standards/types.ts',
      "export { runAudit } from '../audit/engine.js';",
      /src\/standards may import only/,
    ],
    [
      'src/resources/registry.ts',
      "import { planAgainstPortal } from '../plan/against-portal.js';",
      /src\/resources may import only portal, spec, core/,
    ],
    ['src/apply/apply.ts', "import { attest } from '../audit/attest.js';", /src\/apply may import only/],
    [
      'src/portal/open-portal.ts',
      "import { createEmulator } from '../sandbox/index.js';",
      /src\/portal may import only core/,
    ],
    [
      'src/portal/open-portal.ts',
      "export const s = () => import('../sandbox/index.js');",
      /src\/portal may import only core/,
    ],
    [
      'src/sandbox/wire.ts',
      "import type { Wire } from '../portal/wire.js';",
      /src\/sandbox may import only core/,
    ],
    ['src/cli/main.ts', "import { createEmulator } from '../sandbox/index.js';", /src\/cli may import only/],
    ['src/plan/against-portal.ts', 'process.exit(1);', /Only src\/cli\/main\.ts may call process\.exit/],
  ];
  it.each(wrong)('%s: %s', async (file, code, message) => {
    const messages = await lint(file, code);
    expect(messages.length).toBe(1);
    expect(messages[0]).toMatch(message);
  });

  const right: Array<[string, string]> = [
    ['src/report/audit/index.ts', "import { formatPlanJson } from '../plan/json.js';"],
    ['src/resources/registry.ts', "import type { B24Client } from '../portal/client.js';"],
    ['src/portal/sandbox-adapter.ts', "import { createEmulator } from '../sandbox/index.js';"],
    ['src/cli/main.ts', "import { runAudit } from '../audit/engine.js';\nprocess.exit(0);"],
    ['src/cli/commands/plan/run.ts', "import { planAgainstPortal } from '../../../plan/against-portal.js';"],
  ];
  it.each(right)('%s may: %s', async (file, code) => {
    expect(await lint(file, code)).toEqual([]);
  });
});
