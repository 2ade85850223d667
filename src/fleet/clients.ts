/**
 * The open portals of a fleet run. Every portal gets its own transport, so its own copy of the portal's
 * rate bucket (docs/bitrix24/limits.md#per-portal-and-ip): portals do not slow each other down. Two entries
 * that name the same portal (one portal audited against two specs) share one transport, one after the
 * other, so together they still keep to that portal's bucket.
 */
import type { B24Client } from '../portal/client.js';
import { openPortal, resolvePortal, type PortalEnv } from '../portal/open-portal.js';
import type { TierChoice } from '../portal/profiles.js';
import { KeyedMutex } from './pool.js';

export interface ResolvedPortal {
  ref: string;
  host: string;
  /** Entries with one key share a transport. */
  key: string;
}

export async function resolveFleetPortal(
  ref: string,
  unique: string,
  env: PortalEnv,
): Promise<ResolvedPortal> {
  const target = await resolvePortal(ref, env);
  if (target.kind === 'http') return { ref, host: target.host, key: `http:${target.url}` };
  return {
    ref,
    host: target.host,
    // A fresh in-process sandbox is a portal of its own for each entry.
    key: target.statePath !== undefined ? `sandbox:${target.statePath}` : `sandbox#${unique}`,
  };
}

export class FleetClients {
  private readonly users = new Map<string, number>();
  private readonly open = new Map<string, Promise<B24Client>>();
  private readonly mutex = new KeyedMutex();

  constructor(
    private readonly env: PortalEnv,
    private readonly o: { timeoutMs?: number; deadlineMs?: number },
  ) {}

  /** Counts the entries of each key up front, so a shared transport closes after its last entry. */
  expect(key: string): void {
    this.users.set(key, (this.users.get(key) ?? 0) + 1);
  }

  async use<R>(
    p: ResolvedPortal,
    tier: TierChoice | undefined,
    body: (c: B24Client) => Promise<R>,
  ): Promise<R> {
    return this.mutex.run(p.key, async () => {
      let client = this.open.get(p.key);
      if (!client) {
        client = openPortal(p.ref, this.env, {
          ...(tier !== undefined ? { tier } : {}),
          ...(this.o.timeoutMs !== undefined ? { timeoutMs: this.o.timeoutMs } : {}),
          ...(this.o.deadlineMs !== undefined ? { deadlineMs: this.o.deadlineMs } : {}),
        });
        this.open.set(p.key, client);
      }
      try {
        return await body(await client);
      } finally {
        const left = (this.users.get(p.key) ?? 1) - 1;
        this.users.set(p.key, left);
        if (left <= 0) {
          this.open.delete(p.key);
          await (await client.catch(() => undefined))?.close();
        }
      }
    });
  }
}
