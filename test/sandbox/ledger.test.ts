/**
 * The parity ledger (docs/bitrix24/parity.md) is the sandbox's only reference: every method b24cfg calls
 * is listed there, every anchor a sandbox comment cites exists, and no sandbox comment cites a file
 * outside the repository.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const LEDGER = readFileSync(join(ROOT, 'docs/bitrix24/parity.md'), 'utf8');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const sandbox = files(join(ROOT, 'src/sandbox'));
const rest = files(join(ROOT, 'src')).filter(
  (p) => !p.includes('/src/sandbox/') && !p.endsWith('.generated.ts'),
);
const anchors = new Set([...LEDGER.matchAll(/<a id="([a-z0-9-]+)"><\/a>/g)].map((m) => m[1]));

describe('the parity ledger', () => {
  it('has an entry for every anchor a sandbox comment cites', () => {
    const cited = sandbox.flatMap((p) =>
      [...readFileSync(p, 'utf8').matchAll(/parity\.md#([a-z0-9-]+)|, #([a-z0-9-]+)/g)].map((m) => ({
        file: relative(ROOT, p),
        anchor: m[1] ?? m[2] ?? '',
      })),
    );
    expect(cited.length).toBeGreaterThan(50);
    expect(cited.filter((c) => !anchors.has(c.anchor))).toEqual([]);
  });

  it('is the only reference of sandbox comments: no file outside the repository is cited', () => {
    const outside = /rest-map|\[[YD]\]|DESIGN\.md|research\/|\/work\/|[a-z_/]+\.php\b(?!\?action)|~L\d+/;
    const hits = sandbox.flatMap((p) =>
      readFileSync(p, 'utf8')
        .split('\n')
        .map((line, i) => ({ file: `${relative(ROOT, p)}:${i + 1}`, line }))
        .filter(({ line }) =>
          outside.test(line.replace('ajax.php', '').replace(/https:\/\/www\.php\.net\S*/, '')),
        ),
    );
    expect(hits).toEqual([]);
  });

  it('lists every REST method b24cfg names', () => {
    const method =
      /'((?:crm|imopenlines|user|department|tasks|voximplant|server|app|method|bizproc)\.[a-z.]+)'/g;
    const names = new Set(
      rest.flatMap((p) => [...readFileSync(p, 'utf8').matchAll(method)].map((m) => m[1] ?? '')),
    );
    expect(names.size).toBeGreaterThan(30);
    const missing = [...names].filter((name) => {
      const [head, ...tail] = name.split('.');
      // "crm.status.list / add" lists several methods of one group on one row.
      const group = `${head}.${tail.slice(0, -1).join('.')}`;
      const last = tail.at(-1) ?? '';
      return !LEDGER.includes(name) && !(LEDGER.includes(group) && new RegExp(`\\b${last}\\b`).test(LEDGER));
    });
    expect(missing).toEqual([]);
  });
});
