/** Types of scripts/gen-fleet-validator.mjs, for test/fleet/fleet-file.test.ts. */
export declare function generateFleetValidator(): Promise<string>;
