import { InternalError } from '../core/errors.js';
import type { RestCall } from './client.js';
import { canEncodeLosslessly, encodePhpQuery } from './php-query.js';

/**
 * One `batch` request carries at most 50 commands (ERROR_BATCH_LENGTH_EXCEEDED beyond;
 * docs/bitrix24/batch.md#command-limit).
 */
export const BATCH_LIMIT = 50;

export interface KeyedCall {
  key: string;
  method: string;
  params: Record<string, unknown>;
  /** Position in the caller's list; results go back in this order. */
  index: number;
}

/** One HTTP request: a `batch` of commands, or a single call sent as JSON. */
export type PackedRequest = { kind: 'batch'; calls: KeyedCall[] } | { kind: 'single'; call: KeyedCall };

// The portal resolves `$result[key][...]` with a regexp over the command text
// (docs/bitrix24/batch.md#result-references), so keys stay plain identifiers.
const KEY_RE = /^[A-Za-z0-9_]+$/;
const REF_RE = /\$result\[([^\]]+)\]/g;

/** Gives every call a unique key: its own, or "c<index>". */
export function assignKeys(calls: readonly RestCall[]): KeyedCall[] {
  const own = new Set<string>();
  for (const c of calls) {
    if (c.key === undefined) continue;
    if (!KEY_RE.test(c.key)) throw new InternalError(`batch key "${c.key}" must be letters, digits or _`);
    if (own.has(c.key)) throw new InternalError(`batch key "${c.key}" is used twice`);
    own.add(c.key);
  }
  return calls.map((c, index) => {
    let key = c.key;
    if (key === undefined) {
      key = `c${index}`;
      for (let n = 1; own.has(key); n++) key = `c${index}_${n}`;
      own.add(key);
    }
    return { key, method: c.method, params: c.params, index };
  });
}

/** Keys referenced as `$result[key]` anywhere in the params (values and keys). */
export function referencedKeys(params: unknown, out = new Set<string>()): Set<string> {
  if (typeof params === 'string') {
    // Almost no parameter holds a reference: the plain search spares a regexp iterator per string
    // (a fleet audit's profile had this walk at ~3 % of the CLI's CPU, BENCHMARKS.md findings).
    if (!params.includes('$result[')) return out;
    for (const m of params.matchAll(REF_RE)) if (m[1] !== undefined) out.add(m[1]);
  } else if (Array.isArray(params)) {
    for (const v of params) referencedKeys(v, out);
  } else if (params !== null && typeof params === 'object') {
    for (const k in params as Record<string, unknown>) {
      if (!Object.hasOwn(params, k)) continue;
      referencedKeys(k, out);
      referencedKeys((params as Record<string, unknown>)[k], out);
    }
  }
  return out;
}

/**
 * Splits calls into HTTP requests, in order:
 * - calls whose params a query string cannot carry (empty arrays, `undefined` in lists:
 *   docs/bitrix24/b24jssdk.md#batch-query-strings) go alone as JSON, at their place in the order;
 * - the rest go 50 per `batch`; a call that references `$result[key]` travels in the same request
 *   as `key`, transitively (the portal resolves references only within one batch). Such a chain
 *   starts where its first member stands, so a later member may move ahead of unrelated calls;
 *   inside a request the original order is kept.
 */
export function packCalls(calls: readonly KeyedCall[], limit = BATCH_LIMIT): PackedRequest[] {
  const byKey = new Map(calls.map((c) => [c.key, c] as const));
  const parent = new Map<string, string>(calls.map((c) => [c.key, c.key] as const));
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(k, r);
    return r;
  };
  const single = new Set<string>();
  for (const c of calls) {
    const refs = referencedKeys(c.params);
    if (!fitsQueryString(c.params)) {
      if (refs.size > 0) {
        throw new InternalError(
          `${c.method} references $result but its params cannot be sent inside a batch (empty list or undefined)`,
        );
      }
      single.add(c.key);
      continue;
    }
    for (const ref of refs) {
      const target = byKey.get(ref);
      if (!target || target.index >= c.index) {
        throw new InternalError(
          `${c.method} references $result[${ref}], which is not an earlier call of this batch`,
        );
      }
      if (single.has(ref)) {
        throw new InternalError(
          `${c.method} references $result[${ref}], which must be sent outside the batch`,
        );
      }
      parent.set(find(c.key), find(ref));
    }
  }

  const groups = new Map<string, KeyedCall[]>();
  for (const c of calls) {
    if (single.has(c.key)) continue;
    const root = find(c.key);
    const g = groups.get(root);
    if (g) g.push(c);
    else groups.set(root, [c]);
  }
  for (const g of groups.values()) {
    if (g.length > limit) {
      throw new InternalError(
        `a chain of ${g.length} calls linked by $result references does not fit in one batch of ${limit}`,
      );
    }
  }

  const out: PackedRequest[] = [];
  let chunk: KeyedCall[] = [];
  const flush = () => {
    if (chunk.length > 0) out.push({ kind: 'batch', calls: chunk.sort((a, b) => a.index - b.index) });
    chunk = [];
  };
  const emitted = new Set<string>();
  for (const c of calls) {
    if (single.has(c.key)) {
      flush();
      out.push({ kind: 'single', call: c });
      continue;
    }
    const root = find(c.key);
    if (emitted.has(root)) continue;
    emitted.add(root);
    const group = groups.get(root) ?? [c];
    if (chunk.length + group.length > limit) flush();
    chunk.push(...group);
  }
  flush();
  return out;
}

/** Top-level `{}` is fine (the command is just the method name); nested empties are not. */
function fitsQueryString(params: Record<string, unknown>): boolean {
  return Object.values(params).every((v) => canEncodeLosslessly(v));
}

/** The `cmd` object of a batch request: `{key: "method?php-query"}` (docs/bitrix24/batch.md#batch-body). */
export function batchCommands(calls: readonly KeyedCall[]): Record<string, string> {
  const cmd: Record<string, string> = {};
  for (const c of calls) {
    const q = encodePhpQuery(c.params);
    cmd[c.key] = q === '' ? c.method : `${c.method}?${q}`;
  }
  return cmd;
}

/** What to call a batch request in messages: "batch[crm.status.add ×3, crm.category.add]", 4 methods at most. */
export function batchLabel(calls: readonly { method: string }[]): string {
  const counts = new Map<string, number>();
  for (const c of calls) counts.set(c.method, (counts.get(c.method) ?? 0) + 1);
  const parts = [...counts].map(([m, n]) => (n > 1 ? `${m} ×${n}` : m));
  const shown = parts.length > 4 ? [...parts.slice(0, 4), `+${parts.length - 4}`] : parts;
  return `batch[${shown.join(', ')}]`;
}
