import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, startSandboxServer, type Emulator } from '../../src/sandbox/index.js';
import { ensureBuilt } from '../helpers/ensure-built.js';
import { cli } from '../helpers/run-cli.js';
import { Workspace } from '../helpers/workspace.js';
import { seededPortal } from './helpers/seed-portal.js';
import { generateSpec } from './helpers/spec-gen.js';

/**
 * kill -9 in the middle of an apply: the real binary is killed by the portal itself while it handles
 * its k-th request, either after carrying it out (the answer is lost with the process) or before (the
 * request dies with it). Each run applies a generated spec (helpers/spec-gen.ts) to a seeded
 * portal (helpers/seed-portal.ts); k goes over the requests (reads, writes, read-backs) a clean
 * apply of that spec sends. The resumed apply must converge to exactly what a clean apply makes
 * (compared by export): nothing twice, no default stages left in pipelines the killed run created, a
 * plan with no changes. CI size by default; `npm run test:faults` runs 40 (KILL_RUNS).
 */
const RUNS = Number(process.env.KILL_RUNS ?? 2);
const REPORT = process.env.KILL_REPORT;
const BIN = fileURLToPath(new URL('../../bin/b24cfg.js', import.meta.url));

type Moment = 'after-write' | 'before-write';

function isWriteBatch(req: { method: string; params: Record<string, unknown> }): boolean {
  const cmd = req.params.cmd as Record<string, string> | undefined;
  return req.method === 'batch' && Object.values(cmd ?? {}).some((c) => /\.(add|update|delete)\?/.test(c));
}

/** The export minus what differs between two portals: the client line (host) and comments. */
function comparable(yaml: string): string {
  return yaml
    .split('\n')
    .filter((l) => !l.startsWith('#') && !l.startsWith('client:'))
    .join('\n');
}

/** A sandbox over HTTP whose k-th request kills the process that sent it. */
async function killingPortal(seed: number, k: number, moment: Moment) {
  const emulator = createEmulator({ state: await seededPortal(seed, 10), limits: false });
  const box: {
    child?: ChildProcess;
    requests: number;
    writes: number;
    killed: boolean;
    killedAtWrite: boolean;
  } = {
    requests: 0,
    writes: 0,
    killed: false,
    killedAtWrite: false,
  };
  const killing: Emulator = Object.create(emulator) as Emulator;
  Object.defineProperty(killing, 'handle', {
    value: async (req: Parameters<Emulator['handle']>[0]) => {
      const write = isWriteBatch(req);
      if (write) box.writes += 1;
      const kill = ++box.requests === k && box.child !== undefined;
      if (kill) box.killedAtWrite = write;
      const kill9 = async () => {
        box.killed = true;
        box.child?.kill('SIGKILL');
        if (box.child?.exitCode === null) await once(box.child, 'exit');
      };
      if (kill && moment === 'before-write') {
        await kill9();
        return { status: 503, body: { error: 'KILLED', error_description: 'the sender was killed' } };
      }
      const out = await emulator.handle(req);
      if (kill) await kill9();
      return out;
    },
  });
  const server = await startSandboxServer({ emulator: killing });
  return { emulator, server, box };
}

interface RunResult {
  k: number;
  moment: Moment;
  requests: number;
  writes: number;
  /** The request the process died on was a write. */
  atWrite: boolean;
  resumes: number;
}

/** The binary's apply, as a user runs it; resolves with its exit code or the signal that ended it. */
async function applyBin(spec: string, url: string, cwd: string, box: { child?: ChildProcess }) {
  box.child = spawn(process.execPath, [BIN, 'apply', spec, '--portal', url, '--yes', '--lang', 'en'], {
    cwd,
    stdio: 'ignore',
  });
  const [code, signal] = (await once(box.child, 'exit')) as [number | null, string | null];
  box.child = undefined;
  return signal ?? code;
}

/** A clean apply of the same spec on the same seeded portal: its requests and its export. */
async function cleanApply(seed: number, dir: string, spec: string) {
  const clean = await killingPortal(seed, 0, 'after-write');
  try {
    expect(await applyBin(spec, clean.server.url, dir, {})).toBe(0);
    const { requests, writes } = clean.box;
    const exported = await cli(['export', '--portal', clean.server.url, '--lang', 'en'], { cwd: dir });
    return { requests, writes, exported: comparable(exported.stdout) };
  } finally {
    await clean.server.close();
  }
}

describe('kill -9 during apply, then --resume', () => {
  const results: RunResult[] = [];

  beforeAll(() => ensureBuilt(), 120_000);

  afterAll(() => {
    if (!REPORT) return;
    const byResumes: Record<number, number> = {};
    for (const r of results) byResumes[r.resumes] = (byResumes[r.resumes] ?? 0) + 1;
    const report = {
      runs: results.length,
      afterWrite: results.filter((r) => r.moment === 'after-write').length,
      beforeWrite: results.filter((r) => r.moment === 'before-write').length,
      killedAtAWrite: results.filter((r) => r.atWrite).length,
      requestsPerApply: results.map((r) => r.requests),
      killedAt: results.map((r) => r.k),
      resumesHistogram: byResumes,
    };
    writeFileSync(REPORT, `${JSON.stringify(report, null, 2)}\n`);
  });

  it.each(Array.from({ length: RUNS }, (_, i) => i))(
    'run %i: killed at its k-th request, resumed to what a clean apply makes',
    async (i) => {
      const seed = 4200 + i;
      const moment: Moment = i % 2 === 0 ? 'after-write' : 'before-write';
      const cleanWs = new Workspace('b24cfg-kill-clean-');
      const run = new Workspace('b24cfg-kill-run-');
      const yaml = generateSpec(seed).yaml;
      const clean = await cleanApply(seed, cleanWs.dir, cleanWs.write('b24cfg.yaml', yaml));
      const runSpec = run.write('b24cfg.yaml', yaml);
      // Every request of the spec's apply (reads, writes, read-backs) gets its turn as the run number grows.
      const k = 1 + (Math.floor(i / 2) % clean.requests);
      const { emulator, server, box } = await killingPortal(seed, k, moment);
      try {
        const ended = await applyBin(runSpec, server.url, run.dir, box);
        expect(ended, `seed ${seed} k=${k} ${moment}`).toBe('SIGKILL');

        let resumes = 0;
        for (;;) {
          resumes += 1;
          const resume = existsSync(join(run.dir, '.b24cfg', 'journal')) ? ['--resume', 'last'] : [];
          const r = await cli(
            ['apply', runSpec, '--portal', server.url, ...resume, '--yes', '--lang', 'en'],
            {
              cwd: run.dir,
            },
          );
          if (r.code === 0) break;
          expect(resumes, `seed ${seed} k=${k} ${moment}: ${r.stdout}\n${r.stderr}`).toBeLessThan(3);
        }
        const again = await cli(
          ['plan', runSpec, '--portal', server.url, '--detailed-exitcode', '--lang', 'en'],
          {
            cwd: run.dir,
          },
        );
        expect(again.code, again.stdout).toBe(0);

        const names = emulator.state.pipelines.map((p) => p.name);
        expect(new Set(names).size).toBe(names.length);
        // Default stages the killed run left in pipelines it created would show here too: the generated
        // specs adopt some default codes, so the export, not a list of codes, is the judge.
        const exported = await cli(['export', '--portal', server.url, '--lang', 'en'], { cwd: run.dir });
        expect(comparable(exported.stdout)).toBe(clean.exported);
        results.push({
          k,
          moment,
          requests: clean.requests,
          writes: clean.writes,
          atWrite: box.killedAtWrite,
          resumes,
        });
      } finally {
        await server.close();
      }
    },
    120_000,
  );
});
