import { redact } from '../core/redact.js';

/** Where a command writes. Tests pass buffers; main.ts passes the process streams. */
export interface Writer {
  write(chunk: string): void;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Wraps a writer so nothing written through it can carry the webhook secret. */
export function redactingWriter(inner: Writer): Writer {
  return {
    write: (chunk: string) => inner.write(redact(chunk)),
    get isTTY() {
      return inner.isTTY;
    },
    get columns() {
      return inner.columns;
    },
  };
}

export class BufferWriter implements Writer {
  private parts: string[] = [];
  readonly isTTY = false;
  readonly columns = 120;
  write(chunk: string): void {
    this.parts.push(chunk);
  }
  text(): string {
    return this.parts.join('');
  }
}

export interface CliIO {
  out: Writer;
  err: Writer;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Answers a yes/no question on a terminal; absent when there is none. */
  confirm?: (question: string) => Promise<boolean>;
  now?: () => Date;
  homeDir?: string;
  /** Aborted on SIGINT/SIGTERM (reason: the signal's name); main.ts passes one, tests may. */
  signal?: AbortSignal;
}
