import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BufferWriter } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { cli } from '../helpers/run-cli.js';
import type { Json } from './helpers.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'b24cfg-sandbox-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('b24cfg sandbox', () => {
  it('init writes a fresh portal and refuses to overwrite it without --force', async () => {
    const r = await cli(['sandbox', 'init', 'portal.json', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Wrote the sandbox portal portal.json (pipelines: 1, deals: 0, users: 5).');
    const state = JSON.parse(await readFile(join(dir, 'portal.json'), 'utf8'));
    expect(state.version).toBe(1);
    const again = await cli(['sandbox', 'init', 'portal.json'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('portal.json');
    expect(again.stderr).toContain('--force');
    expect((await cli(['sandbox', 'init', 'portal.json', '--force'], { cwd: dir })).code).toBe(0);
  });

  it('init --seed large --format json prints the counts and the auditor truth', async () => {
    const r = await cli(
      ['sandbox', 'init', 'big.json', '--seed', 'large', '--deals', '250', '--format', 'json'],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.deals).toBe(250);
    expect(out.truth.deals).toBe(250);
    expect(out.truth.openDeals).toBeGreaterThan(0);
  });

  it('refuses an unknown --seed with a hint, in Russian by default', async () => {
    const r = await cli(['sandbox', 'init', 'x.json', '--seed', 'huge'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('недопустимое значение --seed');
    expect(r.stderr).toContain('fresh, real-shapes, large');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('serve prints the webhook URL, answers REST, stops on SIGINT with exit 0 and saves --state', async () => {
    const out = new BufferWriter();
    const err = new BufferWriter();
    const interrupt = new AbortController();
    const running = runCli(
      ['sandbox', 'serve', '--port', '0', '--state', 'portal.json', '--format', 'json', '--lang', 'en'],
      {
        out,
        err,
        env: {},
        cwd: dir,
        homeDir: dir,
        signal: interrupt.signal,
      },
    );
    await waitFor(() => out.text().includes('"url"'), 'the URL');
    const { url } = JSON.parse(out.text()) as { url: string };
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/rest\/1\/sandboxsecret0000\/$/);
    const res = await fetch(`${url}crm.category.add`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ entityTypeId: 2, fields: { name: 'Через HTTP' } }),
    });
    expect(res.status).toBe(200);
    interrupt.abort('SIGINT');
    expect(await running).toBe(0);
    expect(err.text()).toContain('requests served: 1');
    const saved = JSON.parse(await readFile(join(dir, 'portal.json'), 'utf8'));
    expect(saved.pipelines.map((p: Json) => p.name)).toEqual(['Через HTTP']);
  });

  it('serve has the limits on by default: a burst of 60 requests gets 503 QUERY_LIMIT_EXCEEDED after 50', async () => {
    const out = new BufferWriter();
    const interrupt = new AbortController();
    const running = runCli(['sandbox', 'serve', '--port', '0'], {
      out,
      err: new BufferWriter(),
      env: {},
      cwd: dir,
      homeDir: dir,
      signal: interrupt.signal,
    });
    await waitFor(() => out.text().includes('http://'), 'the URL');
    const url = out.text().trim();
    const statuses = await Promise.all(
      Array.from({ length: 60 }, () => fetch(`${url}server.time`, { method: 'POST' }).then((r) => r.status)),
    );
    interrupt.abort('SIGTERM');
    expect(await running).toBe(0);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(50);
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(0);
  });

  it('has bilingual help with examples', async () => {
    const ru = await cli(['sandbox', 'serve', '--help']);
    expect(ru.code).toBe(0);
    expect(ru.stdout).toContain('Примеры:');
    expect(ru.stdout).toContain('b24cfg sandbox serve --port 8024 --state portal.json');
    const en = await cli(['sandbox', '--help', '--lang', 'en']);
    expect(en.stdout).toContain('the built-in Bitrix24 sandbox portal');
    expect(en.stdout).toContain('Examples:');
  });
});
