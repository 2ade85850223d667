import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSpecTypes } from '../../scripts/gen-spec-types.mjs';

describe('spec.generated.ts', () => {
  it('is what `npm run gen:types` makes from spec.schema.json (regenerate after a schema change)', async () => {
    const committed = readFileSync(new URL('../../src/spec/spec.generated.ts', import.meta.url), 'utf8');
    expect(await generateSpecTypes()).toBe(committed);
  });
});
