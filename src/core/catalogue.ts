import type { ExitCode } from './exit-codes.js';
import type { Text } from './i18n.js';

/**
 * Message catalogues: user-facing text lives in one `messages.ts` per area, keyed by a stable id, in
 * Russian and English (the way a standard's `meta.messages` or a spec rule's `meta.messages` do). Code
 * refers to a message by id and passes parameters; it never carries prose of its own. Placeholders are
 * `{name}`; test/core/catalogue.test.ts checks that both languages of every entry use the same ones.
 */
export type Catalogue<K extends string = string> = Readonly<Record<K, Text>>;

export function defineMessages<const T extends Record<string, Text>>(messages: T): Readonly<T> {
  return messages;
}

/** One error a user can meet: its exit code, message and hint (a command to paste, where there is one). */
export interface ErrorEntry {
  /** The machine code when it is not the entry's key: several situations (entries) can share one code. */
  code?: string;
  exit?: ExitCode;
  message: Text;
  hint?: Text;
}

export type ErrorCatalogue<K extends string = string> = Readonly<Record<K, ErrorEntry>>;

/** An error catalogue: the key is the error's machine code (SPEC_NOT_FOUND, PLAN_FILE_INVALID …). */
export function defineErrors<const T extends Record<string, ErrorEntry>>(errors: T): Readonly<T> {
  return errors;
}

/** The `{name}` placeholders a text uses, sorted: both languages of one message must use the same set. */
export function placeholders(s: string): string[] {
  return [...new Set([...s.matchAll(/\{([a-zA-Z0-9_]+)\}/g)].map((m) => m[1] as string))].sort();
}
