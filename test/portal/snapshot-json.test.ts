import { describe, expect, it } from 'vitest';
import { JsonReader, JsonSyntaxError } from '../../src/portal/snapshot-json.js';

/** A small deterministic generator (the same cases on every run). */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function valueOf(rnd: () => number, depth: number): unknown {
  const k = Math.floor(rnd() * (depth > 3 ? 5 : 8));
  if (k === 0) return ((rnd() < 0.3 ? -1 : 1) * Math.floor(rnd() * 1e6)) / (rnd() < 0.3 ? 1000 : 1);
  if (k === 1) return ['a', 'б\n"\\/', '\u0001x', '', 'x\ty', '😀 \u2028'][Math.floor(rnd() * 6)];
  if (k === 2) return [true, false, null][Math.floor(rnd() * 3)];
  if (k === 3) return rnd() * 1e-300;
  if (k === 4) return 1e21 * rnd();
  if (k < 6) return Array.from({ length: Math.floor(rnd() * 4) }, () => valueOf(rnd, depth + 1));
  return Object.fromEntries(
    Array.from({ length: Math.floor(rnd() * 4) }, (_, i) => [`k${i}`, valueOf(rnd, depth + 1)]),
  );
}

async function outcome(read: () => Promise<unknown>): Promise<{ value?: unknown; error?: unknown }> {
  try {
    return { value: await read() };
  } catch (error) {
    return { error };
  }
}

describe('JsonReader: JSON read in chunks (issue #18)', () => {
  it('agrees with JSON.parse on 3000 generated texts, a third of them damaged, cut anywhere', async () => {
    const rnd = random(7);
    let damaged = 0;
    for (let t = 0; t < 3000; t++) {
      let text = JSON.stringify(valueOf(rnd, 0), null, t % 2 ? 2 : undefined);
      if (t % 3 === 0 && text.length > 2) {
        const at = Math.floor(rnd() * text.length);
        const chars = ['', ',', '}', ']', '"', 'x', '1', ' ', '\\', '-', '.', 'e', '\n'];
        const ch = chars[Math.floor(rnd() * chars.length)] ?? '';
        text = text.slice(0, at) + ch + text.slice(at + (rnd() < 0.5 ? 1 : 0));
      }
      let want: { value?: unknown; error?: unknown };
      try {
        want = { value: JSON.parse(text) as unknown };
      } catch {
        want = { error: true };
        damaged++;
      }
      const [a, b] = [Math.floor(rnd() * text.length), Math.floor(rnd() * text.length)].sort((x, y) => x - y);
      const pieces = [text.slice(0, a), text.slice(a, b), text.slice(b)];
      const taken = await outcome(async () => {
        const r = JsonReader.ofText(...pieces);
        const v = await r.value();
        await r.end();
        return v;
      });
      const skipped = await outcome(async () => {
        const r = JsonReader.ofText(...pieces);
        await r.skip();
        await r.end();
      });
      if (want.error) {
        expect(taken.error, text).toBeInstanceOf(JsonSyntaxError);
        expect(skipped.error, text).toBeInstanceOf(JsonSyntaxError);
      } else {
        expect(taken, text).toEqual({ value: want.value });
        expect(skipped.error, text).toBeUndefined();
      }
    }
    expect(damaged).toBeGreaterThan(500);
  });

  it('walks objects and lists element by element', async () => {
    const r = JsonReader.ofText('{"a": [1, {"b": 2}, "x"], "c": {}', ', "d": []}');
    const seen: unknown[] = [];
    await r.object(async (key) => {
      seen.push(key);
      if (key === 'a') await r.array(async () => void seen.push(await r.value()));
      else await r.skip();
    });
    await r.end();
    expect(seen).toEqual(['a', 1, { b: 2 }, 'x', 'c', 'd']);
  });

  it('rowValue reads rows one a line, pretty-printed or minified as the scanner does, tricky text included', async () => {
    const rnd = random(11);
    const titles = ['a}b', '}', 'x,\n', '{"id":1}', 'plain', 'a\\}', ''];
    const rows = Array.from({ length: 400 }, (_, i) =>
      i % 7 === 0
        ? i
        : { id: i, title: titles[i % titles.length], deals: [i, i + 1], at: rnd() < 0.5 ? null : 'x' },
    );
    const layouts = [
      `[\n${rows.map((r) => `      ${JSON.stringify(r)}`).join(',\n')}\n    ]`,
      JSON.stringify(rows, null, 2),
      JSON.stringify(rows),
      JSON.stringify(rows, null, '\t').replace(/\n/g, '\r\n'),
    ];
    for (const text of layouts)
      for (const size of [7, 100, 4096]) {
        const pieces = Array.from({ length: Math.ceil(text.length / size) }, (_, i) =>
          text.slice(i * size, (i + 1) * size),
        );
        const r = JsonReader.ofText(...pieces);
        const got: unknown[] = [];
        await r.array(async () => void got.push(await r.rowValue()));
        await r.end();
        expect(got).toEqual(rows);
      }
  });

  it.each([
    ['{\n  "a": [1,\n    2 3]\n}', 'commaOrBracket', 3, 7],
    ['{\n  "a": 1\n', 'endsEarly', 3, 1],
    ['{\n  "a": tru }', 'valueExpected', 2, 11],
    ['{\n  "a": 01 }', 'badNumber', 2, 9],
    ['{\n  "a" 1 }', 'colonExpected', 2, 7],
    ['{"a": 1} x', 'trailingText', 1, 10],
    ['{"a": "x\ty"}', 'badString', 1, 9],
  ])('names the place of a damaged file: %j', async (text, reason, line, col) => {
    for (const cut of [1, Math.floor(text.length / 2), text.length]) {
      const r = JsonReader.ofText(text.slice(0, cut), text.slice(cut));
      const { error } = await outcome(async () => {
        await r.object(() => r.skip());
        await r.end();
      });
      expect(error).toBeInstanceOf(JsonSyntaxError);
      expect(error).toMatchObject({ reason, line, col });
    }
  });
});
