import { readdirSync, readFileSync } from 'node:fs';

const DIR = new URL('../fixtures/rest-examples/', import.meta.url);

export interface Fixture {
  /** The documented answer body, `_source` removed. */
  body: Record<string, unknown>;
  /** The HTTP status the docs give (first number of `_source.http_status`). */
  status: number;
  name: string;
}

/**
 * A documented response from test/sandbox/fixtures/rest-examples/ (copied verbatim into
 * test/portal/fixtures).
 */
export function fixture(name: string): Fixture {
  const raw = JSON.parse(readFileSync(new URL(`${name}.json`, DIR), 'utf8')) as Record<string, unknown>;
  const { _source: source, ...body } = raw;
  const declared = (source as Record<string, unknown> | undefined)?.http_status;
  const statusText = typeof declared === 'string' || typeof declared === 'number' ? String(declared) : '200';
  const status = Number(/\d+/.exec(statusText)?.[0] ?? 200);
  return { body, status: status >= 100 && status < 600 && status !== 160 ? status : 400, name };
}

export function errorFixtureNames(): string[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.error.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}
