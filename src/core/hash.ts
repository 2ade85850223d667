import type * as NodeCrypto from 'node:crypto';
import { createRequire } from 'node:module';

// node:crypto takes ~2.5 ms to load, and `b24cfg validate` hashes nothing unless asked for JSON output
// (issue #8: cold start): loaded on first use.
let crypto: typeof NodeCrypto | undefined;
const loadCrypto = () => (crypto ??= createRequire(import.meta.url)('node:crypto') as typeof NodeCrypto);

/** JSON with sorted keys: the basis of every fingerprint, so equal content always hashes equally. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify(obj[k])}`).join(',')}}`;
}

export function sha256(input: string | Buffer): string {
  return loadCrypto().createHash('sha256').update(input).digest('hex');
}

export function fingerprintOf(value: unknown): string {
  return `sha256:${sha256(stableStringify(value)).slice(0, 32)}`;
}
