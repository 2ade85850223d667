import fc from 'fast-check';

/** A value as a failure report shows it: bytes as their first characters, not a megabyte of numbers. */
function shown(v: unknown): string {
  if (v instanceof Uint8Array)
    return `${v.length} bytes: ${JSON.stringify(new TextDecoder().decode(v.slice(0, 300)))}`;
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 300 ? `${s.slice(0, 300)}… (${s.length} characters)` : s;
}

/** fc.assert with a readable report: the seed and path to replay, a short counterexample, the reason. */
export async function holds<T>(property: fc.IAsyncProperty<T>, params: fc.Parameters<T>): Promise<void> {
  const out = await fc.check(property, { ...params, endOnFailure: true });
  if (!out.failed) return;
  const values = Array.isArray(out.counterexample) ? out.counterexample : [out.counterexample];
  const why = out.errorInstance instanceof Error ? out.errorInstance.message : String(out.errorInstance);
  throw new Error(
    `seed ${out.seed}, path ${out.counterexamplePath ?? '?'}: ${values.map(shown).join(' · ')}\n${why.slice(0, 3000)}`,
  );
}
