/**
 * CLI cold start: `b24cfg validate <spec>` (and `--version`) against `node -e 0`, the cost of starting
 * Node at all; and issue #18's rows: `plan` of the template against a `sandbox serve` (its CPU against
 * `validate`'s) and `validate` of the 700 KB spec (against `node -e 0`). With hyperfine (Debian: apt-get
 * install -y hyperfine) when it is installed, one run per call, the rows taking turns, and the median CPU
 * of the runs; otherwise by spawning each command repeatedly and taking medians (wall time only).
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
  /** User + system CPU of a run, median (hyperfine only): unlike wall time, hardly stretched by a busy machine. */
  cpuMs?: number;
  /** The least CPU of a run (hyperfine only). */
  cpuMinMs?: number;
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

/** One run of `argv` under hyperfine: its wall time and CPU (user + system, from the child's rusage). */
function hyperfineOnce(argv: readonly string[], cwd: string, out: string): { wallMs: number; cpuMs: number } {
  const r = spawnSync(
    'hyperfine',
    ['-N', '--runs', '1', '--ignore-failure', '--export-json', out, argv.map(quoted).join(' ')],
    { cwd, stdio: 'ignore' },
  );
  if (r.status !== 0) throw new Error(`hyperfine exited ${String(r.status)}`);
  const json = JSON.parse(readFileSync(out, 'utf8')) as {
    results: Array<{ user: number; system: number; times: number[] }>;
  };
  const res = json.results[0];
  if (!res || res.times[0] === undefined) throw new Error('hyperfine gave no result');
  return { wallMs: res.times[0] * 1000, cpuMs: (res.user + res.system) * 1000 };
}

/** hyperfine -N runs a command without a shell, splitting it on spaces: quote what holds one. */
function quoted(a: string): string {
  return /\s/.test(a) ? `'${a}'` : a;
}

/**
 * With hyperfine, each run is one hyperfine call, and the rows take turns run by run: a load that changes
 * during the bench (the machine is shared) then falls on every row alike, and the CPU of each run is known,
 * so the row reports the median CPU, not a mean one outlier can move (issue #18 compares medians).
 */
function measureWithHyperfine(
  commands: ColdCommand[],
  runs: number,
  cwd: string,
  cacheOf: (i: number) => string,
): ColdStartRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'b24cfg-bench-hf-'));
  try {
    const out = join(dir, 'hf.json');
    const argvOf = (c: ColdCommand, i: number) => [
      'env',
      `B24CFG_CACHE_DIR=${cacheOf(i)}`,
      'CI=true',
      ...c.argv,
    ];
    const once = (c: ColdCommand, i: number) => {
      // A first-run row never finds the code cache: its folder is emptied before each run.
      if (c.freshCache) rmSync(cacheOf(i), { recursive: true, force: true });
      return hyperfineOnce(argvOf(c, i), cwd, out);
    };
    for (let w = 0; w < 3; w++) commands.forEach((c, i) => once(c, i));
    const samples = commands.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
    for (let r = 0; r < runs; r++) {
      commands.forEach((c, i) => {
        const s = once(c, i);
        samples[i]!.wall.push(s.wallMs);
        samples[i]!.cpu.push(s.cpuMs);
      });
    }
    return commands.map((c, i) => {
      const { wall, cpu } = samples[i]!;
      return {
        name: c.name,
        command: c.argv.slice(1).join(' '),
        medianMs: median(wall),
        meanMs: wall.reduce((a, b) => a + b, 0) / wall.length,
        minMs: Math.min(...wall),
        cpuMs: median(cpu),
        cpuMinMs: Math.min(...cpu),
        runs: wall.length,
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
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
    try {
      const rows = measureWithHyperfine(commands, runs, cwd, cacheOf);
      return { tool: 'hyperfine', rows, loadBefore, loadAfter: load1() };
    } catch {
      // hyperfine failed (an old version, a killed run): measure without it.
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
