/** Types of scripts/gen-spec-types.mjs, for test/spec/schema-types.test.ts. */
export declare function generateSpecTypes(): Promise<string>;
