/** Types of scripts/layers.mjs, for test/architecture/layers.test.ts. */
export declare const LAYERS: Readonly<Record<string, readonly string[]>>;
export declare const EXCEPTIONS: ReadonlyArray<{
  from: string;
  to: readonly string[];
  why: string;
  until?: string;
}>;
export declare const FOLDERS: readonly string[];
