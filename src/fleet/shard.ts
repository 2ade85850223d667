import { errorOf } from '../core/errors.js';
import { sha256 } from '../core/hash.js';
import { FLEET_ERRORS } from './messages.js';

/** `--shard i/n`: the i-th of n shares of a fleet, 1-based. */
export interface Shard {
  index: number;
  count: number;
}

const MAX_SHARDS = 1000;

export function parseShard(value: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || index < 1 || count < 1 || index > count || count > MAX_SHARDS)
    throw errorOf(FLEET_ERRORS, 'FLEET_BAD_SHARD', { data: { value } });
  return { index, count };
}

/**
 * The shard a portal lands on: from its name alone (its identity in the fleet), never from its place in
 * the file, so adding, removing or reordering other portals never moves it, and every CI runner computes
 * the same split without talking to the others.
 */
export function shardOf(name: string, count: number): number {
  return (Number.parseInt(sha256(name).slice(0, 12), 16) % count) + 1;
}

export function inShard<T extends { name: string }>(portals: readonly T[], shard: Shard | undefined): T[] {
  return shard ? portals.filter((p) => shardOf(p.name, shard.count) === shard.index) : [...portals];
}
