import { runCli } from '../../src/cli/main.js';
import { BufferWriter, type CliIO } from '../../src/cli/io.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs b24cfg in-process, as a user would from a shell, and captures everything it prints. */
export async function cli(
  argv: readonly string[],
  opts: {
    cwd?: string;
    env?: Record<string, string | undefined>;
    confirm?: CliIO['confirm'];
    now?: () => Date;
  } = {},
): Promise<CliRun> {
  const out = new BufferWriter();
  const err = new BufferWriter();
  const code = await runCli(argv, {
    out,
    err,
    env: { ...opts.env },
    cwd: opts.cwd ?? process.cwd(),
    confirm: opts.confirm,
    now: opts.now,
    homeDir: opts.env?.HOME ?? '/nonexistent-home',
  });
  return { code, stdout: out.text(), stderr: err.text() };
}
