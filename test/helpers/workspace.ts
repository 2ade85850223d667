import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSandboxState, saveSandboxState, type SandboxState } from '../../src/sandbox/index.js';
import { cli } from './run-cli.js';

/** A temporary project folder with a sandbox portal state file, for end-to-end CLI tests. */
export class Workspace {
  readonly dir: string;
  readonly portalFile: string;
  readonly portal: string;
  constructor(prefix = 'b24cfg-it-') {
    this.dir = mkdtempSync(join(tmpdir(), prefix));
    this.portalFile = join(this.dir, 'portal.json');
    this.portal = `sandbox:${this.portalFile}`;
  }
  path(name: string): string {
    return join(this.dir, name);
  }
  write(name: string, text: string): string {
    const p = this.path(name);
    writeFileSync(p, text);
    return p;
  }
  read(name: string): string {
    return readFileSync(this.path(name), 'utf8');
  }
  run(args: readonly string[], env: Record<string, string> = {}) {
    return cli([...args, '--lang', 'en'], {
      cwd: this.dir,
      env,
      now: () => new Date('2026-11-24T10:00:00Z'),
    });
  }
  async editPortal(edit: (s: SandboxState) => void): Promise<void> {
    const s = await loadSandboxState(this.portalFile);
    edit(s);
    await saveSandboxState(s, this.portalFile);
  }
  async portalState(): Promise<SandboxState> {
    return loadSandboxState(this.portalFile);
  }
}

/** "Portal requests: 3 HTTP, 212 REST calls" → 3 */
export function httpRequests(stderr: string): number {
  const m = /Portal requests: (\d+) HTTP/.exec(stderr);
  if (!m) throw new Error(`no request summary in:\n${stderr}`);
  return Number(m[1]);
}
