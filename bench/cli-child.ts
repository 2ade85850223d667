/**
 * Runs `node bin/b24cfg.js …` as a child process, the way a user does, and measures it: wall time from
 * spawn to exit, peak RSS (GNU time's %M, when /usr/bin/time exists), exit code, and the request summary
 * the CLI prints after every networked command (README.md#commands).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUILD_DIR = join('node_modules', '.cache', 'b24cfg-bench');

/** The repository root: bench/ runs compiled from node_modules/.cache/b24cfg-bench/bench/ or as source (tests). */
export function repoRoot(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const at = here.indexOf(`${BUILD_DIR}`);
  return at >= 0 ? here.slice(0, at) : join(here, '..');
}

/** The CLI measured: this checkout's, or another build's given as B24CFG_BENCH_CLI (to compare two builds). */
export const CLI_BIN = (): string => process.env.B24CFG_BENCH_CLI ?? join(repoRoot(), 'bin', 'b24cfg.js');
const GNU_TIME = '/usr/bin/time';

export interface ChildRun {
  exitCode: number;
  wallMs: number;
  /** performance.now() when the process ended (to compare with the server's last answer). */
  endedAt: number;
  /** Peak resident set size in KiB, when it could be measured. */
  peakRssKb?: number;
  /** User + system CPU time of the process, ms (GNU time's %U + %S), when it could be measured. */
  cpuMs?: number;
  stdout: string;
  stderr: string;
  /** From the CLI's own "Portal requests: N HTTP, M REST calls" line (--lang en). */
  summary?: { httpRequests: number; restCalls: number };
}

/** Reads the request summary line (src/portal/stats-format.ts, English). */
export function parseRequestSummary(stderr: string): ChildRun['summary'] {
  const m = /Portal requests: (\d+) HTTP, (\d+) REST/.exec(stderr);
  if (!m) return undefined;
  return { httpRequests: Number(m[1]), restCalls: Number(m[2]) };
}

export async function runCliChild(
  args: readonly string[],
  opts: { cwd: string; env?: Record<string, string>; timeoutMs?: number },
): Promise<ChildRun> {
  const useTime = existsSync(GNU_TIME);
  const scratch = useTime ? await mkdtemp(join(tmpdir(), 'b24cfg-bench-time-')) : undefined;
  const rssFile = scratch ? join(scratch, 'rss') : undefined;
  const node = process.execPath;
  const argv = [CLI_BIN(), ...args, '--lang', 'en', '--no-color'];
  const [cmd, cmdArgs] =
    useTime && rssFile ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, node, ...argv]] : [node, argv];
  const started = performance.now();
  const child = spawn(cmd, cmdArgs, {
    cwd: opts.cwd,
    env: { ...process.env, CI: 'true', NO_COLOR: '1', ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const timer =
    opts.timeoutMs !== undefined ? setTimeout(() => child.kill('SIGTERM'), opts.timeoutMs) : undefined;
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  const endedAt = performance.now();
  const wallMs = endedAt - started;
  if (timer) clearTimeout(timer);
  let peakRssKb: number | undefined;
  let cpuMs: number | undefined;
  if (rssFile) {
    const text = await readFile(rssFile, 'utf8').catch(() => '');
    // The last line: a signal or an exit status may come before it.
    const [kb, user, sys] = (text.trim().split('\n').pop() ?? '').split(' ').map(Number);
    if (kb !== undefined && Number.isFinite(kb) && kb > 0) peakRssKb = kb;
    if (user !== undefined && sys !== undefined && Number.isFinite(user + sys))
      cpuMs = Math.round((user + sys) * 1000);
  }
  if (scratch) await rm(scratch, { recursive: true, force: true });
  return {
    exitCode,
    wallMs,
    endedAt,
    peakRssKb,
    cpuMs,
    stdout,
    stderr,
    summary: parseRequestSummary(stderr),
  };
}
