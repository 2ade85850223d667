/**
 * Text from a portal or a spec reaches a terminal only through these functions: a stage named
 * `ESC]0;…BEL ESC[2J` or `ESC[1A ESC[2K FAKE: ✓ Applied\r` must not retitle the window, clear the
 * screen or overwrite what b24cfg printed, and a 100 KB error text must not flood it
 * (test/core/terminal-text.test.ts, test/reliability/terminal-escapes.test.ts).
 *
 * Removed: escape sequences (CSI, OSC, DCS/SOS/PM/APC strings, two-character escapes, the 8-bit CSI),
 * C0 controls but newline and tab, DEL, C1 controls, and the bidirectional overrides and isolates that
 * reorder what is shown ("Trojan Source", CVE-2021-42574).
 */

/**
 * Escape sequences: CSI (ESC [ … final), a terminated OSC (ESC ] … BEL or ST) or DCS/SOS/PM/APC string
 * (ESC P|X|^|_ … ST), any other ESC with the character after it, the 8-bit CSI. An unterminated string
 * loses only its introducer: what follows is plain text then, and a line of the report is not swallowed.
 */
const ESCAPES =
  // eslint-disable-next-line no-control-regex
  /\x1b\[[0-?]*[ -/]*[@-~]?|\x1b[\]PX^_][^\x07\x1b\n]*(?:\x07|\x1b\\)|\x1b[ -~]?|\x9b[0-?]*[ -/]*[@-~]?/g;
/** SGR (colour and weight) sequences b24cfg's own colouring (chalk) writes; hidden text (8) is not among them. */
const OWN_SGR = new Set([
  0, 1, 2, 3, 4, 7, 9, 22, 23, 24, 27, 29, 30, 31, 32, 33, 34, 35, 36, 37, 39, 40, 41, 42, 43, 44, 45, 46, 47,
  49, 90, 91, 92, 93, 94, 95, 96, 97, 100, 101, 102, 103, 104, 105, 106, 107,
]);
// eslint-disable-next-line no-control-regex
const SGR = /^\x1b\[([0-9;]*)m$/;
/** C0 but tab and newline, DEL, C1; bidi embeddings, overrides, isolates and marks. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** How much of a long text is kept, by default, in a line of a report. */
export const MAX_LINE = 2000;

export interface TerminalSafeOptions {
  /** Keep the colour sequences b24cfg writes itself (when colour is on); every other sequence goes. */
  keepColor?: boolean;
  /** Cut each line longer than this many visible characters, with a marker (default MAX_LINE). */
  maxLine?: number;
}

function isOwnSgr(seq: string): boolean {
  const m = SGR.exec(seq);
  if (!m) return false;
  const params = (m[1] ?? '') === '' ? [0] : (m[1] ?? '').split(';').map(Number);
  return params.every((p) => OWN_SGR.has(p));
}

/** The marker that ends a cut text: how many characters were left out. */
export function cutMarker(dropped: number): string {
  return `…(+${dropped})`;
}

/** Removes every escape sequence and control character (tab and newline stay); see the module note. */
export function stripControls(text: string, keepColor = false): string {
  const noEsc = text.replace(ESCAPES, (seq) => (keepColor && isOwnSgr(seq) ? seq : ''));
  if (!keepColor) return noEsc.replace(CONTROLS, '');
  // ESC itself is a C0 control: keep it only as the start of the colour sequences kept above.
  // eslint-disable-next-line no-control-regex
  return noEsc.replace(/\x1b\[[0-9;]*m|[^\x1b]+|\x1b/g, (part) =>
    part.startsWith('\x1b[') ? part : part === '\x1b' ? '' : part.replace(CONTROLS, ''),
  );
}

/** Cuts one line to `max` visible characters (colour sequences are not counted), ending with the marker. */
function cutLine(line: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const parts = line.split(/(\x1b\[[0-9;]*m)/);
  let visible = 0;
  for (const p of parts) if (!p.startsWith('\x1b[')) visible += [...p].length;
  if (visible <= max) return line;
  let kept = 0;
  let out = '';
  let colored = false;
  for (const p of parts) {
    if (p.startsWith('\x1b[')) {
      if (kept < max) out += p;
      colored = true;
      continue;
    }
    if (kept >= max) continue;
    const chars = [...p];
    const take = chars.slice(0, max - kept);
    out += take.join('');
    kept += take.length;
  }
  return `${out}${cutMarker(visible - kept)}${colored ? '\x1b[0m' : ''}`;
}

/**
 * The edge of every human-readable report (pretty, markdown) and error: escape sequences and controls out
 * (own colours kept when asked), each line cut to `maxLine` visible characters with a marker.
 */
export function terminalSafe(text: string, o: TerminalSafeOptions = {}): string {
  const clean = stripControls(text.replace(/\r\n/g, '\n'), o.keepColor === true);
  const max = o.maxLine ?? MAX_LINE;
  return clean
    .split('\n')
    .map((l) => cutLine(l, max))
    .join('\n');
}

/**
 * One value on one line (a portal's error text, a name in a message): controls out, line breaks and
 * tabs as spaces, cut to `max` characters with a marker.
 */
export function oneLine(text: string, max: number): string {
  const flat = stripControls(text).replace(/\s*[\n\t]\s*/g, ' ');
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max).join('')}${cutMarker(chars.length - max)}`;
}

/**
 * A short excerpt of a file that is not a spec, safe to show: control characters written as escapes
 * (\u0000, \x1b), cut to `max` characters with a marker. Used where a message quotes what was read.
 */
export function escapedExcerpt(text: string, max: number, keepTabs = false): string {
  const chars = [...text];
  const shown = chars
    .slice(0, max)
    .join('')
    .replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\t/g, keepTabs ? '\t' : '\\t')
    .replace(/\n/g, '\\n');
  return chars.length <= max ? shown : `${shown}${cutMarker(chars.length - max)}`;
}
