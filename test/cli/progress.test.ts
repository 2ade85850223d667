import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContext } from '../../src/cli/context.js';
import { BufferWriter, type Writer } from '../../src/cli/io.js';
import { MIN_SPINNER_COLUMNS, spinnerAllowed } from '../../src/cli/progress.js';
import { ensureBuilt } from '../helpers/ensure-built.js';

const BIN = fileURLToPath(new URL('../../bin/b24cfg.js', import.meta.url));

/** A terminal's stderr as the CLI sees it: a TTY of some width. */
function terminal(columns: number | undefined): Writer {
  return { write: () => undefined, isTTY: true, columns };
}

function contextWith(err: Writer, opts: { quiet?: boolean; format?: string } = {}) {
  return buildContext(
    { out: new BufferWriter(), err, env: {}, cwd: '/', homeDir: '/' },
    { quiet: opts.quiet, format: opts.format },
    'en',
  );
}

describe('when a spinner is drawn', () => {
  it.each([
    ['a terminal 80 columns wide', terminal(80), {}, true],
    ['a terminal reporting 0 columns (script -qfc)', terminal(0), {}, false],
    ['a terminal of unknown width', terminal(undefined), {}, false],
    ['a terminal narrower than a spinner line', terminal(MIN_SPINNER_COLUMNS - 1), {}, false],
    ['a pipe', new BufferWriter(), {}, false],
    ['--quiet', terminal(80), { quiet: true }, false],
    ['--format json', terminal(80), { format: 'json' }, false],
  ] as const)('%s → %s', (_what, err, opts, expected) => {
    expect(spinnerAllowed(contextWith(err, opts))).toBe(expected);
  });

  // Issue 16.10: `audit --format html --out report.html` read 50,000 deals in silence.
  it.each([
    ['--format html --out', terminal(80), { format: 'html' }, true],
    ['--format json --out', terminal(80), { format: 'json' }, true],
    ['--format html --out, piped', new BufferWriter(), { format: 'html' }, false],
    ['--format html --out --quiet', terminal(80), { format: 'html', quiet: true }, false],
  ] as const)('the result in a file: %s → %s', (_what, err, opts, expected) => {
    expect(spinnerAllowed(contextWith(err, opts), { resultToFile: true })).toBe(expected);
  });
});

/**
 * Issue 16.1: under a pseudo-terminal that reports 0 columns, audit and apply printed cursor moves
 * without end (657 MB in 10 minutes). `script -qfc` gives a pseudo-terminal with no size when the test
 * itself has no terminal, as in CI.
 */
describe('a pseudo-terminal of 0 columns (script -qfc)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'b24cfg-pty0-'));
  beforeAll(() => ensureBuilt(), 120_000);

  /** Runs b24cfg under `script` with the terminal forced to 0×0 and returns its output and exit code. */
  async function underPty(args: string[]): Promise<{ code: number | null; bytes: number; text: string }> {
    const command = ['stty cols 0 rows 0 2>/dev/null;', 'exec', process.execPath, BIN, ...args]
      .map((a) => (a.endsWith(';') ? a : `'${a}'`))
      .join(' ');
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '', HOME: dir, TERM: 'xterm' },
    });
    const chunks: Buffer[] = [];
    let bytes = 0;
    const collect = (d: Buffer) => {
      bytes += d.length;
      // A runaway spinner is stopped here rather than filling the disk; the assertion below fails.
      if (bytes > 5_000_000) child.kill('SIGKILL');
      else chunks.push(d);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const [code] = (await once(child, 'exit')) as [number | null];
    clearTimeout(timer);
    return { code, bytes, text: Buffer.concat(chunks).toString('utf8') };
  }

  it('audit of a portal with 3,000 deals finishes normally, output under 100 KB', async () => {
    const init = await underPty(['sandbox', 'init', 'big.json', '--seed', 'large', '--deals', '3000']);
    expect(init.code, init.text).toBe(0);
    const r = await underPty(['audit', '--portal', 'sandbox:big.json', '--lang', 'en']);
    expect(r.code, r.text.slice(-300)).toBe(0);
    expect(r.bytes).toBeLessThan(100_000);
    expect(r.text).toContain('Portal requests:');
    expect(r.text).not.toContain('\u001b[1A');
  }, 90_000);

  it('apply of the starter spec finishes normally, output under 100 KB', async () => {
    const init = await underPty(['init', '--out', 'b24cfg.yaml']);
    expect(init.code, init.text).toBe(0);
    const r = await underPty([
      'apply',
      'b24cfg.yaml',
      '--portal',
      'sandbox:portal.json',
      '--yes',
      '--lang',
      'en',
    ]);
    expect(r.code, r.text.slice(-300)).toBe(0);
    expect(r.bytes).toBeLessThan(100_000);
    expect(r.text).not.toContain('\u001b[1A');
  }, 90_000);
});
