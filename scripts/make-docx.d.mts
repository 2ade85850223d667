/** Types of scripts/make-docx.mjs, for test/templates/docx.test.ts. */
export declare function zip(files: [string, string][]): Buffer;
export declare function buildDocx(lines: string[]): Buffer;
export declare const DOCUMENTS: Record<string, string[]>;
