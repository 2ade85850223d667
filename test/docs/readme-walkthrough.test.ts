import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../helpers/ensure-built.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'b24cfg.js');
const run = promisify(execFile);

/** The ```bash blocks of README's "Try it on the sandbox" section, one array of lines each. */
function walkThrough(): string[][] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Try it on the sandbox'));
  if (section === undefined) throw new Error('README has no "Try it on the sandbox" section');
  return [...section.matchAll(/```bash\n([\s\S]*?)```/g)].map((m) =>
    (m[1] ?? '')
      .split('\n')
      .map((l) => l.replace(/\s+#.*$/, '').trim())
      .filter((l) => l !== ''),
  );
}

/** "b24cfg plan b24cfg.yaml" → the built CLI's arguments. */
function argsOf(line: string): string[] {
  const [cmd, ...rest] = line.split(/\s+/);
  if (cmd !== 'b24cfg') throw new Error(`not a b24cfg command: ${line}`);
  return rest;
}

/**
 * Issue 16 (done when): README's walk-through for someone new works by copy and paste, in both
 * languages — the sandbox started as written, then each line of the session, in an empty folder.
 */
describe('README: try it on the sandbox', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('names the two set-up commands', () => {
    expect(walkThrough()[0]).toEqual(['npm ci', 'npm link']);
  });

  it.each([
    ['Russian', {}],
    ['English', { B24CFG_LANG: 'en' }],
  ])(
    'every line of the session exits 0 (%s)',
    async (_lang, langEnv: Record<string, string>) => {
      const [, serveBlock, session] = walkThrough();
      const serveLine = serveBlock?.[0] ?? '';
      expect(serveLine).toMatch(/^b24cfg sandbox serve --port 8090 --state portal.json$/);
      const serverDir = mkdtempSync(join(tmpdir(), 'b24cfg-readme-srv-'));
      const sessionDir = mkdtempSync(join(tmpdir(), 'b24cfg-readme-'));
      const base = { PATH: process.env.PATH ?? '', HOME: sessionDir, NO_COLOR: '1', ...langEnv };
      // The port README names may be taken on this machine: the server picks one, the session follows it.
      const server = spawn(process.execPath, [BIN, ...argsOf(serveLine.replace('--port 8090', '--port 0'))], {
        cwd: serverDir,
        env: base,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      try {
        const [url] = (await once(createInterface({ input: server.stdout }), 'line')) as [string];
        const hostPort = new URL(url).host;
        const env: Record<string, string> = { ...base };
        for (const line of session ?? []) {
          const typed = line.replaceAll('127.0.0.1:8090', hostPort);
          const exported = /^export (\w+)=(\S+)$/.exec(typed);
          if (exported?.[1] !== undefined && exported[2] !== undefined) {
            env[exported[1]] = exported[2];
            continue;
          }
          const r = await run(process.execPath, [BIN, ...argsOf(typed)], { cwd: sessionDir, env }).catch(
            (e: { code?: number; stdout?: string; stderr?: string }) => e,
          );
          expect('code' in r ? r.code : 0, `${line}\n${r.stdout ?? ''}\n${r.stderr ?? ''}`).toBe(0);
        }
        for (const f of ['b24cfg.yaml', 'handover.html', 'audit.html'])
          expect(existsSync(join(sessionDir, f)), f).toBe(true);
      } finally {
        // "Ctrl-C in the first terminal stops the sandbox and saves its state to portal.json."
        server.kill('SIGINT');
        const [code] = (await once(server, 'exit')) as [number | null];
        expect(code).toBe(0);
        expect(existsSync(join(serverDir, 'portal.json'))).toBe(true);
      }
    },
    120_000,
  );
});
