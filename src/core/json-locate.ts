/**
 * Where a JSON pointer sits in a JSON text, as line and column (1-based), so that an error about a
 * machine-written file (a saved plan) can name the place like spec errors do. Only positions are
 * recorded; the text is assumed valid JSON (JSON.parse accepted it), and anything unexpected ends the
 * scan with what was found so far.
 */
export interface JsonPlace {
  line: number;
  col: number;
}

export interface JsonPlaces {
  /** Where the value at `pointer` starts. */
  value(pointer: string): JsonPlace | undefined;
  /** Where the key of the member at `pointer` starts (an object member), else its value. */
  key(pointer: string): JsonPlace | undefined;
}

function escapeToken(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function jsonPlaces(text: string): JsonPlaces {
  const values = new Map<string, number>();
  const keys = new Map<string, number>();
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const string = (): string => {
    const start = ++i;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    const raw = text.slice(start - 1, ++i);
    try {
      return JSON.parse(raw) as string;
    } catch {
      return raw;
    }
  };
  const value = (pointer: string): void => {
    ws();
    values.set(pointer, i);
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      for (let n = 0; ; n++) {
        ws();
        if (i >= text.length || text[i] === close) break;
        let child = `${pointer}/${n}`;
        if (c === '{') {
          if (text[i] !== '"') return;
          const at = i;
          child = `${pointer}/${escapeToken(string())}`;
          keys.set(child, at);
          ws();
          if (text[i] !== ':') return;
          i++;
        }
        value(child);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] !== close) return;
      }
      i++;
    } else if (c === '"') string();
    else while (i < text.length && !',]} \t\n\r'.includes(text[i] as string)) i++;
  };
  value('');
  const place = (offset: number | undefined): JsonPlace | undefined => {
    if (offset === undefined) return undefined;
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, col: offset - before.lastIndexOf('\n') };
  };
  return {
    value: (p) => place(values.get(p)),
    key: (p) => place(keys.get(p) ?? values.get(p)),
  };
}
