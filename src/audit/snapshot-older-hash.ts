import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stableStringify } from '../core/hash.js';
import type { CrmSettingsFacts } from '../portal/crm-settings/types.js';
import { walkSnapshot, type Snapshot } from '../portal/snapshot-file.js';
import type { PortalState } from '../resources/state.js';
import { ROW_FAMILIES, type RowFamily } from '../standards/audit-data.js';

const FAMILIES = new Set<string>(ROW_FAMILIES);

async function ended(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'close');
}

/**
 * The hash a b24cfg before the streaming fingerprint printed for an audit snapshot it saved: the first
 * 32 hex digits of the sha256 of the sorted-key JSON of `{ takenAt, state, audit, crmSettings }`, every
 * row included (docs/snapshots.md#the-hash-of-an-older-snapshot). The sorted keys put the row families
 * in another order than the file's, so each family's rows go to a spool file as the snapshot streams,
 * and the hash reads them back in key order: memory stays bounded, the disk holds the rows once.
 */
export async function olderSnapshotHash(
  path: string,
  snap: Snapshot<PortalState>,
  crmSettings: CrmSettingsFacts | undefined,
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'b24cfg-older-hash-'));
  try {
    const facts: Record<string, unknown> = {};
    const spools = new Map<RowFamily, string>();
    await walkSnapshot<PortalState>(path, async (key, json) => {
      if (key !== 'audit') return json.skip();
      await json.object(async (k) => {
        if (!FAMILIES.has(k)) {
          facts[k] = await json.value();
          return;
        }
        const file = join(dir, `${k}.json`);
        const out = createWriteStream(file, { encoding: 'utf8' });
        let first = true;
        try {
          await json.array(async () => {
            const text = `${first ? '' : ','}${stableStringify(await json.rowValue())}`;
            first = false;
            if (!out.write(text)) await once(out, 'drain');
          });
        } finally {
          await ended(out);
        }
        spools.set(k as RowFamily, file);
      });
    });
    const h = createHash('sha256');
    h.update('{"audit":{');
    const keys = [...Object.keys(facts), ...spools.keys()].sort();
    for (const [i, k] of keys.entries()) {
      h.update(`${i > 0 ? ',' : ''}${JSON.stringify(k)}:`);
      const spool = spools.get(k as RowFamily);
      if (!spool) {
        h.update(stableStringify(facts[k]));
        continue;
      }
      h.update('[');
      for await (const chunk of createReadStream(spool, { encoding: 'utf8' })) h.update(chunk as string);
      h.update(']');
    }
    h.update('}');
    // As that version hashed the archive's facts: as the snapshot file holds them (dates as text).
    if (crmSettings) h.update(`,"crmSettings":${stableStringify(JSON.parse(JSON.stringify(crmSettings)))}`);
    h.update(`,"state":${stableStringify(snap.state)},"takenAt":${JSON.stringify(snap.takenAt)}}`);
    return `sha256:${h.digest('hex').slice(0, 32)}`;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
