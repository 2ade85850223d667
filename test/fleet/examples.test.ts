import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ensureBuilt } from '../helpers/ensure-built.js';
import { cli } from '../helpers/run-cli.js';

const ROOT = join(import.meta.dirname, '../..');

/** Every `b24cfg …` command a CI example runs (its CI placeholders left as they are). */
function commands(text: string): string[] {
  const strings: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(parse(text));
  return strings.flatMap((s) => [...s.matchAll(/npx b24cfg ([^\n]+)/g)].map((m) => (m[1] ?? '').trim()));
}

/** The long options a `b24cfg <command> --help` lists. */
async function optionsOf(command: string[]): Promise<Set<string>> {
  const r = await cli([...command, '--help', '--lang', 'en']);
  return new Set([...r.stdout.matchAll(/(--[a-z-]+)/g)].map((m) => m[1] as string));
}

describe('the fleet examples', () => {
  it('examples/fleet/fleet.yaml and the specs it names are valid', async () => {
    const r = await cli(['fleet', 'validate', 'examples/fleet/fleet.yaml', '--lang', 'en'], { cwd: ROOT });
    expect(r.stdout).toContain('examples/fleet/fleet.yaml: 3 portals');
    expect(r.code).toBe(0);
  });

  it.each(['github-fleet.yml', 'gitlab-fleet.yml'])(
    'examples/ci/%s: shard jobs, then a merge that publishes the dashboard and the JUnit, with options b24cfg has',
    async (file) => {
      const text = readFileSync(join(ROOT, 'examples/ci', file), 'utf8');
      const cmds = commands(text);
      const audit = cmds.find((c) => c.startsWith('fleet audit '));
      const merge = cmds.find((c) => c.startsWith('fleet merge '));
      for (const c of [audit, merge]) {
        expect(c).toBeDefined();
        const known = await optionsOf((c ?? '').split(' ').slice(0, 2));
        for (const word of (c ?? '').split(/\s+/).filter((w) => w.startsWith('--')))
          expect(known, `${c}: ${word}`).toContain(word);
      }
      expect(merge).toContain('--out fleet.html --out fleet.xml');
      const doc = parse(text) as Record<string, Record<string, unknown>>;
      if (file.startsWith('github')) {
        const jobs = doc.jobs as Record<
          string,
          { strategy?: { matrix?: { shard?: number[] } }; needs?: string }
        >;
        const shards = jobs.audit?.strategy?.matrix?.shard ?? [];
        expect(shards).toEqual(Array.from({ length: shards.length }, (_, i) => i + 1));
        expect(audit).toContain(`--shard \${{ matrix.shard }}/${shards.length}`);
        expect(jobs.merge?.needs).toBe('audit');
      } else {
        expect(doc['fleet-audit']?.parallel).toBe(4);
        expect(audit).toContain('--shard "$CI_NODE_INDEX/$CI_NODE_TOTAL"');
        expect((doc['fleet-report']?.artifacts as { reports?: { junit?: string } }).reports?.junit).toBe(
          'fleet.xml',
        );
      }
    },
  );

  it('node examples/fleet/rehearse.mjs: three emulated portals, audited twice (with the change), then checked for drift', () => {
    ensureBuilt();
    const r = spawnSync(process.execPath, [join(ROOT, 'examples/fleet/rehearse.mjs'), '--lang', 'en'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Fleet audit');
    expect(r.stdout).toMatch(/north-trade: [\d.]+ → [\d.]+ \(\+[\d.]+\) since run/);
    expect(r.stdout).toContain('Fleet drift check');
    expect(r.stdout).toMatch(/Dashboard: .*fleet\.html/);
    expect(r.stderr).toContain('The sandboxes stopped');
  }, 180_000);
});
