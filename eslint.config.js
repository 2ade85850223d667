// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { EXCEPTIONS, FOLDERS, LAYERS } from './scripts/layers.mjs';

const ONLY_MAIN_EXITS = {
  selector: "CallExpression[callee.object.name='process'][callee.property.name='exit']",
  message: 'Only src/cli/main.ts may call process.exit.',
};

/** Files are matched this deep below their top folder (src/<folder>/a/b/c.ts is depth 4). */
const MAX_DEPTH = 5;

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The import paths a file `depth` folders below src/<folder> must not use: `../` × depth reaches src/,
 * then a folder the layers table does not give it (scripts/layers.mjs), except the files `allowed`
 * lets it reach anyway.
 */
function forbiddenPaths(folder, depth, allowed) {
  const alternatives = FOLDERS.filter((t) => t !== folder && !LAYERS[folder].includes(t)).map((t) => {
    const files = allowed.filter((a) => a.startsWith(`${t}/`)).map((a) => escapeRe(a.slice(t.length + 1)));
    return files.length > 0 ? `${t}/(?!(?:${files.join('|')})$)` : `${t}(?:/|$)`;
  });
  return alternatives.length > 0 ? `^(?:\\.\\./){${depth}}(?:${alternatives.join('|')})` : undefined;
}

/** The layer rules of the files `files`: static imports and re-exports, and `import()` too. */
function layerBlock(folder, depth, files, allowed, opts = {}) {
  const regex = forbiddenPaths(folder, depth, allowed);
  const message = `src/${folder} may import only ${LAYERS[folder].join(', ') || 'nothing outside itself'} (scripts/layers.mjs, docs/architecture.md).`;
  const syntax = [...(opts.mainMayExit ? [] : [ONLY_MAIN_EXITS])];
  if (regex)
    syntax.push({
      // esquery reads a regular expression up to the next '/': write it as \x2F inside.
      selector: `ImportExpression[source.value=/${regex.replace(/\//g, '\\x2F')}/]`,
      message,
    });
  return {
    files,
    ...(opts.ignores ? { ignores: opts.ignores } : {}),
    rules: {
      'no-restricted-imports': regex ? ['error', { patterns: [{ regex, message }] }] : 'off',
      'no-restricted-syntax': ['error', ...syntax],
    },
  };
}

/** One block per folder and depth (relative paths depend on it), then the files with exceptions. */
function layerBlocks() {
  const blocks = [];
  const single = EXCEPTIONS.filter((e) => !e.from.endsWith('/**'));
  for (const folder of FOLDERS) {
    const allowed = EXCEPTIONS.filter((e) => e.from === `src/${folder}/**`).flatMap((e) => e.to);
    for (let depth = 1; depth <= MAX_DEPTH; depth++) {
      const files = [`src/${folder}/${'*/'.repeat(depth - 1)}*.ts`];
      const ignores = [...single.map((e) => e.from), 'src/cli/main.ts'];
      blocks.push(layerBlock(folder, depth, files, allowed, { ignores }));
    }
  }
  for (const e of single) {
    const [, folder = '', ...rest] = e.from.split('/');
    blocks.push(layerBlock(folder, rest.length, [e.from], e.to));
  }
  blocks.push(layerBlock('cli', 1, ['src/cli/main.ts'], [], { mainMayExit: true }));
  return blocks;
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '**/*.generated.ts',
      '.b24cfg/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-restricted-syntax': ['error', ONLY_MAIN_EXITS],
    },
  },
  ...layerBlocks(),
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // The launcher is CommonJS (bin/package.json) so that Node starts without its ES module loader.
    files: ['bin/**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
