/**
 * CLI cold start: `b24cfg validate <spec>` (and `--version`) against `node -e 0`, the cost of starting
 * Node at all. With hyperfine (Debian: apt-get install -y hyperfine) when it is installed, otherwise by
 * spawning each command repeatedly and taking medians.
 *
 * The CLI keeps V8's compiled code in a cache folder (src/boot/code-cache.ts): every row runs with a cache
 * folder of its own, kept between runs (after the warm-up runs, the state of every run but the first after
 * an install), except the "first run" row, whose folder is emptied before each run (it compiles everything
 * and writes the cache: the first run after an install or a Node upgrade).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_BIN } from './cli-child.js';
import { median } from './floor.js';
import { load1 } from './machine.js';

export interface ColdStartRow {
  name: string;
  command: string;
  medianMs: number;
  meanMs: number;
  /** The fastest run: the least disturbed by other processes on a shared machine. */
  minMs: number;
  /** User + system CPU per run (hyperfine only): unlike wall time, hardly stretched by a busy machine. */
  cpuMs?: number;
  runs: number;
}

export interface ColdStartResult {
  tool: 'hyperfine' | 'spawn';
  rows: ColdStartRow[];
  loadBefore: number;
  loadAfter: number;
}

function hasHyperfine(): boolean {
  const r = spawnSync('hyperfine', ['--version'], { stdio: 'ignore' });
  return r.status === 0;
}

function spawnOnce(argv: readonly string[], cwd: string, env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(argv[0] as string, argv.slice(1), {
      cwd,
      stdio: 'ignore',
      env: { ...process.env, CI: 'true', ...env },
    });
    child.once('error', reject);
    child.once('close', () => resolve(performance.now() - t));
  });
}

interface ColdCommand {
  name: string;
  argv: string[];
  /** Emptied before every run: the code cache is never there. */
  freshCache?: boolean;
}

export async function measureColdStart(
  specPath: string,
  runs: number,
  cwd: string,
  smallSpecPath?: string,
  more: { bigSpecPath?: string; planUrl?: string } = {},
): Promise<ColdStartResult> {
  const node = process.execPath;
  const validate = (spec: string) => [node, CLI_BIN(), 'validate', spec, '--lang', 'en'];
  const commands: ColdCommand[] = [
    { name: 'node -e 0', argv: [node, '-e', '0'] },
    { name: 'b24cfg --version', argv: [node, CLI_BIN(), '--version'] },
    ...(smallSpecPath ? [{ name: 'b24cfg validate (minimal)', argv: validate(smallSpecPath) }] : []),
    { name: 'b24cfg validate (small)', argv: validate(specPath) },
    { name: 'b24cfg validate (small), first run', argv: validate(specPath), freshCache: true },
    ...(more.planUrl
      ? [
          {
            name: 'b24cfg plan (small) against a sandbox',
            argv: [node, CLI_BIN(), 'plan', specPath, '--portal', more.planUrl, '--lang', 'en'],
          },
        ]
      : []),
    ...(more.bigSpecPath ? [{ name: 'b24cfg validate (700 KB)', argv: validate(more.bigSpecPath) }] : []),
  ];
  const cacheRoot = mkdtempSync(join(tmpdir(), 'b24cfg-bench-cache-'));
  const cacheOf = (i: number) => join(cacheRoot, String(i));
  try {
    return await measure(commands, runs, cwd, cacheOf);
  } finally {
    rmSync(cacheRoot, { recursive: true, force: true });
  }
}

async function measure(
  commands: ColdCommand[],
  runs: number,
  cwd: string,
  cacheOf: (i: number) => string,
): Promise<ColdStartResult> {
  const loadBefore = load1();
  if (hasHyperfine()) {
    const dir = mkdtempSync(join(tmpdir(), 'b24cfg-bench-hf-'));
    try {
      const out = join(dir, 'hf.json');
      const r = spawnSync(
        'hyperfine',
        [
          '-N',
          '--warmup',
          '3',
          '--runs',
          String(runs),
          '--ignore-failure',
          '--export-json',
          out,
          // One --prepare per command, in order: empty the cache folder of a first-run row.
          ...commands.flatMap((c, i) => ['--prepare', c.freshCache ? `rm -rf ${cacheOf(i)}` : 'true']),
          // `env` sets each command's own cache folder (hyperfine -N runs commands without a shell).
          ...commands.map((c, i) =>
            ['env', `B24CFG_CACHE_DIR=${cacheOf(i)}`, 'CI=true', ...c.argv]
              .map((a) => (/\s/.test(a) ? `'${a}'` : a))
              .join(' '),
          ),
        ],
        { cwd, stdio: 'ignore' },
      );
      if (r.status === 0) {
        const json = JSON.parse(readFileSync(out, 'utf8')) as {
          results: Array<{
            mean: number;
            median: number;
            min: number;
            user: number;
            system: number;
            times: number[];
          }>;
        };
        return {
          tool: 'hyperfine',
          rows: commands.map((c, i) => {
            const res = json.results[i];
            return {
              name: c.name,
              command: c.argv.slice(1).join(' '),
              medianMs: (res?.median ?? NaN) * 1000,
              meanMs: (res?.mean ?? NaN) * 1000,
              minMs: (res?.min ?? NaN) * 1000,
              cpuMs: ((res?.user ?? NaN) + (res?.system ?? NaN)) * 1000,
              runs: res?.times.length ?? 0,
            };
          }),
          loadBefore,
          loadAfter: load1(),
        };
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const rows: ColdStartRow[] = [];
  for (const [k, c] of commands.entries()) {
    const env = { B24CFG_CACHE_DIR: cacheOf(k) };
    const once = () => {
      if (c.freshCache) rmSync(cacheOf(k), { recursive: true, force: true });
      return spawnOnce(c.argv, cwd, env);
    };
    for (let w = 0; w < 2; w++) await once();
    const times: number[] = [];
    // Interleaving would be fairer under changing load, but sequential keeps each child's cache warm alike.
    for (let i = 0; i < runs; i++) times.push(await once());
    rows.push({
      name: c.name,
      command: c.argv.slice(1).join(' '),
      medianMs: median(times),
      meanMs: times.reduce((a, b) => a + b, 0) / times.length,
      minMs: Math.min(...times),
      runs: times.length,
    });
  }
  return { tool: 'spawn', rows, loadBefore, loadAfter: load1() };
}
