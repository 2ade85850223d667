import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';
import { redact } from '../core/redact.js';
import type { CrmSettingsFacts } from '../portal/crm-settings/types.js';
import type { PortalState } from '../resources/state.js';
import { ROW_FAMILIES, type AuditFacts, type RowFamily } from '../standards/audit-data.js';

/** A family's rows on disk until the end: the families arrive interleaved, a snapshot lists them one by one. */
interface Spool {
  path: string;
  stream: WriteStream;
  rows: number;
}

/** JSON.stringify(value, null, 2) for a value that sits `depth` levels deep in the file. */
function pretty(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

const ROW_INDENT = '      ';

async function ended(stream: WriteStream): Promise<void> {
  if (stream.closed) return;
  stream.end();
  await once(stream, 'close');
}

/**
 * `audit --save-snapshot`, written as the rows stream (issue #18): each family's rows go to a spool file
 * next to the snapshot as they arrive, and at the end the snapshot is put together from them. The file
 * is what `JSON.stringify(snapshot, null, 2)` gives, except that each row is one line; like every file
 * b24cfg writes, it passes through `redact` and appears whole or not at all (src/core/files.ts).
 */
export class SnapshotWriter {
  private readonly spools = new Map<RowFamily, Spool>();
  private readonly dropped = new Set<RowFamily>();

  private constructor(
    readonly path: string,
    private readonly dir: string,
  ) {}

  static async open(path: string): Promise<SnapshotWriter> {
    await mkdir(dirname(path), { recursive: true });
    const dir = await mkdtemp(join(dirname(path), `.${basename(path)}.parts-`));
    return new SnapshotWriter(path, dir);
  }

  /** Rows of a family, each as its canonical JSON; resolves when the spool can take more. */
  async add(family: RowFamily, lines: readonly string[]): Promise<void> {
    if (lines.length === 0 || this.dropped.has(family)) return;
    let spool = this.spools.get(family);
    if (!spool) {
      const path = join(this.dir, `${family}.json`);
      spool = { path, stream: createWriteStream(path, { encoding: 'utf8' }), rows: 0 };
      this.spools.set(family, spool);
    }
    const text = `${spool.rows > 0 ? ',\n' : ''}${ROW_INDENT}${lines.join(`,\n${ROW_INDENT}`)}`;
    spool.rows += lines.length;
    if (!spool.stream.write(redact(text))) await once(spool.stream, 'drain');
  }

  /** A family dropped as unreadable is written as an empty list. */
  async drop(family: RowFamily): Promise<void> {
    this.dropped.add(family);
    const spool = this.spools.get(family);
    this.spools.delete(family);
    if (spool) await ended(spool.stream);
  }

  /** Puts the snapshot together and moves it into place. */
  async finish(
    takenAt: string,
    state: PortalState,
    facts: AuditFacts,
    crmSettings?: CrmSettingsFacts,
  ): Promise<void> {
    for (const s of this.spools.values()) await ended(s.stream);
    const tmp = join(this.dir, 'snapshot.json');
    const out = createWriteStream(tmp, { encoding: 'utf8' });
    const write = async (text: string) => {
      if (!out.write(redact(text))) await once(out, 'drain');
    };
    await write(
      `{\n  "kind": "b24cfg-snapshot",\n  "version": 1,\n  "takenAt": ${JSON.stringify(takenAt)},\n` +
        `  "state": ${pretty(state, 1)},\n  "audit": {\n`,
    );
    const { errors, stats, ...head } = facts;
    for (const [key, value] of Object.entries(head))
      await write(`    ${JSON.stringify(key)}: ${pretty(value, 2)},\n`);
    for (const family of ROW_FAMILIES) {
      const spool = this.spools.get(family);
      if (!spool || spool.rows === 0) {
        await write(`    ${JSON.stringify(family)}: [],\n`);
        continue;
      }
      await write(`    ${JSON.stringify(family)}: [\n`);
      // The spool is redacted already.
      for await (const chunk of createReadStream(spool.path, { encoding: 'utf8' }))
        if (!out.write(chunk as string)) await once(out, 'drain');
      await write('\n    ],\n');
    }
    await write(`    "errors": ${pretty(errors, 2)},\n    "stats": ${pretty(stats, 2)}\n  }`);
    // The archive's facts after the data, as the snapshot object lists them.
    await write(crmSettings ? `,\n  "crmSettings": ${pretty(crmSettings, 1)}\n}\n` : '\n}\n');
    await ended(out);
    await rename(tmp, this.path);
    await this.abort();
  }

  /** Removes the spools (and a snapshot not moved into place). */
  async abort(): Promise<void> {
    for (const s of this.spools.values()) await ended(s.stream).catch(() => undefined);
    this.spools.clear();
    await rm(this.dir, { recursive: true, force: true });
  }
}
