/**
 * Data outputs (JSON, SARIF, JUnit XML, exported YAML, plan files) must carry portal and spec text whole,
 * so they are not stripped like a report (src/core/terminal-text.ts). What they must not carry is a raw
 * character a terminal acts on or that reorders what it shows: DEL and the C1 controls (U+0080–U+009F;
 * U+009B is the 8-bit CSI, U+0085 a line break on some terminals), and the bidirectional marks,
 * embeddings, overrides and isolates ("Trojan Source", CVE-2021-42574). JSON.stringify and the `yaml`
 * package escape the C0 controls themselves but write these as they are. Here they become escapes of
 * each format, which every parser reads back as the very same string
 * (test/core/data-text.test.ts, test/reliability/data-outputs.test.ts).
 */

/** DEL, C1; the Arabic letter mark, LRM/RLM, bidi embeddings and overrides, bidi isolates. */
const UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');

const hex = (c: string, width: number) => c.charCodeAt(0).toString(16).padStart(width, '0');

/** Whether a text holds a character a data output must escape. */
export function hasUnsafeForTerminal(text: string): boolean {
  return UNSAFE.test(text);
}

/**
 * JSON text with every such character written as a `\u009b` escape. Valid only for the output of
 * JSON.stringify, where these characters can stand nowhere but inside a string, and an escape there is
 * the same string to every JSON parser.
 */
export function escapeJsonText(json: string): string {
  return json.replace(UNSAFE_ALL, (c) => `\\u${hex(c, 4)}`);
}

/** A value as the JSON every data output prints: two-space indent, a final newline, escaped as above. */
export function dataJson(
  value: unknown,
  replacer?: (this: unknown, key: string, value: unknown) => unknown,
): string {
  return `${escapeJsonText(JSON.stringify(value, replacer, 2))}\n`;
}

/**
 * YAML text with every such character written as a YAML 1.2 escape (`\x9B`, `\u202E`). Valid only when
 * each of them stands in a double-quoted scalar (where the escape is the same value to every YAML 1.2
 * parser) or in a comment (where it is only shown); the YAML writer quotes such strings
 * (src/export/yaml.ts).
 */
export function escapeYamlText(yaml: string): string {
  return yaml.replace(UNSAFE_ALL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${hex(c, 2).toUpperCase()}` : `\\u${hex(c, 4).toUpperCase()}`;
  });
}

/**
 * Text for XML 1.0 content and double- or single-quoted attributes: markup characters as entities, these
 * characters and the carriage return (which a parser would read as a line break) as character references
 * (`&#x9B;`, `&#xD;`), and the C0 controls XML 1.0 cannot carry at all dropped.
 */
export function xmlText(s: string): string {
  return (
    s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
      .replace(/\r/g, '&#xD;')
      .replace(UNSAFE_ALL, (c) => `&#x${hex(c, 2).toUpperCase()};`)
  );
}
