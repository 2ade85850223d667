/** Types of scripts/gen-spec-validator.mjs, for test/spec/schema-validator.test.ts. */
export declare const SPEC_AJV_OPTIONS: Readonly<Record<string, unknown>>;
export declare const SPEC_FORMATS: readonly string[];
export declare function generateSpecValidator(): Promise<string>;
